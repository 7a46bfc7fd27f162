/**
 * The fixed sentences of the Lark bot's own features (/help, /new, the hint for images and
 * files), in English and Chinese. The sentences every platform says (apologies, the
 * rate-limit notice, admin replies, headings, feedback) come from the adapter kit.
 */
import { chatMessagesFor, type Language } from '../../src/adapter-kit.js';

const EXAMPLES = ['Which companies signed in Luodian?', '哪些企业在北上海生物医药产业园签约？'];

export const LARK_MESSAGES = {
  en: {
    help: [
      "Ask me about Baoshan's biomedical industry in plain words, in English or Chinese: I answer from the associations' knowledge base with numbered sources. In a group, mention me; I answer in a thread, and a mention in that thread is a follow-up.",
      `For example:\n${EXAMPLES.map((example) => `• ${example}`).join('\n')}`,
      '/new forgets our conversation. /reload, /status, /stats, /gaps, /digest, /docs and /remove <id> are for admins.',
    ].join('\n\n'),
    mediaHint: `I can only read text. Ask me a question, for example: "${EXAMPLES[0]}"`,
    newConversation:
      'Done: I have forgotten our earlier questions. Your next question starts a new conversation.',
    newConversationInGroup:
      'Done. In groups each thread is its own conversation: mention me in a new message to start another.',
    unknownCommand: "I don't know that command. /help lists what I can do.",
  },
  zh: {
    help: [
      '直接用文字提问宝山生物医药产业的问题（中文或英文均可），我会根据协会知识库回答并列出编号的来源。在群聊中请 @我；我会在话题中回答，在该话题中再次 @我 即可追问。',
      `例如：\n${EXAMPLES.map((example) => `• ${example}`).join('\n')}`,
      '/new 忘记之前的对话。/reload、/status、/stats、/gaps、/digest、/docs 和 /remove <编号> 仅限管理员。',
    ].join('\n\n'),
    mediaHint: `我只能读取文字。请用文字提问，例如：“${EXAMPLES[1]}”`,
    newConversation: '好的，我已忘记之前的问题，下一个问题将开始新的对话。',
    newConversationInGroup:
      '好的。在群聊中，每个话题是一段独立的对话：在新消息中 @我 即可开始新的对话。',
    unknownCommand: '我不认识这个命令。/help 列出了我能做的事情。',
  },
} as const satisfies Record<Language, unknown>;

/** The bot's sentences in a language: the shared ones and the Lark bot's own. */
export function larkMessagesFor(language: Language) {
  return { ...chatMessagesFor(language), ...LARK_MESSAGES[language] };
}

/** /help in both languages: a command carries no language to answer in. */
export function bilingualHelp(): string {
  return `${LARK_MESSAGES.en.help}\n\n${LARK_MESSAGES.zh.help}`;
}
