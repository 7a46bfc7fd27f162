/**
 * The vector leg: hnswlib-node HNSW graphs over passage embeddings (cosine space), one per
 * language. A question's embedding mixes both languages (its text plus its translations), so
 * it lies between the English and the Chinese passages; one graph's greedy search then stays
 * in one language's region and misses neighbours in the other (recall@10 0.74 at 100k
 * passages, `npm run bench`). One graph per language, searched each and merged, finds them,
 * and the graphs build in parallel. Labels are passage positions in the snapshot. `ef` is set
 * explicitly after every build and load: hnswlib's default (10) trades away too much recall.
 */
import hnswlib from 'hnswlib-node';
import type { Language } from '../text/detect-language.js';
import { buildGraphInWorker } from './build-graph-in-worker.js';

const { HierarchicalNSW } = hnswlib;
export type Graph = InstanceType<typeof HierarchicalNSW>;

/** Graph degree and build-time beam; measured by `npm run bench` (recall@10 against exact). */
export const HNSW_M = 16;
export const HNSW_EF_CONSTRUCTION = 200;
/** Search beam width, per graph. */
export const HNSW_EF_SEARCH = 200;
/** Graphs smaller than this build on the calling thread: a worker's start-up would cost more. */
const WORKER_THRESHOLD = 5_000;

export const VECTOR_LANGUAGES: readonly Language[] = ['en', 'zh'];

/** One file per language's graph. */
export type VectorIndexFiles = Record<Language, string>;

/** The passages of one graph: their labels and their vectors, one after another. */
export interface GraphInput {
  labels: Uint32Array;
  vectors: Float32Array;
  dimension: number;
}

export interface VectorHit {
  passage: number;
  similarity: number;
}

export class VectorIndex {
  private constructor(
    private readonly graphs: readonly Graph[],
    readonly dimension: number,
  ) {
    for (const graph of graphs) graph.setEf(HNSW_EF_SEARCH);
  }

  /**
   * Builds the graphs; `vectors[i]` belongs to passage `i`, written in `languages[i]`. The
   * largest graph builds on this thread (synchronously: run it off the main thread), the
   * others at the same time on worker threads: hnswlib's addPoint uses one core.
   */
  static async build(
    vectors: readonly ArrayLike<number>[],
    dimension: number,
    languages: readonly Language[],
  ): Promise<VectorIndex> {
    const inputs = VECTOR_LANGUAGES.map((language) =>
      graphInput(vectors, dimension, languages, language),
    );
    const largest = inputs.reduce((best, input) =>
      input.labels.length > best.labels.length ? input : best,
    );
    const pending = inputs.map((input) =>
      input === largest || input.labels.length < WORKER_THRESHOLD
        ? null
        : buildGraphInWorker(input),
    );
    const built = inputs.map((input, i) => (pending[i] === null ? buildGraph(input) : null));
    const graphs = await Promise.all(pending.map((graph, i) => graph ?? (built[i] as Graph)));
    return new VectorIndex(graphs, dimension);
  }

  /** Reads graphs written by `write`; the caller has verified the files' checksums. */
  static async read(files: VectorIndexFiles, dimension: number): Promise<VectorIndex> {
    const graphs = await Promise.all(
      VECTOR_LANGUAGES.map((language) => readGraph(files[language], dimension)),
    );
    return new VectorIndex(graphs, dimension);
  }

  async write(files: VectorIndexFiles): Promise<void> {
    await Promise.all(
      VECTOR_LANGUAGES.map((language, i) => this.graphs[i]?.writeIndex(files[language])),
    );
  }

  get size(): number {
    return this.graphs.reduce((sum, graph) => sum + graph.getCurrentCount(), 0);
  }

  /** The `k` passages nearest to `vector` (among those `accept` allows), most similar first. */
  search(vector: ArrayLike<number>, k: number, accept?: (passage: number) => boolean): VectorHit[] {
    const query = Array.from(vector);
    const hits = this.graphs.flatMap((graph) => searchGraph(graph, query, k, accept));
    return hits.sort((a, b) => b.similarity - a.similarity).slice(0, k);
  }
}

/** Builds one graph (synchronously). */
export function buildGraph({ labels, vectors, dimension }: GraphInput): Graph {
  const graph = new HierarchicalNSW('cosine', dimension);
  graph.initIndex({
    maxElements: Math.max(1, labels.length),
    m: HNSW_M,
    efConstruction: HNSW_EF_CONSTRUCTION,
    randomSeed: 42,
  });
  for (const [i, label] of labels.entries()) {
    graph.addPoint(Array.from(vectors.subarray(i * dimension, (i + 1) * dimension)), label);
  }
  return graph;
}

export async function readGraph(file: string, dimension: number): Promise<Graph> {
  const graph = new HierarchicalNSW('cosine', dimension);
  await graph.readIndex(file);
  return graph;
}

function graphInput(
  vectors: readonly ArrayLike<number>[],
  dimension: number,
  languages: readonly Language[],
  language: Language,
): GraphInput {
  const labels = Uint32Array.from(vectors.keys()).filter(
    (passage) => languages[passage] === language,
  );
  const flat = new Float32Array(labels.length * dimension);
  for (const [i, passage] of labels.entries()) {
    flat.set(vectors[passage] as ArrayLike<number>, i * dimension);
  }
  return { labels, vectors: flat, dimension };
}

function searchGraph(
  graph: Graph,
  query: number[],
  k: number,
  accept?: (passage: number) => boolean,
): VectorHit[] {
  const count = Math.min(k, graph.getCurrentCount());
  if (count === 0) return [];
  const { neighbors, distances } = graph.searchKnn(query, count, accept);
  return neighbors.map((passage, i) => ({ passage, similarity: 1 - (distances[i] as number) }));
}
