/**
 * The fixed sentences of the Slack adapter's own features, in both languages. The sentences
 * every platform says (headings, feedback buttons, apologies, the rate-limit notice, admin
 * replies) come from the adapter kit; the engine writes the answers.
 */
import { chatMessagesFor, type Language } from '../../src/adapter-kit.js';

export const SLACK_MESSAGES = {
  en: {
    lookingUp: 'Looking that up…',
    removing: (id: string) =>
      `Removing ${id}… I will post the report when the knowledge base has reloaded.`,
    rateLimited: (seconds: number) =>
      `You are asking faster than I can answer well. Please ask again in ${seconds} s.`,
    fileHint:
      'I can only read text. Ask me about Baoshan\'s biomedical industry in words, for example: "Which companies signed in Luodian?"',
  },
  zh: {
    lookingUp: '正在查找…',
    removing: (id: string) => `正在移除 ${id}……知识库重新加载后我会发送报告。`,
    rateLimited: (seconds: number) => `您提问太频繁了，请在 ${seconds} 秒后再问。`,
    fileHint:
      '我只能读取文字。请用文字提问宝山生物医药产业的问题，例如：“哪些企业在北上海生物医药产业园签约？”',
  },
} as const satisfies Record<Language, unknown>;

/** The adapter's sentences in a language: the shared ones and Slack's own. */
export function slackMessagesFor(language: Language) {
  return { ...chatMessagesFor(language), ...SLACK_MESSAGES[language] };
}
