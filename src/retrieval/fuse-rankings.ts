/**
 * Weighted reciprocal rank fusion of the keyword and vector rankings: each leg adds
 * weight / (k + rank). Ranks, unlike raw scores, are comparable across the two legs.
 */

export interface FusionWeights {
  keyword: number;
  vector: number;
  /** The RRF constant: larger values flatten the difference between top ranks. */
  k: number;
}

/**
 * Chosen on the evaluation set (`npm run eval -- --sweep`; the ablation is in `npm run eval`).
 * The keyword leg leads because the offline embedder sees shared word forms, not meaning:
 * vector weights above 0.25 cost accuracy and MRR, and 0.25 answers as well as the keyword
 * leg alone while letting the vector leg add passages the terms miss. k barely matters here.
 */
export const DEFAULT_FUSION: FusionWeights = { keyword: 1, vector: 0.25, k: 60 };

/** Fused scores of every passage in either ranking (best first in each). */
export function fuseRankings(
  keyword: readonly number[],
  vector: readonly number[],
  weights: FusionWeights,
): Map<number, number> {
  const fused = new Map<number, number>();
  const add = (ranking: readonly number[], weight: number) => {
    for (const [rank, passage] of ranking.entries()) {
      fused.set(passage, (fused.get(passage) ?? 0) + weight / (weights.k + rank + 1));
    }
  };
  add(keyword, weights.keyword);
  add(vector, weights.vector);
  return fused;
}
