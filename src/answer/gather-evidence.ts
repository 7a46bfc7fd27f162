/**
 * Finds the sentences that answer a query in the retrieved passages. A sentence's coverage
 * is the share of the question's concepts (weighted by importance) that it, or its close
 * context, expresses: neighbouring sentences and the document title count for less than the
 * sentence itself. Coverage decides whether the knowledge base answers the question at all.
 */
import { ruleFor } from '../kinds/question-kinds.js';
import { ENGLISH } from '../language/english.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Alternative, Concept, Query } from '../retrieval/build-query.js';
import type { RankedPassage } from '../retrieval/retrieve.js';
import { type Analyzer, englishTerm, hasHan, matchingKey } from '../text/analyzer.js';
import { leansOnPrevious } from '../text/anaphora.js';
import type { Language } from '../text/detect-language.js';
import { measuresIn } from '../text/measures.js';
import { splitSentences } from '../text/split-sentences.js';
import { yearOf } from '../text/years.js';

export interface Evidence {
  sentence: string;
  passage: RankedPassage;
  /** Rank of the passage in retrieval, from 0. */
  passageRank: number;
  /** Position of the sentence in its passage. */
  position: number;
  language: Language;
  /** Per concept, how well the sentence and its context express it (0–1). */
  credits: number[];
  /** Importance-weighted share of the question the sentence covers with its context (0–1). */
  coverage: number;
  /** The same share from the sentence alone, without neighbours or title. */
  ownCoverage: number;
  /** True when the sentence holds what the question's kind asks for (a number, a date, a person). */
  fitsKind: boolean;
  /** True when the sentence refers back to the one before it ("It belongs to…", "he said"). */
  leansOnPrevious: boolean;
  /** Coverage plus preferences (answer kind, passage rank), to order sentences. */
  score: number;
}

const NEIGHBOUR_CREDIT = 0.7;
/** A concept the document's title or publisher expresses ("according to Xinmin Evening News"). */
const TITLE_CREDIT = 0.5;
/** A year the question names, expressed by the document's date rather than the sentence. */
const DATE_CREDIT = 0.7;
/** Concepts carried over from an earlier turn weigh this much of their importance. */
const CONTEXT_IMPORTANCE = 0.5;
const KIND_BONUS = 0.15;
const RANK_BONUS = 0.05;

