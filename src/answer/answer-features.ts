/**
 * What the answerability model knows of a composed answer: how well its sentence covers the
 * question and its names, whether it holds the value or list asked for, how strongly
 * retrieval found it, whether anything asked is unknown to the knowledge base, and whether
 * the evidence is in the asker's language. Each value lies in about 0–1.
 */
import { ruleFor } from '../kinds/question-kinds.js';
import type { Concept, Query } from '../retrieval/build-query.js';
import type { RankedPassage } from '../retrieval/retrieve.js';
import { findNumbers } from '../text/numbers.js';
import { figureYearsIn, yearOf } from '../text/years.js';
import type { ComposedAnswer } from './compose-extractive-answer.js';
import type { Evidence } from './gather-evidence.js';
import { asksAboutPlans, isHedged } from './hedged-value.js';
import { periodMismatch } from './period-mismatch.js';
import { distanceToNames, valueKey } from './pick-value.js';

/**
 * The features, each with the direction its effect must have (1: more of it means a right
 * answer is likelier, -1: less likely, 0: either, as for the kind of question): the fit
 * keeps only effects in their direction, so that the model cannot learn a quirk of the
 * development questions (test/eval/fit-models.ts).
 */
export const ANSWER_FEATURES: Readonly<Record<string, -1 | 0 | 1>> = {
  rankerScore: 1,
  coverage: 1,
  ownCoverage: 1,
  specificCoverage: 1,
  missingNames: -1,
  valueAsked: 0,
  valueFound: 1,
  listAsked: 0,
  listFound: 1,
  concepts: 0,
  margin: 1,
  passageShare: 1,
  predicateCoverage: 1,
  predicateOwn: 1,
  namesOwn: 1,
  valueNearNames: 1,
  valueHedged: -1,
  numbersCrowd: -1,
  askedYearMissing: -1,
  periodMismatch: -1,
  unknownNames: -1,
  corroborated: 1,
  otherLanguage: 0,
  followUp: 0,
};

/** Names and numbers counted as missing, at most (a share of this many). */
const MISSING_NAMES_CAP = 3;
const CONCEPTS_CAP = 8;
/** Figures in the answer's sentence, at most (a share of this many). */
const NUMBERS_CROWD_CAP = 10;

/** The features of an answer composed from `evidence` (ranked) for `query`. */
export function answerFeatures(
  query: Query,
  composed: ComposedAnswer,
  evidence: readonly Evidence[],
  passages: readonly RankedPassage[],
): Record<string, number> {
  const primary = composed.primary;
  if (primary === undefined) return {};
  const own = query.concepts.filter((concept) => !concept.fromContext);
  const missingNames = query.concepts.filter(
    (concept, i) => !concept.fromContext && isName(concept) && (primary.credits[i] ?? 0) === 0,
  ).length;
  const rule = ruleFor(query.kind);
  // Another report saying the same value agrees rather than competes: it is no rival. Nor is
  // one in the other language: it matches through translations, so its score is not comparable
  // (and it is often the same news, translated).
  const agreed = composed.value === undefined ? undefined : valueKey(composed.value.said.en);
  const rival = evidence.find(
    (item) =>
      !item.furniture &&
      item.language === primary.language &&
      item.passage.chunk.metadata.documentId !== primary.passage.chunk.metadata.documentId &&
      !item.values.some((value) => valueKey(value.said.en) === agreed),
  );
  return {
    rankerScore: primary.score,
    coverage: primary.coverage,
    ownCoverage: primary.ownCoverage,
    specificCoverage: primary.specificCoverage,
    missingNames: Math.min(missingNames, MISSING_NAMES_CAP) / MISSING_NAMES_CAP,
    valueAsked: rule.asksForValue ? 1 : 0,
    valueFound: rule.asksForValue && composed.value !== undefined ? 1 : 0,
    listAsked: query.kind === 'list' ? 1 : 0,
    listFound: (composed.listCount ?? 0) >= 2 ? 1 : 0,
    concepts: Math.min(own.length, CONCEPTS_CAP) / CONCEPTS_CAP,
    margin: primary.score - (rival?.score ?? 0),
    passageShare: matchedShare(query, passages[primary.passageRank]),
    predicateCoverage: shareExpressed(query, predicates(query), primary.credits),
    predicateOwn: shareExpressed(query, predicates(query), primary.ownCredits),
    namesOwn: shareExpressed(query, names(query), primary.ownCredits),
    valueNearNames: valueNearNames(query, composed, primary),
    // A plan or target ("aims for 900 billion yuan") does not say what was.
    valueHedged:
      composed.value !== undefined &&
      isHedged(primary.sentence, composed.value) &&
      !asksAboutPlans(query.text)
        ? 1
        : 0,
    // A flattened table row holds a dozen figures: which of them answers is a guess.
    numbersCrowd:
      Math.min(findNumbers(primary.sentence).length, NUMBERS_CROWD_CAP) / NUMBERS_CROWD_CAP,
    askedYearMissing: askedYearMissing(query, primary) ? 1 : 0,
    periodMismatch: periodMismatch(query.text, primary.sentence) ? 1 : 0,
    unknownNames: unknownNames(query),
    corroborated: corroboration(composed, primary, evidence),
    otherLanguage: primary.language === query.language ? 0 : 1,
    // A follow-up names little of its own ("when was it set up?"): the conversation names the rest.
    followUp: query.concepts.some((concept) => concept.fromContext) ? 1 : 0,
  };
}

