/**
 * What a planted instruction in a document looks like, so that it is taken out before a
 * model reads the passage. A line spoken as a role ("System:", "助手：") or opening a
 * role-play goes whole: everything after the opener is the planted script. Elsewhere only
 * the sentence goes: a request addressed to the reader or the assistant (an imperative, "you
 * must…", "tell users to…", "请…") to send, pay, contact, visit and the like, or an attempt
 * on the bot's instructions. Narrative stays: "the company will visit partners" reports what
 * someone did; the rules match only forms that address whoever reads the text.
 */
import { isInstructionRequest } from '../answer/detect-instruction-request.js';
import { alternation, CHINESE_REQUEST_VERBS, ENGLISH_REQUEST_VERBS } from './request-words.js';

export interface TextRule {
  name: string;
  pattern: RegExp;
}

const EN_VERBS = alternation(ENGLISH_REQUEST_VERBS);
const ZH_VERBS = alternation(CHINESE_REQUEST_VERBS);
/** Quotation marks, brackets, bullets or heading marks before the first word of a line. */
const LEAD = String.raw`^[\s*#>\-–•\[(【（"“']{0,4}`;
const CLOSE = String.raw`\s*[\])】）"”']?\s*[:：]`;
/** Characters that make 请 part of another word (申请 apply, 邀请 invite…), not "please". */
const NOT_PLEASE = '(?<![申邀提聘宴报呈声延])';

/** Lines that are dropped whole. */
export const INSTRUCTION_LINES: readonly TextRule[] = [
  {
    name: 'role prefix',
    pattern: new RegExp(
      `${LEAD}(?:system|assistant|ai assistant|user|human|developer|bot|chatbot|instructions?|note to (?:the )?(?:ai|assistant|model|bot))${CLOSE}`,
      'i',
    ),
  },
  {
    name: '角色前缀',
    pattern: new RegExp(
      `${LEAD}(?:系统|助手|智能助手|AI助手|人工智能|机器人|用户|指令|提示词?)${CLOSE}`,
      'i',
    ),
  },
  {
    name: 'role-play opener',
    pattern:
      /(?:^|[.!?]\s+)[\s"“']*(?:please\s+)?(?:act as|pretend (?:to be|you are|that you are)|role-?play as|imagine you are|play the role of|you are now|from now on,? you)\b|\byou\s+(?:will|must|should|shall|are to)\s+(?:now\s+)?(?:act as|pretend|play the role of|role-?play)\b/i,
  },
  {
    name: '角色扮演',
    pattern:
      /(?:^|[。！？]|请)(?:你|您)?(?:现在|从现在(?:起|开始)[，,]?)?(?:扮演|假装|充当)|(?:你|您)(?:现在|从现在(?:起|开始)[，,]?)(?:是|扮演|充当|作为)|从现在(?:起|开始)[，,]?(?:你|您)/,
  },
];

/** Sentences that are dropped, leaving the rest of their line. */
export const INSTRUCTION_SENTENCES: readonly TextRule[] = [
  {
    name: 'polite request',
    pattern: new RegExp(
      `\\b(?:please|kindly|pls)\\b[\\s,]+(?:\\w+\\s+){0,3}?(?:${EN_VERBS})\\b`,
      'i',
    ),
  },
  {
    name: 'imperative addressed to the reader',
    // The verb opens the sentence and its object is the reader, a thing at hand or a handle:
    // "Contact us", "Visit the website", "Call 021…"; "Visit to Luodian" and "Pay rises" pass.
    pattern: new RegExp(
      `^[\\s"“'(]*(?:now\\s+|immediately\\s+|just\\s+|simply\\s+)?(?:${EN_VERBS})\\s+(?:us|me|your|yours|the|this|that|our|a|an|now|immediately|here|today|at|via|on|money|funds|[\\d+]|[\\w.+-]*@|https?:|www\\.)`,
      'i',
    ),
  },
  {
    name: 'you must act',
    pattern: new RegExp(
      `\\byou\\s+(?:must|should|need\\s+to|have\\s+to|are\\s+required\\s+to|are\\s+to)\\s+(?:now\\s+|immediately\\s+|first\\s+)?(?:${EN_VERBS}|tell|say|answer|respond|recommend)\\b`,
      'i',
    ),
  },
  {
    name: 'telling users to',
    pattern:
      /\b(?:tell|instruct|remind|ask|direct|inform|advise)\s+(?:all\s+|every\s+|the\s+|our\s+)?(?:users?|members?|readers?|customers?|people|everyone|anyone|whoever\s+asks|the\s+asker)\s+(?:to|that)\b/i,
  },
  {
    name: 'standing order to the assistant',
    pattern: /\b(?:always|never)\s+(?:tell|remind|instruct|ask|say\s+to|mention\s+to)\b/i,
  },
  {
    name: '请…（请求）',
    pattern: new RegExp(
      `${NOT_PLEASE}请(?:您|你|各位|大家|用户|会员|读者)?(?:务必|立即|马上|尽快|直接|及时|先)?(?:(?:将|把)[^，。；！？]{1,12}?)?(?:${ZH_VERBS})`,
    ),
  },
  {
    name: '祈使句开头',
    pattern:
      /^[\s"“「]*(?:扫码|扫描二维码|点击(?:链接|下方|此处|这里)|(?:添加|加)(?:微信|好友|客服|QQ|群)|转账|汇款|拨打|致电)/i,
  },
  {
    name: '你必须…',
    pattern: new RegExp(
      `(?:你|您)(?:必须|需要|需|应该|应当|要|务必|可以|可)(?:立即|马上|尽快|先)?(?:${ZH_VERBS})`,
    ),
  },
  {
    name: '告诉用户',
    pattern: new RegExp(
      `(?:告诉|告知|提醒|回答|回复)(?:所有|每一?位|每个|各位)?(?:用户|提问者|读者|访客)|(?:要求|通知|让|引导|指示)(?:所有|每一?位|每个|各位)?(?:用户|会员|读者|访客|客户|提问者|大家|所有人)[^，。；！？]{0,6}?(?:${ZH_VERBS})`,
    ),
  },
];

/** True when a whole line is a role's speech or a role-play. */
export function isInstructionLine(line: string): boolean {
  return INSTRUCTION_LINES.some((rule) => rule.pattern.test(line));
}

/** True when a sentence asks the reader or the assistant to act, or goes for the bot's instructions. */
export function isInstructionSentence(sentence: string): boolean {
  return (
    isInstructionRequest(sentence) ||
    INSTRUCTION_SENTENCES.some((rule) => rule.pattern.test(sentence))
  );
}