/** Every sentence of the passages, scored against the query, best first. */
export function gatherEvidence(
  query: Query,
  passages: readonly RankedPassage[],
  analyzer: Analyzer,
  lexicon: Lexicon,
): Evidence[] {
  const weights = query.concepts.map(
    (concept) => concept.importance * (concept.fromContext ? CONTEXT_IMPORTANCE : 1),
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return [];
  const scoring = { query, analyzer, lexicon, weights, total, passageCount: passages.length };
  const evidence = passages.flatMap((passage, rank) => passageEvidence(scoring, passage, rank));
  return evidence.sort((a, b) => b.score - a.score);
}

interface Scoring {
  query: Query;
  analyzer: Analyzer;
  lexicon: Lexicon;
  weights: number[];
  total: number;
  passageCount: number;
}

function passageEvidence(
  { query, analyzer, lexicon, weights, total, passageCount }: Scoring,
  passage: RankedPassage,
  rank: number,
): Evidence[] {
  const sentences = splitSentences(passage.chunk.pageContent);
  const documentYear = yearOf(passage.chunk.metadata.date);
  // A year the question names is expressed by the document's date as much as by any sentence.
  const dated = query.concepts.map((concept) =>
    concept.year !== undefined && concept.year === documentYear ? DATE_CREDIT : 0,
  );
  const own = sentences.map((sentence) =>
    conceptCredits(query.concepts, sentence, analyzer).map((credit, i) =>
      Math.max(credit, dated[i] ?? 0),
    ),
  );
  const { title: documentTitle, publisher } = passage.chunk.metadata;
  const title = conceptCredits(query.concepts, `${documentTitle}\n${publisher ?? ''}`, analyzer);
  const fitting = sentences.map((sentence) => fitsKind(query, sentence, lexicon));
  return sentences.map((sentence, position) => {
    // A sentence that refers back ("It belongs to…") is about what the one before names.
    const leans = position > 0 && leansOnPrevious(sentence);
    const credits = query.concepts.map((_, i) =>
      Math.max(
        own[position]?.[i] ?? 0,
        (leans ? 1 : NEIGHBOUR_CREDIT) * (own[position - 1]?.[i] ?? 0),
        NEIGHBOUR_CREDIT * (own[position + 1]?.[i] ?? 0),
        TITLE_CREDIT * (title[i] ?? 0),
      ),
    );
    const coverage = weightedShare(credits, weights, total);
    const fits = (fitting[position] ?? false) || (leans && (fitting[position - 1] ?? false));
    const bonus = (fits ? KIND_BONUS : 0) + RANK_BONUS * (1 - rank / Math.max(1, passageCount));
    return {
      sentence,
      passage,
      passageRank: rank,
      position,
      language: passage.chunk.metadata.language,
      credits,
      coverage,
      ownCoverage: weightedShare(own[position] ?? [], weights, total),
      fitsKind: fits,
      leansOnPrevious: leans,
      score: coverage + bonus,
    };
  });
}

function weightedShare(
  credits: readonly number[],
  weights: readonly number[],
  total: number,
): number {
  return credits.reduce((sum, credit, i) => sum + credit * (weights[i] ?? 0), 0) / total;
}

/**
 * Per concept, the weight of its best alternative that the text expresses. A concept naming
 * the kind of quantity asked for is expressed in full by a quantity of that kind.
 */
function conceptCredits(concepts: readonly Concept[], text: string, analyzer: Analyzer): number[] {
  const sequence = analyzer.indexTerms(text);
  const terms = new Set(sequence);
  const measures = concepts.some((concept) => concept.measure) ? measuresIn(text) : undefined;
  const expresses = (alternative: Alternative) =>
    alternative.terms.length === 1
      ? terms.has(alternative.terms[0] as string)
      : containsPhrase(sequence, text, alternative.terms);
  return concepts.map((concept) =>
    concept.measure !== undefined && measures?.has(concept.measure)
      ? 1
      : concept.alternatives.reduce(
          (best, alternative) =>
            expresses(alternative) ? Math.max(best, alternative.weight) : best,
          0,
        ),
  );
}

/**
 * A name of several words must appear as a phrase, not as words scattered over a sentence:
 * "Shanghai … pharmaceutical field" is not Shanghai Pharmaceutical. Chinese parts must be
 * adjacent in the text; English terms consecutive among the text's English terms.
 */
function containsPhrase(
  sequence: readonly string[],
  text: string,
  phrase: readonly string[],
): boolean {
  if (phrase.every(hasHan)) return matchingKey(text).includes(phrase.join(''));
  const latin = sequence.filter((term) => !hasHan(term) && !term.startsWith('#'));
  const wanted = phrase.filter((term) => !hasHan(term));
  for (let start = 0; start + wanted.length <= latin.length; start += 1) {
    if (!wanted.every((term, i) => latin[start + i] === term)) continue;
    // "Shanghai Pharmaceutical Industry Association" is not "Shanghai Pharmaceutical".
    if (ORGANIZATION_WORDS.has(latin[start + wanted.length] ?? '')) continue;
    return phrase.every((term) => !hasHan(term) || matchingKey(text).includes(term));
  }
  return false;
}

/** Words that make a name the start of a longer organization's name. */
const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  ENGLISH.organizationWords.map((word) => englishTerm(word) ?? word),
);

/** True when a sentence holds what the question's kind asks for (a number, a date, a person). */
function fitsKind(query: Query, sentence: string, lexicon: Lexicon): boolean {
  return ruleFor(query.kind).values(sentence, query, lexicon).length > 0;
}
