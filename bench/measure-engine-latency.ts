/**
 * Latency of the engine on the bench's questions: retrieval (query building, query
 * embedding and hybrid retrieval), the keyword leg alone, and the whole offline answer
 * (`draftAnswer`: retrieval, evidence, extractive answer or refusal). Warmed up first.
 */
import { type Draft, draftAnswer } from '../src/answer/draft-answer.js';
import type { HashingEmbeddings } from '../src/index/hashing-embeddings.js';
import { buildQuery } from '../src/retrieval/build-query.js';
import { type RankedPassage, type RetrievalLegs, retrieve } from '../src/retrieval/retrieve.js';
import type { Snapshot } from '../src/snapshot/snapshot.js';
import { type LatencySummary, round, summarize, timeEach } from './latency.js';
import type { BenchQuery } from './synthetic-queries.js';

/** The date questions are asked on: "this year" and "latest" must not depend on the clock. */
export const BENCH_NOW = new Date('2026-06-30T12:00:00Z');
export const WARM_UP_QUERIES = 20;
/** Each question is timed this many times (in rounds over the set): steadier percentiles on a noisy machine. */
export const MEASURED_ROUNDS = 3;

export interface AnswerLatency extends LatencySummary {
  /** Share of the answerable questions that got an answer (not a refusal). */
  answeredShare: number;
  /** Share of the unanswerable questions that were refused. */
  refusedUnanswerableShare: number;
}

export interface EngineLatency {
  retrieval: LatencySummary;
  keywordLeg: LatencySummary;
  answer: AnswerLatency;
}

/** Times every question through retrieval, the keyword leg and the whole answer. */
export async function measureEngineLatency(
  queries: readonly BenchQuery[],
  snapshot: Snapshot,
  embedder: HashingEmbeddings,
): Promise<EngineLatency> {
  const answer = (query: BenchQuery) =>
    draftAnswer(query.text, [], snapshot, embedder, { now: () => BENCH_NOW });
  for (const query of queries.slice(0, WARM_UP_QUERIES)) {
    await answer(query);
    retrieveQuestion(query.text, snapshot, embedder, 'hybrid');
  }
  const rounds = repeat(queries, MEASURED_ROUNDS);
  const retrieval = await timeEach(rounds, (query) =>
    retrieveQuestion(query.text, snapshot, embedder, 'hybrid'),
  );
  const keywordLeg = await timeEach(rounds, (query) =>
    retrieveQuestion(query.text, snapshot, embedder, 'keyword'),
  );
  const drafts: Draft[] = [];
  const answers = await timeEach(rounds, async (query) => drafts.push(await answer(query)));
  return {
    retrieval: summarize(retrieval),
    keywordLeg: summarize(keywordLeg),
    answer: { ...summarize(answers), ...outcomes(queries, drafts.slice(0, queries.length)) },
  };
}

/** What the engine retrieves for a question, from its text (as `draftAnswer` does). */
export function retrieveQuestion(
  text: string,
  snapshot: Snapshot,
  embedder: HashingEmbeddings,
  legs: RetrievalLegs,
  limit?: number,
): RankedPassage[] {
  const query = buildQuery(text, snapshot, BENCH_NOW);
  const vector = legs === 'keyword' ? null : embedder.embed(query.embeddingText);
  return retrieve(query, snapshot, vector, { legs, limit });
}

/** The questions `times` times over, in rounds. */
function repeat<T>(items: readonly T[], times: number): T[] {
  return Array.from({ length: times }, () => items).flat();
}

function outcomes(queries: readonly BenchQuery[], drafts: readonly Draft[]) {
  const results = queries.map((query, i) => ({
    answerable: query.kind !== 'unanswerable',
    answered: drafts[i]?.answered ?? false,
  }));
  return {
    answeredShare: share(
      results.filter((result) => result.answerable),
      (result) => result.answered,
    ),
    refusedUnanswerableShare: share(
      results.filter((result) => !result.answerable),
      (result) => !result.answered,
    ),
  };
}

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return round(items.filter(test).length / Math.max(1, items.length));
}