/** The question's other words (what it says happened or is: "成立", "employed", "approve"), by index. */
function predicates(query: Query): number[] {
  return query.concepts.flatMap((concept, i) =>
    concept.fromContext || concept.specific || concept.answerType || concept.year !== undefined
      ? []
      : [i],
  );
}

/** Other reports that state the same value, as a share of two: agreement between sources. */
function corroboration(
  composed: ComposedAnswer,
  primary: Evidence,
  evidence: readonly Evidence[],
): number {
  if (composed.value === undefined) return 0;
  const key = valueKey(composed.value.said.en);
  const documents = new Set<string>();
  for (const item of evidence) {
    const document = item.passage.chunk.metadata.documentId;
    if (item.furniture || document === primary.passage.chunk.metadata.documentId) continue;
    if (item.score < primary.score * CORROBORATING_SCORE) continue;
    if (item.values.some((value) => valueKey(value.said.en) === key)) documents.add(document);
  }
  return Math.min(documents.size, 2) / 2;
}

/** A sentence that corroborates must score at least this share of the answer's. */
const CORROBORATING_SCORE = 0.5;

/** The question's names and numbers, by index. */
function names(query: Query): number[] {
  return query.concepts.flatMap((concept, i) =>
    !concept.fromContext && isName(concept) ? [i] : [],
  );
}

/** The share of the given concepts that `credits` express; 1 when there are none. */
function shareExpressed(
  _query: Query,
  indexes: readonly number[],
  credits: readonly number[],
): number {
  if (indexes.length === 0) return 1;
  return indexes.filter((i) => (credits[i] ?? 0) > 0).length / indexes.length;
}

/** How close the answer's value stands to the question's names in its sentence: 1 beside them, 0 without. */
function valueNearNames(query: Query, composed: ComposedAnswer, primary: Evidence): number {
  if (composed.value === undefined) return 0;
  const distance = distanceToNames(primary.sentence, composed.value, query);
  return distance === null ? 0 : NEAR_CHARACTERS / (NEAR_CHARACTERS + distance);
}

const NEAR_CHARACTERS = 24;

/** True when the question names a year the sentence does not, while the sentence or its document is of another year. */
function askedYearMissing(query: Query, primary: Evidence): boolean {
  const asked = query.concepts.find(
    (concept) => concept.year !== undefined && !concept.fromContext,
  )?.year;
  if (asked === undefined) return false;
  const named = figureYearsIn(primary.sentence);
  if (named.includes(asked)) return false;
  const documentYear = yearOf(primary.passage.chunk.metadata.date);
  return named.length > 0 || (documentYear !== null && documentYear !== asked);
}

function isName(concept: Concept): boolean {
  return concept.specific && concept.year === undefined;
}

/**
 * Importance-weighted share of the question's own concepts that are names or numbers the
 * knowledge base has never heard of ("the capital of France", "the FCIC chamber"). A year is
 * checked by the time filter instead.
 */
function unknownNames(query: Query): number {
  let unknown = 0;
  let total = 0;
  for (const concept of query.concepts) {
    if (concept.fromContext) continue;
    total += concept.importance;
    if (!concept.known && isName(concept)) unknown += concept.importance;
  }
  return total === 0 ? 0 : unknown / total;
}

/** Importance-weighted share of the question's concepts that the passage matched in retrieval. */
function matchedShare(query: Query, passage: RankedPassage | undefined): number {
  if (passage === undefined) return 0;
  let matched = 0;
  let total = 0;
  query.concepts.forEach((concept, bit) => {
    if (concept.fromContext) return;
    total += concept.importance;
    if (bit < 32 && (passage.matchedConcepts & (1 << bit)) !== 0) matched += concept.importance;
  });
  return total === 0 ? 0 : matched / total;
}
