/**
 * Finds the sentences that may answer a query in the retrieved passages and describes each:
 * its coverage (the share of the question's concepts, weighted by importance, that it or its
 * close context expresses; neighbouring sentences and the document title count for less), the
 * values of the asked kind it holds, and whether it is page furniture. The sentence ranker
 * (rank-sentences.ts) orders them from these.
 */
import type { KindValue } from '../kinds/question-kind.js';
import { ruleFor } from '../kinds/question-kinds.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Concept, Query } from '../retrieval/build-query.js';
import type { RankedPassage } from '../retrieval/retrieve.js';
import { type Analyzer, englishTerm, hasHan, matchingKey } from '../text/analyzer.js';
import { leansOnPrevious } from '../text/anaphora.js';
import type { Language } from '../text/detect-language.js';
import { measuresAnswering, measuresIn } from '../text/measures.js';
import { splitSentences } from '../text/split-sentences.js';
import { yearOf } from '../text/years.js';
import { AnalyzedText } from './analyzed-text.js';
import { isFurniture } from './furniture.js';

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
  /** Per concept, how well the sentence alone expresses it. */
  ownCredits: number[];
  /** Importance-weighted share of the question the sentence covers with its context (0–1). */
  coverage: number;
  /** The same share from the sentence alone, without neighbours or title. */
  ownCoverage: number;
  /** The share of the question's names and numbers the sentence expresses with its context (1 when it names none). */
  specificCoverage: number;
  /** True when the sentence holds what the question's kind asks for (a number, a date, a person). */
  fitsKind: boolean;
  /** The values of the asked kind the sentence (or the sentence it refers back to) holds. */
  values: KindValue[];
  /** True for a heading, caption or table rule: context for others, never an answer itself. */
  furniture: boolean;
  /** True when the sentence refers back to the one before it ("It belongs to…", "he said"). */
  leansOnPrevious: boolean;
  /** How likely the sentence answers the question, from the sentence ranker; orders the evidence. */
  score: number;
}

const NEIGHBOUR_CREDIT = 0.7;
/** A shorter line is not taken for the document's title from a prefix alone. */
const MIN_TITLE_CHARACTERS = 12;
/** A concept the document's title or publisher expresses ("according to Xinmin Evening News"). */
const TITLE_CREDIT = 0.5;
/** A year the question names, expressed by the document's date rather than the sentence. */
const DATE_CREDIT = 0.7;
/** Concepts carried over from an earlier turn weigh this much of their importance. */
const CONTEXT_IMPORTANCE = 0.5;

/** Every sentence of the passages, described against the query, in passage order (unranked: score 0). */
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
  const specific = query.concepts.map((concept, i) =>
    concept.specific && !concept.fromContext && concept.year === undefined ? (weights[i] ?? 0) : 0,
  );
  const scoring = { query, analyzer, lexicon, weights, total, specific };
  return passages.flatMap((passage, rank) => passageEvidence(scoring, passage, rank));
}

interface Scoring {
  query: Query;
  analyzer: Analyzer;
  lexicon: Lexicon;
  weights: number[];
  total: number;
  /** The weights of the question's names and numbers; 0 for other concepts. */
  specific: number[];
}

function passageEvidence(
  { query, analyzer, lexicon, weights, total, specific }: Scoring,
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
  const rule = ruleFor(query.kind);
  const values = sentences.map((sentence) =>
    rule.values(sentence, query, lexicon).filter((value) => !echoesQuestion(value, query)),
  );
  const heading = passage.chunk.metadata.title.trim();
  const specificTotal = specific.reduce((sum, weight) => sum + weight, 0);
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
    const held = values[position] ?? [];
    const fromAntecedent = leans && held.length === 0 ? (values[position - 1] ?? []) : [];
    return {
      sentence,
      passage,
      passageRank: rank,
      position,
      language: passage.chunk.metadata.language,
      credits,
      ownCredits: own[position] ?? [],
      coverage,
      ownCoverage: weightedShare(own[position] ?? [], weights, total),
      specificCoverage: specificTotal === 0 ? 1 : weightedShare(credits, specific, specificTotal),
      fitsKind: held.length + fromAntecedent.length > 0,
      values: held.length > 0 ? held : fromAntecedent,
      furniture: isFurniture(sentence) || isTitle(sentence, heading),
      leansOnPrevious: leans,
      score: 0,
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
  const words = new AnalyzedText(text, analyzer);
  const measures = concepts.some((concept) => concept.measure) ? measuresIn(text) : undefined;
  return concepts.map((concept) =>
    concept.measure !== undefined &&
    measuresAnswering(concept.measure).some((measure) => measures?.has(measure))
      ? 1
      : concept.alternatives.reduce(
          (best, alternative) =>
            words.expresses(alternative) ? Math.max(best, alternative.weight) : best,
          0,
        ),
  );
}

/** A line that repeats the document's title, or the title without its site name. */
function isTitle(sentence: string, title: string): boolean {
  const line = sentence.trim();
  if (line === title) return true;
  return line.length >= MIN_TITLE_CHARACTERS && title.startsWith(line);
}

/**
 * A value the question itself states ("2022" in "when was the 2022 conference held?",
 * "Shanghai" in "where is the North Shanghai park?", "Liu Ping" for "刘平是谁") is no answer
 * to it: the value is written in the question, or lies wholly inside one of its words.
 */
function echoesQuestion(value: KindValue, query: Query): boolean {
  const asked = matchingKey(query.text).replace(/\s+/g, '');
  const said = [value.text, value.said.en, value.said.zh].map((text) =>
    matchingKey(text).replace(/\s+/g, '').replace(/年$/, ''),
  );
  // A short figure ("5", "18") is too common to call an echo; a year or a name is not.
  const long = (core: string) => (/^\d+$/.test(core) ? core.length >= 4 : core.length >= 2);
  if (said.some((core) => long(core) && asked.includes(core))) return true;
  const words = valueWords(value.text);
  if (words.length === 0) return false;
  return query.concepts.some(
    (concept) =>
      !concept.fromContext &&
      concept.alternatives.some((alternative) =>
        words.every((word) => alternative.terms.some((term) => term.includes(word))),
      ),
  );
}

/** The index terms of a value's words: English words stemmed, Chinese text as it stands. */
function valueWords(text: string): string[] {
  if (hasHan(text)) return [matchingKey(text)];
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => englishTerm(word))
    .filter((term): term is string => term !== null);
}
