/**
 * The vector leg against exact search: the same query embeddings through the snapshot's HNSW
 * graph and through hnswlib's `BruteforceSearch` (exact cosine), their latencies side by
 * side, and the HNSW leg's recall@10 (and @50, the candidates retrieval takes) against exact.
 */
import hnswlib from 'hnswlib-node';
import type { HashingEmbeddings } from '../src/index/hashing-embeddings.js';
import type { Chunk } from '../src/ingest/chunk-document.js';
import { indexedText, type Snapshot } from '../src/snapshot/snapshot.js';
import { type LatencySummary, round, secondsSince, summarize } from './latency.js';

const { BruteforceSearch } = hnswlib;
type ExactIndex = InstanceType<typeof BruteforceSearch>;

/** Distances this close count as ties: an equally near passage is not a miss. */
const TIE = 1e-6;

export interface VectorLegReport {
  /** Mean share of the exact top 10 that HNSW finds, ties with the 10th counting as found. */
  recallAt10: number;
  /** The same, strictly by passage identity. */
  recallAt10Strict: number;
  /** Recall at 50, the number of candidates the vector leg takes in retrieval. */
  recallAt50: number;
  hnsw: LatencySummary;
  exact: LatencySummary & { buildSeconds: number };
}

interface Hits {
  passages: number[];
  distances: number[];
}

/** Compares the snapshot's HNSW leg with exact search on `queryVectors`. */
export function measureVectorLeg(
  queryVectors: readonly Float32Array[],
  snapshot: Snapshot,
  embedder: HashingEmbeddings,
): VectorLegReport {
  const start = performance.now();
  const exact = exactIndex(snapshot.chunks, embedder);
  const buildSeconds = secondsSince(start);
  const approximate = timed(queryVectors, (vector, k) => hnswHits(snapshot, vector, k));
  const exhaustive = timed(queryVectors, (vector, k) => exactHits(exact, vector, k));
  return {
    recallAt10: meanRecall(approximate.hits, exhaustive.hits, 10, true),
    recallAt10Strict: meanRecall(approximate.hits, exhaustive.hits, 10, false),
    recallAt50: meanRecall(approximate.hits, exhaustive.hits, 50, true),
    hnsw: summarize(approximate.samples),
    exact: { ...summarize(exhaustive.samples), buildSeconds },
  };
}

/** Every passage embedded again (as the build did) into an exact index. */
function exactIndex(chunks: readonly Chunk[], embedder: HashingEmbeddings): ExactIndex {
  const index = new BruteforceSearch('cosine', embedder.dimension);
  index.initIndex(Math.max(1, chunks.length));
  chunks.forEach((chunk, passage) => {
    index.addPoint(Array.from(embedder.embed(indexedText(chunk))), passage);
  });
  return index;
}

/** Runs a search at k = 50 per query (its top 10 is the k = 10 result), timing each. */
function timed(
  vectors: readonly Float32Array[],
  search: (vector: Float32Array, k: number) => Hits,
) {
  const samples: number[] = [];
  const hits = vectors.map((vector) => {
    const begin = performance.now();
    const found = search(vector, 50);
    samples.push(performance.now() - begin);
    return found;
  });
  return { hits, samples };
}

function hnswHits(snapshot: Snapshot, vector: Float32Array, k: number): Hits {
  const hits = snapshot.vectorIndex.search(vector, k);
  return {
    passages: hits.map((hit) => hit.passage),
    distances: hits.map((hit) => 1 - hit.similarity),
  };
}

function exactHits(index: ExactIndex, vector: Float32Array, k: number): Hits {
  const count = Math.min(k, index.getCurrentCount());
  const { neighbors, distances } = index.searchKnn(Array.from(vector), count);
  const order = neighbors
    .map((_, i) => i)
    .sort((a, b) => (distances[a] as number) - (distances[b] as number));
  return {
    passages: order.map((i) => neighbors[i] as number),
    distances: order.map((i) => distances[i] as number),
  };
}

function meanRecall(
  approximate: readonly Hits[],
  exact: readonly Hits[],
  k: number,
  tiesCount: boolean,
): number {
  const recalls = exact.map((truth, i) =>
    recall(approximate[i] ?? { passages: [], distances: [] }, truth, k, tiesCount),
  );
  return round(recalls.reduce((sum, value) => sum + value, 0) / Math.max(1, recalls.length), 4);
}

function recall(found: Hits, truth: Hits, k: number, tiesCount: boolean): number {
  const wanted = truth.passages.slice(0, k);
  if (wanted.length === 0) return 1;
  const top = found.passages.slice(0, k);
  const worst = truth.distances[wanted.length - 1] as number;
  const set = new Set(wanted);
  const hits = top.filter(
    (passage, i) =>
      set.has(passage) || (tiesCount && (found.distances[i] as number) <= worst + TIE),
  ).length;
  return hits / wanted.length;
}
