/** The Lark adapter's config for tests: pointed at a stand-in Open Platform on 127.0.0.1. */
import type { LarkAdapterConfig } from '../../../adapters/lark/index.js';
import { ADMIN_OPEN_ID, VERIFICATION_TOKEN } from './lark-events.js';
import { APP_ID, APP_SECRET } from './lark-stand-in.js';

export function larkTestConfig(
  domain: string,
  overrides: Partial<LarkAdapterConfig> = {},
): LarkAdapterConfig {
  return {
    appId: APP_ID,
    appSecret: APP_SECRET,
    verificationToken: VERIFICATION_TOKEN,
    encryptKey: undefined,
    domain,
    mode: 'http',
    adminOpenIds: [ADMIN_OPEN_ID],
    limits: { maxQuestionChars: 1000, questionsPerWindow: 100, rateWindowSeconds: 60 },
    ...overrides,
  };
}
