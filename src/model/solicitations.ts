/**
 * Requests in a model's reply that a member must never receive from the bot: to send
 * personal data (an ID number, a password, bank details, papers), whoever would receive it,
 * and to contact or pay someone the cited passages do not name. The bot answers from news
 * and policy notes; it has no one to send members to but the people its documents name, and
 * when the documents ask for papers the extractive answer quotes them word for word.
 */
import {
  alternation,
  CHINESE_HANDING_VERBS,
  CHINESE_PERSONAL_DATA,
  ENGLISH_HANDING_VERBS,
  ENGLISH_PERSONAL_DATA,
} from './request-words.js';

export interface SolicitationRule {
  name: string;
  pattern: RegExp;
}

const EN_HANDING = alternation(ENGLISH_HANDING_VERBS);
const EN_DATA = alternation(ENGLISH_PERSONAL_DATA);
const ZH_HANDING = alternation(CHINESE_HANDING_VERBS);
const ZH_DATA = alternation(CHINESE_PERSONAL_DATA);
/** Within one sentence: the rules run on single sentences, but a reply may hold run-ons. */
const SAME_SENTENCE = String.raw`[^.!?。！？\n]`;
/** A list bullet or number before a sentence's first word. */
const BULLET = String.raw`^[\s\-*•\d.)、]*`;
/** A request addressed to the member: an imperative, "please…", "you can…". */
const EN_ASKING = String.raw`(?:${BULLET}|\b(?:please|kindly)\s+|\byou\s+(?:can|could|may|should|must|need\s+to|have\s+to|will\s+need\s+to)\s+)`;
const ZH_ASKING = '(?:请|建议|务必|麻烦|(?:您|你)(?:可以?|需要?|应该?|应当|必须|务必)?)';
/** What the named party may be: no sentence punctuation, no citation marker. */
const WHO = String.raw`(?<who>[^,.;:!?，。；：！？、\n\[【(（]{1,60})`;

/** Requests for personal data: refused whoever the passages name. */
export const DATA_REQUESTS: readonly SolicitationRule[] = [
  {
    name: 'send your data',
    pattern: new RegExp(
      `\\b(?:${EN_HANDING})\\b${SAME_SENTENCE}{0,40}?\\byour\\b${SAME_SENTENCE}{0,24}?\\b(?:${EN_DATA})\\b`,
      'i',
    ),
  },
  {
    name: 'please send the data',
    pattern: new RegExp(
      `\\b(?:please|kindly)\\b${SAME_SENTENCE}{0,20}?\\b(?:${EN_HANDING})\\b${SAME_SENTENCE}{0,40}?\\b(?:${EN_DATA})\\b`,
      'i',
    ),
  },
  {
    name: '请提供资料',
    pattern: new RegExp(
      `(?:请|麻烦)(?:您|你)?(?:${SAME_SENTENCE}{0,10}?(?:${ZH_HANDING})${SAME_SENTENCE}{0,15}?(?:${ZH_DATA})|(?:将|把)${SAME_SENTENCE}{0,15}?(?:${ZH_DATA})${SAME_SENTENCE}{0,15}?(?:${ZH_HANDING}))`,
    ),
  },
  {
    name: '您的资料',
    pattern: new RegExp(
      `(?:${ZH_HANDING})${SAME_SENTENCE}{0,10}?(?:您|你)的${SAME_SENTENCE}{0,6}?(?:${ZH_DATA})|(?:您|你)的${SAME_SENTENCE}{0,6}?(?:${ZH_DATA})${SAME_SENTENCE}{0,10}?(?:${ZH_HANDING})`,
    ),
  },
];

