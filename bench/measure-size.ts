/**
 * Everything the bench measures at one corpus size: generate the corpus, build and time its
 * indexes, assemble the snapshot, time the questions through retrieval and the whole answer,
 * read the engine's peak memory, then (memory already read) the exact vector search and the
 * keyword-search baseline.
 */
import { HashingEmbeddings } from '../src/index/hashing-embeddings.js';
import { buildQuery } from '../src/retrieval/build-query.js';
import type { Snapshot } from '../src/snapshot/snapshot.js';
import { type CorpusStats, corpusStats } from './corpus-stats.js';
import { inMemorySnapshot } from './in-memory-snapshot.js';
import { type BaselineReport, measureKeywordBaseline } from './keyword-baseline.js';
import { type LatencySummary, secondsSince } from './latency.js';
import { type BuildReport, measureBuild } from './measure-build.js';
import { type AnswerLatency, BENCH_NOW, measureEngineLatency } from './measure-engine-latency.js';
import { peakRssMb } from './peak-rss.js';
import { generateCorpus } from './synthetic-corpus.js';
import { type BenchQuery, generateQueries } from './synthetic-queries.js';
import { measureVectorLeg, type VectorLegReport } from './vector-recall.js';

export interface SizeReport {
  chunks: number;
  corpus: CorpusStats;
  build: BuildReport & { snapshotSeconds: number };
  retrieval: LatencySummary;
  keywordLeg: LatencySummary;
  answer: AnswerLatency;
  vectorRecallAt10: number;
  vector: VectorLegReport;
  baseline: BaselineReport;
  /** Peak RSS of the engine's work (build, snapshot, questions), before the baselines. */
  peakRssMb: number;
  /** Peak RSS once the exact index and MiniSearch are built too. */
  peakRssWithBaselinesMb: number;
}

export type Log = (line: string) => void;

/** Measures the engine on a synthetic corpus of `chunkCount` passages. */
export async function measureSize(chunkCount: number, log: Log): Promise<SizeReport> {
  const generationStart = performance.now();
  const corpus = generateCorpus(chunkCount);
  const generationSeconds = secondsSince(generationStart);
  log(`[${chunkCount}] corpus generated in ${generationSeconds} s; building indexes`);
  const { indexes, build } = await measureBuild(corpus.chunks, corpus.glossary);
  log(
    `[${chunkCount}] built in ${build.seconds} s (${build.chunksPerSecond} chunks/s); timing questions`,
  );
  const embedder = new HashingEmbeddings();
  const snapshotStart = performance.now();
  const snapshot = inMemorySnapshot(indexes, embedder);
  const snapshotSeconds = secondsSince(snapshotStart);
  const queries = generateQueries(corpus.vocabulary);
  const latency = await measureEngineLatency(queries, snapshot, embedder);
  const enginePeak = peakRssMb();
  log(`[${chunkCount}] answer p50 ${latency.answer.p50Ms} ms; exact search and baseline`);
  const vector = measureVectorLeg(queryVectors(queries, snapshot, embedder), snapshot, embedder);
  const baseline = await measureKeywordBaseline(queries, snapshot, embedder);
  return {
    chunks: chunkCount,
    corpus: corpusStats(corpus, indexes.keywordIndex, generationSeconds),
    build: { ...build, snapshotSeconds },
    ...latency,
    vectorRecallAt10: vector.recallAt10,
    vector,
    baseline,
    peakRssMb: enginePeak,
    peakRssWithBaselinesMb: peakRssMb(),
  };
}

/** The vectors `draftAnswer` searches with: the question plus its translations, embedded. */
function queryVectors(
  queries: readonly BenchQuery[],
  snapshot: Snapshot,
  embedder: HashingEmbeddings,
): Float32Array[] {
  return queries.map((query) =>
    embedder.embed(buildQuery(query.text, snapshot, BENCH_NOW).embeddingText),
  );
}
