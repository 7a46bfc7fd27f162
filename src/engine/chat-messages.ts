/**
 * The fixed sentences every chat platform says around the engine's answers, in both
 * languages, in one place: headings, feedback buttons, apologies, the rate-limit and
 * full-queue notices and the admin replies. Each adapter keeps only the sentences of its own
 * features (Telegram's /start, Slack's /kb usage); the engine's own sentences are in
 * src/answer/messages.ts.
 */
import type { Answer, Language } from './answer-types.js';

export const CHAT_MESSAGES = {
  en: {
    sources: 'Sources',
    nearestDocuments: 'Nearest documents',
    helpful: '👍 Helpful',
    notHelpful: '👎 Not helpful',
    feedbackThanks: 'Thanks for the feedback!',
    whatWasWrong: 'What was wrong?',
    feedbackReasons: { wrong: 'Wrong', incomplete: 'Incomplete', not_asked: 'Not what I asked' },
    apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
    rateLimited: (seconds: number) =>
      `You are asking faster than I can answer. Please try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
    queueFull:
      'Too many questions are waiting in this chat. I will answer the ones already asked; please ask again in a minute.',
    reloading: 'Reloading… I will post the report when the new snapshot is ready.',
    /** `verb` is how the platform's users call a command: "use /reload", "run /kb reload". */
    notAdmin: (command: string, userId: string | number, variable: string, verb = 'use') =>
      `Only admins can ${verb} ${command}. Your user id is ${userId}; an admin can add it to ${variable}.`,
    yourUserId: (userId: string | number) => `Your user id: ${userId}.`,
  },
  zh: {
    sources: '来源',
    nearestDocuments: '最接近的文档',
    helpful: '👍 有帮助',
    notHelpful: '👎 没帮助',
    feedbackThanks: '感谢您的反馈！',
    whatWasWrong: '哪里不对？',
    feedbackReasons: { wrong: '答案有误', incomplete: '不完整', not_asked: '答非所问' },
    apology: '抱歉，回答时出了点问题，请稍后再试。',
    rateLimited: (seconds: number) => `您提问太快了，请在 ${seconds} 秒后再试。`,
    queueFull: '本聊天中等待回答的问题太多了。我会先回答已经提出的问题，请一分钟后再问。',
    reloading: '正在重新加载……新的快照准备好后我会发送报告。',
    notAdmin: (command: string, userId: string | number, variable: string, _verb = 'use') =>
      `只有管理员可以使用 ${command}。您的用户 ID 是 ${userId}；管理员可以把它加入 ${variable}。`,
    yourUserId: (userId: string | number) => `您的用户 ID：${userId}。`,
  },
} as const satisfies Record<Language, unknown>;

export type ChatMessages = (typeof CHAT_MESSAGES)[Language];

/** The shared sentences in a language. */
export function chatMessagesFor(language: Language): ChatMessages {
  return CHAT_MESSAGES[language];
}

/** "Sources", or "Nearest documents" when the knowledge base holds no answer, in its language. */
export function sourcesHeading(answer: Pick<Answer, 'kind' | 'language'>): string {
  const messages = chatMessagesFor(answer.language);
  return answer.kind === 'not_found' ? messages.nearestDocuments : messages.sources;
}
