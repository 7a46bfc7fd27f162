/**
 * The chat adapters a configuration turns on, created but not started: every platform whose
 * variables are set, through the table in adapters/index.ts, each with a logger tagged with
 * its name. Each platform's SDK is loaded only when it is used.
 */
import { enabledAdapters } from './adapter-registry.js';
import type { Config } from './config.js';
import type { Engine } from './engine/answer-types.js';
import type { ChatAdapter } from './http/chat-adapter.js';
import type { Logger } from './logger.js';
import type { QuestionLog } from './question-log/question-log.js';

export async function createChatAdapters(
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
