/**
 * Finds the sentences that answer a query in the retrieved passages. A sentence's coverage
 * is the share of the question's concepts (weighted by importance) that it, or its close
 * context, expresses: neighbouring sentences and the document title count for less than the
 * sentence itself. Coverage decides whether the knowledge base answers the question at all.
 */
import type { GlossaryMatch, Lexicon } from '../lexicon/lexicon.js';
import type { Alternative, Concept, Query } from '../retrieval/build-query.js';
import type { RankedPassage } from '../retrieval/retrieve.js';
import { yearOf } from '../retrieval/time-scope.js';
import { type Analyzer, englishTerm, hasHan, matchingKey } from '../text/analyzer.js';
import { leansOnPrevious } from '../text/anaphora.js';
import type { Language } from '../text/detect-language.js';
import { type Measure, measuresIn } from '../text/measures.js';
import { findNumbers, type NumberMention } from '../text/numbers.js';
import { splitSentences } from '../text/split-sentences.js';

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
  if (phrase.every(hasHan)) return text.normalize('NFKC').includes(phrase.join(''));
  const latin = sequence.filter((term) => !hasHan(term) && !term.startsWith('#'));
  const wanted = phrase.filter((term) => !hasHan(term));
  for (let start = 0; start + wanted.length <= latin.length; start += 1) {
    if (!wanted.every((term, i) => latin[start + i] === term)) continue;
    // "Shanghai Pharmaceutical Industry Association" is not "Shanghai Pharmaceutical".
    if (ORGANIZATION_WORDS.has(latin[start + wanted.length] ?? '')) continue;
    return phrase.every((term) => !hasHan(term) || text.includes(term));
  }
  return false;
}

/** Words that make a name the start of a longer organization's name. */
const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  [
    'industry',
    'association',
    'commission',
    'committee',
    'institute',
    'center',
    'centre',
    'council',
    'bureau',
    'federation',
    'society',
    'alliance',
    'chamber',
    'branch',
  ].map((word) => englishTerm(word) ?? word),
);

const DATE =
  /\b(19|20)\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2}(st|nd|rd|th)\b|\d+月\d+日|\d{4}年|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|今天|昨天|星期|周[一二三四五六日]/i;
const ROLE =
  '[Ss]ecretary|[Mm]ayor|[Cc]hairman|[Dd]irector|[Ss]upervisor|[Pp]resident|[Hh]ead|[Cc]hief|[Dd]eputy|[Vv]ice|[Rr]eporter|[Pp]rofessor';
const TITLED_PERSON = new RegExp(
  [
    String.raw`\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|Academician|Secretary|Mayor|Chairman|Director|President|Minister|Reporter)\.? [A-Z][a-z]+`,
    String.raw`\b[A-Z][a-z]+ [A-Z][a-z]+,? (?:said|says|told|stated|added|noted|pointed|stressed|mentioned|recommended)\b`,
    String.raw`\b[A-Z][a-z]+ [A-Z][a-z]+, (?:the |a |an )?(?:[A-Za-z]+ )?(?:${ROLE})`,
    String.raw`(?:书记|区长|市长|主任|院士|局长|教授|博士|主席|会长)\s*\p{Script=Han}{2,3}`,
  ].join('|'),
  'u',
);
/** A report's byline: "China News Service, November 28 (Wang Zitao)", "(记者 郭剑烽)". */
const BYLINE = new RegExp(
  [
    String.raw`\b[A-Z][a-z]+\.? \d{1,2},? \((?:[A-Z][a-z]+ )+[A-Z][a-z]+\)`,
    String.raw`记者\s*\p{Script=Han}{2,3}`,
  ].join('|'),
  'u',
);
/** A question about who wrote a report, which its byline answers. */
const ASKS_FOR_AUTHOR =
  /\b(?:wr(?:ote|ite|ites|itten|iter)|report(?:ed|er|ers)?|authors?|authored|journalists?|byline)\b|记者|写|报道|作者|撰稿|执笔/i;
const ENGLISH_PLACE =
  /\b(?:in|at|near) ((?:[A-Z][a-z]+ )*[A-Z][a-z]+)|\b((?:[A-Z][a-z]+ )+(?:Town|District|City|County|Province))\b/g;
const CHINESE_PLACE = /\p{Script=Han}{1,4}(?:镇|区|市|县|省)/gu;

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const MONTH_BEFORE = new RegExp(`${MONTH}\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^(st|nd|rd|th)?\\s*(of\\s+)?${MONTH}|^\\s*[月日号]`, 'i');

/** "28 November", "March 15th", "11月28日": a day of the month is a date, not a quantity. */
function isDayOfMonth(sentence: string, mention: NumberMention): boolean {
  return (
    MONTH_BEFORE.test(sentence.slice(Math.max(0, mention.start - 12), mention.start)) ||
    MONTH_AFTER.test(sentence.slice(mention.end, mention.end + 14))
  );
}

function holdsQuantity(sentence: string, measure: Measure | undefined): boolean {
  if (measure !== undefined) return measuresIn(sentence).has(measure);
  return findNumbers(sentence).some((mention) => !isDayOfMonth(sentence, mention));
}

/** True when a sentence names a place the question does not ("Where is the park?" → "in Luodian Town"). */
function namesNewPlace(sentence: string, question: string, lexicon: Lexicon): boolean {
  const asked = new Set(lexicon.findGlossaryNames(question).map((match) => match.entry));
  const named = lexicon.findGlossaryNames(sentence);
  if (named.some((match) => match.entry.kind === 'place' && !asked.has(match.entry))) return true;
  const questionKey = question.toLowerCase();
  const places = [...sentence.matchAll(ENGLISH_PLACE)]
    .map((match) => match[1] ?? match[2] ?? '')
    .concat(chinesePlaces(sentence, named));
  return places.some((place) => place !== '' && !questionKey.includes(place.toLowerCase()));
}

/** Chinese place names ("罗店镇"), not those inside another name (宝山区生物医药产业专家咨询委员会). */
function chinesePlaces(sentence: string, named: readonly GlossaryMatch[]): string[] {
  const others = named.filter((match) => match.entry.kind !== 'place');
  // The match may start before the name ("成立宝山区"): where its 区 or 镇 falls decides.
  return [...matchingKey(sentence).matchAll(CHINESE_PLACE)]
    .filter(({ index = 0, 0: place }) => {
      const suffix = index + place.length - 1;
      return !others.some((match) => match.start <= suffix && suffix < match.end);
    })
    .map(([place]) => place);
}

/**
 * True when a sentence holds what the question's kind asks for: a number (of the kind of
 * quantity asked for, when the question names one), a date, a person, a place.
 */
function fitsKind(query: Query, sentence: string, lexicon: Lexicon): boolean {
  switch (query.kind) {
    case 'quantity':
      return holdsQuantity(sentence, query.concepts.find((concept) => concept.measure)?.measure);
    case 'when':
      return DATE.test(sentence);
    case 'who':
      return (
        TITLED_PERSON.test(sentence) ||
        (ASKS_FOR_AUTHOR.test(query.text) && BYLINE.test(sentence)) ||
        lexicon.findGlossaryNames(sentence).some((match) => match.entry.kind === 'person')
      );
    case 'where':
      return namesNewPlace(sentence, query.text, lexicon);
    default:
      return false;
  }
}
