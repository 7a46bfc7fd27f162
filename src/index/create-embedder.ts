/**
 * Chooses the embedder: the offline hashing embedder by default, or OpenAIEmbeddings when
 * OPENAI_EMBEDDING_MODEL is set. The spec is plain data so that the build worker can make
 * the same embedder as the main thread.
 */
import type { OpenAIConfig } from '../config.js';
import { fetchThrough } from '../network/proxy-fetch.js';
import type { Embedder } from './embedder.js';
import { HASHING_DIMENSION, HashingEmbeddings } from './hashing-embeddings.js';

/** Batch size and parallel requests when a model embeds passages. */
export const MODEL_EMBEDDING_BATCH = 64;
export const MODEL_EMBEDDING_CONCURRENCY = 2;

export type EmbedderSpec =
  | { kind: 'hashing'; dimension: number }
  | {
      kind: 'openai';
      model: string;
      apiKey: string;
      baseUrl: string | undefined;
      timeoutMs: number;
      maxRetries: number;
      /** The proxy the server is reached through (HTTPS_PROXY, NO_PROXY), if any. */
      proxyUrl?: string | undefined;
    };

/** The embedder the configuration asks for. */
export function embedderSpecFrom(openai: OpenAIConfig | null): EmbedderSpec {
  if (openai?.embeddingModel === undefined)
    return { kind: 'hashing', dimension: HASHING_DIMENSION };
  return {
    kind: 'openai',
    model: openai.embeddingModel,
    apiKey: openai.apiKey,
    baseUrl: openai.baseUrl,
    timeoutMs: openai.timeoutMs,
    maxRetries: openai.maxRetries,
    proxyUrl: openai.proxyUrl,
  };
}

/** Makes the embedder a spec describes; the model client is loaded only when configured. */
export async function createEmbedder(spec: EmbedderSpec): Promise<Embedder> {
  if (spec.kind === 'hashing') return new HashingEmbeddings(spec.dimension);
  const { OpenAIEmbeddings } = await import('@langchain/openai');
  const embeddings = new OpenAIEmbeddings({
    model: spec.model,
    apiKey: spec.apiKey,
    configuration: { baseURL: spec.baseUrl, fetch: fetchThrough(spec.proxyUrl) },
    encodingFormat: 'float',
    batchSize: MODEL_EMBEDDING_BATCH,
    maxConcurrency: MODEL_EMBEDDING_CONCURRENCY,
    maxRetries: spec.maxRetries,
    timeout: spec.timeoutMs,
  });
  return Object.assign(embeddings, { id: embedderId(spec) });
}

/** The id of the vectors a spec's embedder makes; a change of id means a rebuild. */
export function embedderId(spec: EmbedderSpec): string {
  if (spec.kind === 'hashing') return new HashingEmbeddings(spec.dimension).id;
  const server = spec.baseUrl === undefined ? 'api.openai.com' : new URL(spec.baseUrl).host;
  return `openai-${spec.model}@${server}`;
}
