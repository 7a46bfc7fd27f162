/**
 * Builds the indexes of a snapshot from its passages: the BM25 keyword index, the embeddings
 * (from the cache where the text is unchanged) and the HNSW graph, and the bilingual lexicon.
 * Synchronous stretches (hnswlib's addPoint) are why this runs in a worker thread.
 */

import type { Embedder } from '../index/embedder.js';
import type { EmbeddingCache } from '../index/embedding-cache.js';
import { HashingEmbeddings } from '../index/hashing-embeddings.js';
import { KeywordIndex } from '../index/keyword-index.js';
import { VectorIndex } from '../index/vector-index.js';
import type { Chunk } from '../ingest/chunk-document.js';
import { buildLexicon } from '../lexicon/build-lexicon.js';
import { readCedict } from '../lexicon/cedict.js';
import type { GlossaryEntry } from '../lexicon/glossary.js';
import { analyzerFor, indexedText, type SnapshotParts } from './snapshot.js';

const EMBEDDING_BATCH = 256;

export interface BuiltIndexes extends SnapshotParts {
  dimension: number;
}

/** Builds every index of a snapshot over `chunks`. */
export async function buildIndexes(
  chunks: Chunk[],
  glossary: GlossaryEntry[],
  embedder: Embedder,
  cache: EmbeddingCache | null,
): Promise<BuiltIndexes> {
  const analyzer = analyzerFor({
    zhToEn: {},
    enToZh: {},
    pinyinToZh: {},
    soundsLike: {},
    glossary,
  });
  const texts = chunks.map(indexedText);
  const keywordIndex = KeywordIndex.build(texts.map((text) => analyzer.indexTerms(text)));
  const vectors = await embedAll(texts, embedder, cache);
  const dimension = vectors[0]?.length ?? dimensionOf(embedder);
  const vectorIndex = await VectorIndex.build(
    vectors,
    dimension,
    chunks.map((chunk) => chunk.metadata.language),
  );
  const lexicon = buildLexicon(await readCedict(), keywordIndex.vocabulary(), glossary);
  return { chunks, keywordIndex, vectorIndex, lexicon, dimension };
}

/** Embeds every text, taking unchanged ones from the cache. */
async function embedAll(
  texts: string[],
  embedder: Embedder,
  cache: EmbeddingCache | null,
): Promise<Float32Array[]> {
  const vectors: (Float32Array | undefined)[] = texts.map((text) => cache?.get(text));
  const missing = texts.flatMap((_, i) => (vectors[i] === undefined ? [i] : []));
  for (let start = 0; start < missing.length; start += EMBEDDING_BATCH) {
    const batch = missing.slice(start, start + EMBEDDING_BATCH);
    const computed = await embedBatch(
      embedder,
      batch.map((i) => texts[i] as string),
    );
    batch.forEach((textIndex, j) => {
      const vector = computed[j] as Float32Array;
      vectors[textIndex] = vector;
      cache?.set(texts[textIndex] as string, vector);
    });
  }
  return vectors as Float32Array[];
}

async function embedBatch(embedder: Embedder, texts: string[]): Promise<Float32Array[]> {
  // The offline embedder has a synchronous typed-array path; skip the number[] round trip.
  if (embedder instanceof HashingEmbeddings) return texts.map((text) => embedder.embed(text));
  const vectors = await embedder.embedDocuments(texts);
  if (vectors.length !== texts.length) {
    throw new Error(`the embedder returned ${vectors.length} vectors for ${texts.length} passages`);
  }
  return vectors.map((vector) => Float32Array.from(vector));
}

function dimensionOf(embedder: Embedder): number {
  return embedder instanceof HashingEmbeddings ? embedder.dimension : 1;
}
