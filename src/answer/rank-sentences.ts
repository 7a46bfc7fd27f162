/**
 * The sentence ranker: orders the evidence by how likely each sentence answers the question,
 * from what gather-evidence.ts found out about it (coverage, values of the asked kind, page
 * furniture, retrieval rank, language). Its weights are data (models/sentence-ranker.json),
 * fitted on the development split by test/eval/fit-models.ts.
 */
import type { Query } from '../retrieval/build-query.js';
import type { RankedPassage } from '../retrieval/retrieve.js';
import { figureYearsIn, yearOf } from '../text/years.js';
import { extractEnumerations } from './extract-enumerations.js';
import type { Evidence } from './gather-evidence.js';
import { type LogisticModel, probability } from './logistic-model.js';
import rankerModel from './models/sentence-ranker.json' with { type: 'json' };
import { valueDistances } from './pick-value.js';

export const SENTENCE_RANKER: LogisticModel = rankerModel;

/** The evidence ordered best first, each with its ranker score. */
export function rankSentences(
  evidence: readonly Evidence[],
  query: Query,
  passages: readonly RankedPassage[],
  model: LogisticModel = SENTENCE_RANKER,
): Evidence[] {
  const context = rankingContext(query, passages);
  return evidence
    .map((item) => ({ ...item, score: probability(model, sentenceFeatures(item, query, context)) }))
    .sort((a, b) => b.score - a.score);
}

/** What a sentence is compared with: the strongest keyword match and the years of the passages. */
export interface RankingContext {
  strongestKeywordScore: number;
  years: { oldest: number; newest: number } | null;
}

export function rankingContext(query: Query, passages: readonly RankedPassage[]): RankingContext {
  const years = passages
    .map((passage) => yearOf(passage.chunk.metadata.date))
    .filter((year): year is number => year !== null);
  return {
    strongestKeywordScore: Math.max(0, ...passages.map((passage) => passage.keywordScore)),
    years:
      query.timeScope.kind === 'latest' && years.length > 0
        ? { oldest: Math.min(...years), newest: Math.max(...years) }
        : null,
  };
}

/** How close the sentence's nearest value is to the question's words: 1 beside them, towards 0 far off. */
const NEAR_CHARACTERS = 24;

/** What the ranker knows of a sentence, each value in about 0–1. */
export function sentenceFeatures(
  item: Evidence,
  query: Query,
  context: RankingContext,
): Record<string, number> {
  const { strongestKeywordScore, years } = context;
  const distance =
    item.values.length > 0
      ? valueDistances(item.sentence, item.values, query)
      : { any: null, asked: null };
  const year = yearOf(item.passage.chunk.metadata.date);
  const asksForValue =
    query.kind === 'quantity' ||
    query.kind === 'when' ||
    query.kind === 'who' ||
    query.kind === 'where';
  const answerType = query.concepts.findLastIndex(
    (concept) => concept.answerType && !concept.fromContext,
  );
  return {
    coverage: item.coverage,
    ownCoverage: item.ownCoverage,
    specificCoverage: item.specificCoverage,
    valueFound: asksForValue && item.fitsKind ? 1 : 0,
    valueMissing: asksForValue && !item.fitsKind ? 1 : 0,
    furniture: item.furniture ? 1 : 0,
    passageRank: 1 / (1 + item.passageRank),
    keywordShare: strongestKeywordScore > 0 ? item.passage.keywordScore / strongestKeywordScore : 0,
    sameLanguage: item.language === query.language ? 1 : 0,
    leansOnPrevious: item.leansOnPrevious ? 1 : 0,
    length: Math.min(1, Math.log1p(item.sentence.length) / Math.log(400)),
    listShape: query.kind === 'list' && isListShaped(item.sentence) ? 1 : 0,
    lead: item.passage.chunk.metadata.position === 0 && item.position <= 1 ? 1 : 0,
    answerTypeMissing: answerType >= 0 && (item.credits[answerType] ?? 0) === 0 ? 1 : 0,
    valueNear: nearness(distance.any),
    // Beside the word that names what is asked ("副区长翟磊", "产值33.64亿元").
    valueNearAsked: nearness(distance.asked),
    ...yearFeatures(item.sentence, query),
    ...matchFeatures(item, query),
    recency:
      years === null || year === null
        ? 0
        : (year - years.oldest) / Math.max(1, years.newest - years.oldest),
  };
}

/** 1 for a value beside the question's words, towards 0 far off, 0 without them. */
function nearness(distance: number | null): number {
  return distance === null ? 0 : NEAR_CHARACTERS / (NEAR_CHARACTERS + distance);
}

/** An enumeration, or a sentence that leads into one ("包括：", "as follows:"). */
function isListShaped(sentence: string): boolean {
  return /[:：]\s*$/.test(sentence) || extractEnumerations(sentence).length > 0;
}

/**
 * Whether the sentence itself names the years the question asks about ("in 2024", "2021到
 * 2023年"), and whether it names only other years: a figure for 2023 does not answer 2024.
 */
function yearFeatures(sentence: string, query: Query): { askedYears: number; otherYears: number } {
  const asked = query.concepts.flatMap((concept) =>
    concept.year !== undefined && !concept.fromContext ? [concept.year] : [],
  );
  if (asked.length === 0) return { askedYears: 0, otherYears: 0 };
  const named = new Set(figureYearsIn(sentence));
  const found = asked.filter((year) => named.has(year)).length;
  return {
    askedYears: found / asked.length,
    otherYears: found === 0 && named.size > 0 ? 1 : 0,
  };
}

/**
 * How the sentence itself matches the question apart from importance: whether it holds the
 * question's most specific word, and the share of the question's words it holds.
 */
function matchFeatures(item: Evidence, query: Query): { topConcept: number; matchedShare: number } {
  const own = query.concepts.flatMap((concept, i) => (concept.fromContext ? [] : [i]));
  if (own.length === 0) return { topConcept: 0, matchedShare: 0 };
  const top = own.reduce((best, i) =>
    (query.concepts[i]?.importance ?? 0) > (query.concepts[best]?.importance ?? 0) ? i : best,
  );
  return {
    topConcept: item.ownCredits[top] ?? 0,
    matchedShare: own.filter((i) => (item.ownCredits[i] ?? 0) > 0).length / own.length,
  };
}
