/**
 * Times `buildIndexes` on a corpus (what a reload's worker does) and splits the time into
 * its stages: keyword index (analysis and postings), embeddings, HNSW graph, and the rest
 * (the bilingual lexicon: reading the dictionaries and linking them to the vocabulary).
 */
import type { Chunk } from '../src/ingest/chunk-document.js';
import type { GlossaryEntry } from '../src/lexicon/glossary.js';
import { type BuiltIndexes, buildIndexes } from '../src/snapshot/build-indexes.js';
import { round } from './latency.js';
import { type StageSpan, type StageSpans, withStageTimer } from './stage-timer.js';
import { TimedHashingEmbeddings } from './timed-embeddings.js';

export interface BuildBreakdown {
  /** From the start of the build to the end of `KeywordIndex.build` (analysis and postings). */
  keyword: number;
  embeddings: number;
  hnsw: number;
  /** What remains: the lexicon, mostly. */
  lexicon: number;
}

export interface BuildReport {
  seconds: number;
  chunksPerSecond: number;
  /** Seconds per stage. */
  breakdownSeconds: BuildBreakdown;
}

/** Builds the indexes of `chunks` and reports how long it took. */
export async function measureBuild(
  chunks: Chunk[],
  glossary: GlossaryEntry[],
): Promise<{ indexes: BuiltIndexes; build: BuildReport }> {
  const embedder = new TimedHashingEmbeddings();
  const start = performance.now();
  const { result: indexes, spans } = await withStageTimer(() =>
    buildIndexes(chunks, glossary, embedder, null),
  );
  const seconds = (performance.now() - start) / 1000;
  const build = {
    seconds: round(seconds),
    chunksPerSecond: Math.round(chunks.length / seconds),
    breakdownSeconds: breakdown(spans, embedder, start, seconds),
  };
  return { indexes, build };
}

function breakdown(
  spans: StageSpans,
  embedder: TimedHashingEmbeddings,
  start: number,
  seconds: number,
): BuildBreakdown {
  const keyword = spans.keywordIndex === null ? 0 : (spans.keywordIndex.end - start) / 1000;
  const embeddings = embedder.totalMs / 1000;
  const hnsw = duration(spans.vectorIndex);
  return {
    keyword: round(keyword),
    embeddings: round(embeddings),
    hnsw: round(hnsw),
    lexicon: round(Math.max(0, seconds - keyword - embeddings - hnsw)),
  };
}

function duration(span: StageSpan | null): number {
  return span === null ? 0 : (span.end - span.start) / 1000;
}
