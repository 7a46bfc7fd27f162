/**
 * The optional model strategy: when OPENAI_CHAT_MODEL is set, a writer on ChatOpenAI
 * (@langchain/openai, chat completions, so any OpenAI-compatible server works) with bounded
 * tokens and retries, and one deadline per answer that the retries share; none otherwise.
 * The prompt templates are checked here, at start-up, so a broken template stops the bot
 * before it serves. The model's modules (LangChain's prompts and messages, the OpenAI client)
 * are loaded only when a model is set: they take most of a second to load, which the offline
 * bot, `npm run reload` and `npm run ask` would otherwise pay.
 */
import type { Config } from '../config.js';
import type { AnswerWriter } from '../engine/answer-writer.js';
import type { Logger } from '../logger.js';
import { fetchThrough } from '../network/proxy-fetch.js';

export async function createAnswerWriter(
  config: Pick<Config, 'openai' | 'promptsDir' | 'limits'>,
  logger: Logger,
): Promise<AnswerWriter | undefined> {
  const openai = config.openai;
  if (openai?.chatModel === undefined) return undefined;
  const { loadPromptTemplates } = await import('./prompt-templates.js');
  const templates = await loadPromptTemplates(config.promptsDir);
  const { ChatOpenAI } = await import('@langchain/openai');
  const { ModelAnswerWriter } = await import('./model-answer-writer.js');
  const chat = new ChatOpenAI({
    model: openai.chatModel,
    apiKey: openai.apiKey,
    // Through HTTPS_PROXY when one applies to the server (NO_PROXY may exempt it).
    configuration: { baseURL: openai.baseUrl, fetch: fetchThrough(openai.proxyUrl) },
    maxTokens: openai.maxTokens,
    // Per attempt; the writer's deadline bounds all attempts together.
    timeout: openai.timeoutMs,
    maxRetries: openai.maxRetries,
    temperature: 0.2,
    // Chat completions, which every OpenAI-compatible server speaks (Ollama, vLLM, DeepSeek…).
    useResponsesApi: false,
  });
  logger.info(
    { model: openai.chatModel, server: openai.baseUrl ?? 'api.openai.com' },
    'answers will be written by the model, with the extractive answer as fallback',
  );
  return new ModelAnswerWriter({
    chat,
    templates,
    model: openai.chatModel,
    logger,
    maxQuestionChars: config.limits.maxQuestionChars,
    timeoutMs: openai.timeoutMs,
  });
}
