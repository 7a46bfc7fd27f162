/**
 * The sentence ranker: orders the evidence by how likely each sentence answers the question,
 * from what gather-evidence.ts found out about it (coverage, values of the asked kind, page
 * furniture, retrieval rank, language). Its weights are data (models/sentence-ranker.json),
 * fitted on the development split by test/eval/fit-models.ts.
 */
import type { Query } from '../retrieval/build-query.js';
import type { RankedPassage } from '../retrieval/retrieve.js';
import { yearOf } from '../text/years.js';
import { extractEnumerations } from './extract-enumerations.js';
import type { Evidence } from './gather-evidence.js';
import { type LogisticModel, probability } from './logistic-model.js';
import rankerModel from './models/sentence-ranker.json' with { type: 'json' };
import { valueDistance } from './pick-value.js';

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
  const distance = item.values.length > 0 ? valueDistance(item.sentence, item.values, query) : null;
  const year = yearOf(item.passage.chunk.metadata.date);
  const asksForValue =
    query.kind === 'quantity' ||
    query.kind === 'when' ||
    query.kind === 'who' ||
    query.kind === 'where';
  const answerType = query.concepts.findIndex(
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
    valueNear: distance === null ? 0 : NEAR_CHARACTERS / (NEAR_CHARACTERS + distance),
    recency:
      years === null || year === null
        ? 0
        : (year - years.oldest) / Math.max(1, years.newest - years.oldest),
  };
}

/** An enumeration, or a sentence that leads into one ("包括：", "as follows:"). */
function isListShaped(sentence: string): boolean {
  return /[:：]\s*$/.test(sentence) || extractEnumerations(sentence).length > 0;
}
