/**
 * The vector leg: an hnswlib-node HNSW graph over passage embeddings (cosine space). Labels
 * are passage positions in the snapshot. `ef` is set explicitly after every build and load:
 * hnswlib's default (10) trades away too much recall.
 */
import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;

/** Graph degree and build-time beam; measured by `npm run bench` (recall@10 against exact). */
export const HNSW_M = 16;
export const HNSW_EF_CONSTRUCTION = 200;
/** Search beam width. */
export const HNSW_EF_SEARCH = 160;

export interface VectorHit {
  passage: number;
  similarity: number;
}

export class VectorIndex {
  private constructor(
    private readonly index: InstanceType<typeof HierarchicalNSW>,
    readonly dimension: number,
  ) {
    index.setEf(HNSW_EF_SEARCH);
  }

  /** Builds the graph; `vectors[i]` belongs to passage `i`. Synchronous: run it off the main thread. */
  static build(vectors: readonly ArrayLike<number>[], dimension: number): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimension);
    index.initIndex({
      maxElements: Math.max(1, vectors.length),
      m: HNSW_M,
      efConstruction: HNSW_EF_CONSTRUCTION,
      randomSeed: 42,
    });
    for (const [passage, vector] of vectors.entries()) index.addPoint(Array.from(vector), passage);
    return new VectorIndex(index, dimension);
  }

  /** Reads a graph written by `write`; the caller has verified the file's checksum. */
  static async read(file: string, dimension: number): Promise<VectorIndex> {
    const index = new HierarchicalNSW('cosine', dimension);
    await index.readIndex(file);
    return new VectorIndex(index, dimension);
  }

  async write(file: string): Promise<void> {
    await this.index.writeIndex(file);
  }

  get size(): number {
    return this.index.getCurrentCount();
  }

  /** The `k` passages nearest to `vector` (among those `accept` allows), most similar first. */
  search(vector: ArrayLike<number>, k: number, accept?: (passage: number) => boolean): VectorHit[] {
    const count = Math.min(k, this.size);
    if (count === 0) return [];
    const { neighbors, distances } = this.index.searchKnn(Array.from(vector), count, accept);
    return neighbors.map((passage, i) => ({ passage, similarity: 1 - (distances[i] as number) }));
  }
}
