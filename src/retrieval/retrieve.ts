/**
 * Hybrid retrieval: the BM25 keyword leg scores the query's concepts, the HNSW vector leg
 * finds passages near the query's embedding, and weighted reciprocal rank fusion merges the
 * two. A year in the question filters passages; "latest" favours newer documents.
 */

import type { ScoreBuffers } from '../index/keyword-index.js';
import type { Chunk } from '../ingest/chunk-document.js';
import { ruleFor } from '../kinds/question-kinds.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { yearOf } from '../text/years.js';
import type { Query } from './build-query.js';
import { DEFAULT_FUSION, type FusionWeights, fuseRankings } from './fuse-rankings.js';
import type { TimeScope } from './time-scope.js';
import { topK } from './top-k.js';

export type RetrievalLegs = 'hybrid' | 'keyword' | 'vector';

export interface RetrievalOptions {
  legs?: RetrievalLegs;
  fusion?: FusionWeights;
  /** Passages returned. */
  limit?: number;
}

export interface RankedPassage {
  index: number;
  chunk: Chunk;
  /** Fused score, after any recency preference. */
  score: number;
  keywordScore: number;
  vectorSimilarity: number;
  /** Bit i set when concept i of the query matched the passage. */
  matchedConcepts: number;
}

const CANDIDATES = 50;
const RECENCY_BOOST = 0.5;

/** Scratch arrays are reused per snapshot: scoring a query allocates nothing large. */
const buffersBySnapshot = new WeakMap<Snapshot, ScoreBuffers>();

/** The passages that best match a query, best first. */
export function retrieve(
  query: Query,
  snapshot: Snapshot,
  queryVector: ArrayLike<number> | null,
  options: RetrievalOptions = {},
): RankedPassage[] {
  const legs = options.legs ?? 'hybrid';
  const accept = timeFilter(query.timeScope, snapshot);
  const keyword =
    legs === 'vector'
      ? { ranking: [], scores: new Map<number, number>(), matched: new Map<number, number>() }
      : keywordLeg(query, snapshot, accept);
  const vector =
    legs === 'keyword' || queryVector === null
      ? new Map<number, number>()
      : vectorLeg(queryVector, snapshot, accept);
  const fused = fuseRankings(keyword.ranking, [...vector.keys()], options.fusion ?? DEFAULT_FUSION);
  const ranked = [...fused].map(([index, score]) => ({
    index,
    chunk: snapshot.chunks[index] as Chunk,
    score,
    keywordScore: keyword.scores.get(index) ?? 0,
    vectorSimilarity: vector.get(index) ?? 0,
    matchedConcepts: keyword.matched.get(index) ?? 0,
  }));
  if (query.timeScope.kind === 'latest') preferRecent(ranked);
  ranked.sort((a, b) => b.score - a.score);
  // An explicit limit (evaluation's hit@k) gets exactly that many passages.
  if (options.limit !== undefined) return ranked.slice(0, options.limit);
  return withOtherLanguage(ranked, ruleFor(query.kind).passages, query.language);
}

/**
 * Passages in the question's own language match its words exactly, so they outrank the
 * other language's, which match through translations: the best few of the other language
 * join the evidence too, since the answer may be written only there.
 */
const OTHER_LANGUAGE_PASSAGES = 3;

function withOtherLanguage(
  ranked: readonly RankedPassage[],
  limit: number,
  language: Query['language'],
): RankedPassage[] {
  const isOther = (passage: RankedPassage) => passage.chunk.metadata.language !== language;
  const chosen = ranked.slice(0, limit);
  let wanted = OTHER_LANGUAGE_PASSAGES - chosen.filter(isOther).length;
  // Scans only as far as the passages it needs: the ranking holds every candidate.
  for (let i = limit; i < ranked.length && wanted > 0; i += 1) {
    const passage = ranked[i] as RankedPassage;
    if (!isOther(passage)) continue;
    chosen.push(passage);
    wanted -= 1;
  }
  return chosen;
}

type Accept = ((passage: number) => boolean) | undefined;

function keywordLeg(query: Query, snapshot: Snapshot, accept: Accept) {
  const index = snapshot.keywordIndex;
  let buffers = buffersBySnapshot.get(snapshot);
  if (buffers === undefined) {
    buffers = index.createBuffers();
    buffersBySnapshot.set(snapshot, buffers);
  }
  for (const [bit, concept] of query.concepts.entries())
    index.scoreConcept(concept.alternatives, bit, buffers);
  const totals = buffers.totals;
  const touched = buffers.touched.subarray(0, buffers.touchedCount);
  const accepted = accept === undefined ? touched : touched.filter(accept);
  const ranking = topK(
    accepted,
    accepted.length,
    CANDIDATES,
    (passage) => totals[passage] as number,
  );
  const scores = new Map(ranking.map((passage) => [passage, totals[passage] as number]));
  const matched = new Map(ranking.map((passage) => [passage, buffers.matched[passage] as number]));
  index.resetBuffers(buffers);
  return { ranking, scores, matched };
}

function vectorLeg(
  queryVector: ArrayLike<number>,
  snapshot: Snapshot,
  accept: Accept,
): Map<number, number> {
  const hits = snapshot.vectorIndex.search(queryVector, CANDIDATES, accept);
  return new Map(hits.map((hit) => [hit.passage, hit.similarity]));
}

/** Passages of the asked year: dated that year, or naming it (the year is an index term). */
function timeFilter(scope: TimeScope, snapshot: Snapshot): Accept {
  if (scope.kind !== 'year') return undefined;
  const years = documentYears(snapshot);
  const accepted = new Uint8Array(years.length);
  for (let passage = 0; passage < years.length; passage += 1)
    if (years[passage] === scope.year) accepted[passage] = 1;
  for (const passage of snapshot.keywordIndex.passagesWith(String(scope.year)))
    accepted[passage] = 1;
  return (passage) => accepted[passage] === 1;
}

/** Per snapshot, the year of each passage's document (0 when undated), computed once. */
const yearsBySnapshot = new WeakMap<Snapshot, Uint16Array>();

function documentYears(snapshot: Snapshot): Uint16Array {
  let years = yearsBySnapshot.get(snapshot);
  if (years === undefined) {
    years = Uint16Array.from(snapshot.chunks, (chunk) => yearOf(chunk.metadata.date) ?? 0);
    yearsBySnapshot.set(snapshot, years);
  }
  return years;
}

/** Raises newer passages: the newest year among the candidates gets the full boost. */
function preferRecent(ranked: RankedPassage[]): void {
  const years = ranked
    .map((passage) => yearOf(passage.chunk.metadata.date) ?? 0)
    .filter((year) => year > 0);
  const oldest = Math.min(...years);
  const span = Math.max(...years) - oldest || 1;
  for (const passage of ranked) {
    const year = yearOf(passage.chunk.metadata.date);
    if (year !== null) passage.score *= 1 + (RECENCY_BOOST * (year - oldest)) / span;
  }
}
