/**
 * The embedder port: LangChain's `Embeddings` interface plus an id that names the vectors
 * it makes, so that a snapshot never mixes vectors of two embedders.
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';

export interface Embedder extends EmbeddingsInterface {
  /** Changes whenever the vectors would (model, server, dimension, version). */
  readonly id: string;
}
