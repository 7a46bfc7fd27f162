/**
 * The targets of the issue, on a 2-core machine at 100k chunks, and whether a run met them.
 * Measured at 100k when that size ran, else at the largest size (noted in `atChunks`).
 */
import type { SizeReport } from './measure-size.js';

export const TARGETS = {
  atChunks: 100_000,
  answerP50Ms: 10,
  answerP99Ms: 50,
  buildChunksPerSecond: 1_500,
  vectorRecallAt10: 0.98,
  /** 1.5 GiB. */
  peakRssMb: 1_536,
} as const;

export interface TargetsMet {
  atChunks: number;
  answerP50: boolean;
  answerP99: boolean;
  buildThroughput: boolean;
  vectorRecall: boolean;
  peakRss: boolean;
}

/** Which targets the run met, or `null` when no size ran. */
export function targetsMet(sizes: readonly SizeReport[]): TargetsMet | null {
  const size = sizes.find((report) => report.chunks === TARGETS.atChunks) ?? largest(sizes);
  if (size === undefined) return null;
  return {
    atChunks: size.chunks,
    answerP50: size.answer.p50Ms <= TARGETS.answerP50Ms,
    answerP99: size.answer.p99Ms <= TARGETS.answerP99Ms,
    buildThroughput: size.build.chunksPerSecond >= TARGETS.buildChunksPerSecond,
    vectorRecall: size.vectorRecallAt10 >= TARGETS.vectorRecallAt10,
    peakRss: size.peakRssMb <= TARGETS.peakRssMb,
  };
}

function largest(sizes: readonly SizeReport[]): SizeReport | undefined {
  return [...sizes].sort((a, b) => b.chunks - a.chunks)[0];
}
