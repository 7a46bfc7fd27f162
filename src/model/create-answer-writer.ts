/**
 * The optional model strategy: an AnswerWriter backed by any OpenAI-compatible server when
 * OPENAI_CHAT_MODEL is set; none (the extractive answerer) otherwise.
 */
import type { Config } from '../config.js';
import type { AnswerWriter } from '../engine/create-engine.js';
import type { Logger } from '../logger.js';

export async function createAnswerWriter(
  config: Config,
  _logger: Logger,
): Promise<AnswerWriter | undefined> {
  if (config.openai?.chatModel === undefined) return undefined;
  return undefined;
}
