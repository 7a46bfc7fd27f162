/**
 * The fixed sentences of the Telegram bot's own features (/start, /help, /new, media hints),
 * in English and Chinese. The sentences every platform says (apologies, the rate-limit
 * notice, admin replies, headings) come from the adapter kit; the engine's own (not found,
 * too long…) live in src/answer/messages.ts.
 */
import { chatMessagesFor, type Language } from '../../src/adapter-kit.js';
import { userLanguage } from './user-language.js';

const EXAMPLES = [
  'Which companies signed in Luodian?',
  '哪些企业在北上海生物医药产业园签约？',
  'What support does Baoshan offer biomedical companies?',
];

const exampleList = EXAMPLES.map((example) => `• ${example}`).join('\n');

export const TELEGRAM_MESSAGES = {
  en: {
    welcome: (username: string) =>
      [
        "Hello! I answer questions about Baoshan's biomedical industry from the associations' knowledge base, in English or Chinese, and cite my sources.",
        `Try one of these:\n${exampleList}`,
        `In a group, mention me (@${username}), reply to one of my answers, or use /ask followed by your question. Reply to an answer to ask a follow-up; /new starts over.`,
      ].join('\n\n'),
    help: (username: string) =>
      [
        'Ask me a question in plain words and I will answer from the knowledge base, with numbered sources. Reply to an answer to ask a follow-up.',
        [
          `/ask <question>: ask a question (in a group you can also mention @${username})`,
          '/new: forget the conversation and start over',
          '/start: examples of questions',
          '/help: this message',
          '/reload, /status, /stats, /gaps, /digest, /docs, /remove <id>: for admins, who add a document by sending me the file in a private chat',
        ].join('\n'),
        `For example:\n${exampleList}`,
      ].join('\n\n'),
    newConversation:
      'Done: I have forgotten our earlier questions. Your next question starts a new conversation.',
    newConversationInGroup:
      'Done. In groups each reply chain is its own conversation: ask without replying to one of my answers to start a new one.',
    mediaHint: `I can only read text. Ask me about Baoshan's biomedical industry, for example: "${EXAMPLES[0]}"`,
    unknownCommand: "I don't know that command. /help lists what I can do.",
  },
  zh: {
    welcome: (username: string) =>
      [
        '您好！我根据协会知识库回答有关宝山生物医药产业的问题，支持中文和英文，并注明出处。',
        `可以试试这些问题：\n${exampleList}`,
        `在群组中，请 @${username}、回复我的回答，或使用 /ask 加上您的问题。回复我的回答即可追问；/new 重新开始对话。`,
      ].join('\n\n'),
    help: (username: string) =>
      [
        '直接用文字提问，我会根据知识库回答并列出编号的来源。回复我的回答即可追问。',
        [
          `/ask <问题>：提问（群组中也可以 @${username}）`,
          '/new：忘记之前的对话，重新开始',
          '/start：问题示例',
          '/help：本帮助',
          '/reload、/status、/stats、/gaps、/digest、/docs、/remove <编号>：仅限管理员；管理员在私聊中把文件发给我即可添加文档',
        ].join('\n'),
        `例如：\n${exampleList}`,
      ].join('\n\n'),
    newConversation: '好的，我已忘记之前的问题，下一个问题将开始新的对话。',
    newConversationInGroup:
      '好的。在群组中，每条回复链是一段独立的对话：不回复我的回答直接提问，即可开始新的对话。',
    mediaHint: `我只能读取文字。请用文字提问宝山生物医药产业的问题，例如：“${EXAMPLES[1]}”`,
    unknownCommand: '我不认识这个命令。/help 列出了我能做的事情。',
  },
} as const satisfies Record<Language, unknown>;

/** The bot's sentences in a language: the shared ones and the bot's own. */
export function telegramMessagesFor(language: Language) {
  return { ...chatMessagesFor(language), ...TELEGRAM_MESSAGES[language] };
}

/** The bot's sentences in the language of a user's Telegram client. */
export function messagesForUser(user: { language_code?: string } | undefined) {
  return telegramMessagesFor(userLanguage(user?.language_code));
}
