/**
 * The fixed sentences the Slack adapter says, in both languages. The engine writes answers;
 * these are the adapter's own words around them (headings, buttons, apologies).
 */
import type { Language } from '../../src/engine/answer-types.js';

export const SLACK_MESSAGES = {
  en: {
    sources: 'Sources',
    nearestDocuments: 'Nearest documents',
    helpful: '👍 Helpful',
    notHelpful: '👎 Not helpful',
    lookingUp: 'Looking that up…',
    thanks: 'Thanks for the feedback: it helps us improve the answers.',
    apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
    rateLimited: (seconds: number) =>
      `You are asking faster than I can answer well. Please ask again in ${seconds} s.`,
  },
  zh: {
    sources: '来源',
    nearestDocuments: '最接近的文档',
    helpful: '👍 有帮助',
    notHelpful: '👎 没帮助',
    lookingUp: '正在查找…',
    thanks: '感谢您的反馈，这有助于我们改进回答。',
    apology: '抱歉，回答时出了问题。请稍后再试。',
    rateLimited: (seconds: number) => `您提问太频繁了，请在 ${seconds} 秒后再问。`,
  },
} as const satisfies Record<Language, unknown>;

/** The adapter's sentences in a language. */
export function slackMessagesFor(language: Language) {
  return SLACK_MESSAGES[language];
}
