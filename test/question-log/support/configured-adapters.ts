/**
 * The chat adapters src/main.ts runs for a configuration, made the way its `chatAdapters`
 * makes them (main.ts starts the bot when imported, so it cannot be imported here): every
 * platform whose variables are set, through the table in adapters/index.ts, each with a
 * logger tagged with its name. They are not started: the digest posts through their API
 * clients, which need no connection to the platform's updates.
 */
import { enabledAdapters } from '../../../src/adapter-registry.js';
import type { Config } from '../../../src/config.js';
import type { Engine } from '../../../src/engine/answer-types.js';
import type { ChatAdapter } from '../../../src/http/chat-adapter.js';
import type { Logger } from '../../../src/logger.js';
import type { QuestionLog } from '../../../src/question-log/question-log.js';

export async function configuredAdapters(
  engine: Engine,
  questionLog: QuestionLog,
  config: Config,
  logger: Logger,
): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  for (const { module, settings } of enabledAdapters(config.adapters)) {
    const context = {
      limits: config.limits,
      network: config.network,
      logger: logger.child({ adapter: module.name }),
      questionLog,
    };
    adapters.push(await module.create(engine, settings, context));
  }
  return adapters;
}
