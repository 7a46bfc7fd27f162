/** The Slack adapter's config for tests: HTTP mode, pointed at a stand-in server. */
import type { SlackAdapterConfig } from '../../../adapters/slack/index.js';

export const BOT_TOKEN = 'xoxb-test-bot-token-0123456789';
export const SIGNING_SECRET = 'test-signing-secret-abcdef0123456789';
export const ADMIN_USER_ID = 'U0ADMIN';

export function slackTestConfig(
  apiUrl: string,
  overrides: Partial<SlackAdapterConfig> = {},
): SlackAdapterConfig {
  return {
    botToken: BOT_TOKEN,
    appToken: undefined,
    signingSecret: SIGNING_SECRET,
    apiUrl,
    adminUserIds: [ADMIN_USER_ID],
    limits: { maxQuestionChars: 1000, questionsPerWindow: 100, rateWindowSeconds: 60 },
    ...overrides,
  };
}
