/**
 * What the Slack listeners share: the engine, the thread memory, the rate limiter, the admin
 * list and the logger. One object built by createSlackApp, passed to every listener.
 */
import type { Engine } from '../../src/engine/answer-types.js';
import type { ConversationMemory } from '../../src/engine/conversation-memory.js';
import type { QuestionRateLimiter } from '../../src/engine/rate-limiter.js';
import type { Logger } from '../../src/logger.js';

export interface SlackServices {
  engine: Engine;
  /** Turns per thread ("C123:1700000000.000100") or per direct-message channel. */
  memory: ConversationMemory;
  rateLimiter: QuestionRateLimiter;
  adminUserIds: readonly string[];
  logger: Logger;
}
