/**
 * Times the stages of `buildIndexes` from outside: while a build runs, the static
 * `KeywordIndex.build` and `VectorIndex.build` are wrapped with a stopwatch (their behaviour
 * is unchanged) and the embedder counts its own time. This splits the build's time without
 * re-running a stage or depending on how the lexicon is built, which is still evolving.
 */
import { KeywordIndex } from '../src/index/keyword-index.js';
import { VectorIndex } from '../src/index/vector-index.js';

/** Start and end (`performance.now()`) of one stage. */
export interface StageSpan {
  start: number;
  end: number;
}

export interface StageSpans {
  /** `KeywordIndex.build` (the postings; the analysis runs just before it). */
  keywordIndex: StageSpan | null;
  /** `VectorIndex.build` (the HNSW graph). */
  vectorIndex: StageSpan | null;
}

/** Runs `task` with both index builders timed. */
export async function withStageTimer<T>(
  task: () => Promise<T>,
): Promise<{ result: T; spans: StageSpans }> {
  const spans: StageSpans = { keywordIndex: null, vectorIndex: null };
  const keywordBuild = KeywordIndex.build;
  const vectorBuild = VectorIndex.build;
  KeywordIndex.build = (...args) =>
    timed(
      () => keywordBuild.apply(KeywordIndex, args),
      (span) => (spans.keywordIndex = span),
    );
  VectorIndex.build = (...args) =>
    timed(
      () => vectorBuild.apply(VectorIndex, args),
      (span) => (spans.vectorIndex = span),
    );
  try {
    return { result: await task(), spans };
  } finally {
    KeywordIndex.build = keywordBuild;
    VectorIndex.build = vectorBuild;
  }
}

/** Runs `run` and records its span, when its promise settles if it returns one. */
function timed<T>(run: () => T, record: (span: StageSpan) => void): T {
  const start = performance.now();
  const result = run();
  const finish = () => record({ start, end: performance.now() });
  if (result instanceof Promise) return result.finally(finish) as T;
  finish();
  return result;
}
