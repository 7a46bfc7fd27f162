/** What the bot's handlers share: the engine and the adapter's own bounded state. */
import type { Engine } from '../../src/engine/answer-types.js';
import type { ConversationMemory } from '../../src/engine/conversation-memory.js';
import type { QuestionRateLimiter } from '../../src/engine/rate-limiter.js';
import type { Logger } from '../../src/logger.js';

export interface BotDependencies {
  engine: Engine;
  memory: ConversationMemory;
  limiter: QuestionRateLimiter;
  /** Telegram user ids allowed to run /reload and /status. */
  adminIds: ReadonlySet<number>;
  logger: Logger;
}