/** Requests to contact or pay someone; the named party (`who`) must be in a cited passage. */
export const CONTACT_REQUESTS: readonly SolicitationRule[] = [
  {
    name: 'contact someone',
    pattern: new RegExp(
      `${EN_ASKING}(?:contact|call|phone|ring|email|e-mail|message|text|dm|whatsapp|reach\\s+out\\s+to|write\\s+to|get\\s+in\\s+touch\\s+with|add|visit|go\\s+to)\\s+${WHO}`,
      'i',
    ),
  },
  {
    name: 'pay someone',
    pattern: new RegExp(
      `${EN_ASKING}(?:pay|transfer|wire|remit|send)\\b${SAME_SENTENCE}{0,40}?\\bto\\s+${WHO}`,
      'i',
    ),
  },
  {
    name: '联系某人',
    pattern: new RegExp(
      `${ZH_ASKING}(?:直接|尽快|立即|马上|先)?(?:联系|联络|致电|拨打|咨询|私信|前往|访问|添加|加(?=微信|好友|QQ|群))${WHO}`,
    ),
  },
  {
    name: '向某人付款',
    pattern: new RegExp(
      `${ZH_ASKING}${SAME_SENTENCE}{0,10}?(?:向|给)(?<who>[^，。；！？\\n]{1,20}?)(?:转账|汇款|付款|支付|缴纳|缴费|打款|发送|提交|报送)`,
    ),
  },
  {
    name: '付款到某处',
    pattern: new RegExp(
      `${ZH_ASKING}${SAME_SENTENCE}{0,10}?(?:转账|汇款|付款|支付|打款)(?:到|至|给)${WHO}`,
    ),
  },
];

/** Where the named party's name ends: a preposition, a purpose, a number or handle. */
const ENGLISH_NAME_END =
  /\s+(?:for|about|to|at|on|by|before|after|with|if|and|or|regarding|via|through|today|now|immediately|directly|as|in|so|when|who|which|that|of|from|using)\b|\s+(?=[\d+@]|https?:|www\.)/i;
const CHINESE_NAME_END =
  /获取|咨询|了解|办理|报名|申请|索取|询问|以便?|进行|即可|处理|确认|获得|领取|并|或|来|的|时|后|前|期间|以及|等|电话|热线|邮箱|微信|QQ|官网|网站|号码|账户|账号|[\s\d]/i;
/** The bot's own side: documents never name it, a swindle always does ("contact us"). */
const FIRST_PERSON =
  /^(?:us|me|we|our\b.*|my\b.*|(?:this|the)\s+(?:bot|assistant)|我们|我|本人|小编|我方|本助手)/i;
/**
 * Nothing named of its own: a party named earlier in the reply ("contact them"), or only a
 * handle ("add WeChat abc123", "transfer it to account 6222…"), which the handle check
 * covers.
 */
const NOTHING_NAMED =
  /^(?:them|him|her|it|they|(?:the\s+)?(?:account|number|wechat|phone|hotline|e-?mail|website|qq)|他们|她们|他|她|对方|该.*)?$/i;

/** The party a contact or payment request names, or '' when it names none of its own. */
export function namedParty(who: string): string {
  const chinese = /\p{Script=Han}/u.test(who);
  const name = (chinese ? who.split(CHINESE_NAME_END) : ` ${who}`.split(ENGLISH_NAME_END))[0] ?? '';
  const party = name.trim().replace(/^(?:the|a|an|your|their|its|his|her)\s+/i, '');
  return NOTHING_NAMED.test(party) ? '' : party;
}

/** True when one of the texts names the party, as a whole word or phrase. */
export function isPartyNamed(party: string, texts: readonly string[]): boolean {
  if (FIRST_PERSON.test(party)) return false;
  const phrase = squash(party);
  const before = /^[a-z0-9]/.test(phrase) ? '(?<![a-z0-9])' : '';
  const after = /[a-z0-9]$/.test(phrase) ? '(?![a-z0-9])' : '';
  const pattern = new RegExp(`${before}${escapeRegExp(phrase)}${after}`, 'u');
  return texts.some((text) => pattern.test(squash(text)));
}

/**
 * The rule a sentence breaks, if any: it asks for personal data, or asks the member to
 * contact or pay a party that none of `citedTexts` names.
 */
export function solicitationIn(sentence: string, citedTexts: readonly string[]): string | null {
  const data = DATA_REQUESTS.find((rule) => rule.pattern.test(sentence));
  if (data !== undefined) return data.name;
  for (const rule of CONTACT_REQUESTS) {
    const party = namedParty(rule.pattern.exec(sentence)?.groups?.who ?? '');
    if (party !== '' && !isPartyNamed(party, citedTexts)) return rule.name;
  }
  return null;
}

function squash(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
