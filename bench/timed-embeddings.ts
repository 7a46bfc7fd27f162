/**
 * The offline embedder with a stopwatch: it adds up how long `buildIndexes` spent embedding.
 * A subclass, so the engine's fast path for `HashingEmbeddings` still applies.
 */
import { HashingEmbeddings } from '../src/index/hashing-embeddings.js';

export class TimedHashingEmbeddings extends HashingEmbeddings {
  totalMs = 0;

  override embed(text: string): Float32Array {
    const start = performance.now();
    const vector = super.embed(text);
    this.totalMs += performance.now() - start;
    return vector;
  }
}
