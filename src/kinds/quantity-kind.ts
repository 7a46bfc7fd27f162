/**
 * "How much…", "how many…", "投资多少", "占地多大": the answer is a number, of the kind of
 * quantity the question names when it names one ("how much land" wants square meters, not
 * yuan). A day of the month ("28 November", "11月28日") is a date, not a quantity.
 */
import { ENGLISH } from '../language/english.js';
import type { Concept } from '../retrieval/build-query.js';
import { measureMentions, measureNamedBy } from '../text/measures.js';
import { findNumbers, type NumberMention } from '../text/numbers.js';
import { ROLE_WEIGHTS } from '../text/word-roles.js';
import { detectByPatterns, type KindValue, type QuestionKindRule } from './question-kind.js';

const MONTH_BEFORE = new RegExp(`${ENGLISH.monthPattern}\\s*$`, 'i');
const MONTH_AFTER = new RegExp(
  `^(st|nd|rd|th)?\\s*(of\\s+)?${ENGLISH.monthPattern}|^\\s*[月日号]`,
  'i',
);

/** "28 November", "March 15th", "11月28日": a day of the month is a date, not a quantity. */
function isDayOfMonth(sentence: string, mention: NumberMention): boolean {
  return (
    MONTH_BEFORE.test(sentence.slice(Math.max(0, mention.start - 12), mention.start)) ||
    MONTH_AFTER.test(sentence.slice(mention.end, mention.end + 14))
  );
}

/**
 * Marks the words that name the kind of quantity asked for ("how much land", "投资多少",
 * "占地多少"); a verb only when it names the quantity as a verb ("invest", not "have landed").
 */
function withMeasures(concepts: Concept[]): Concept[] {
  return concepts.map((concept) => {
    const own = concept.alternatives.find((alternative) => alternative.route === 'word');
    const asVerb = concept.role < ROLE_WEIGHTS.verbalNoun;
    const measure =
      own?.terms.length === 1 ? measureNamedBy(own.terms[0] as string, asVerb) : undefined;
    return measure === undefined ? concept : { ...concept, measure };
  });
}

export const quantityKind: QuestionKindRule = {
  kind: 'quantity',
  detect: detectByPatterns({
    en: [
      /\bhow (much|many|large|big|long)\b/i,
      /\bwhat (is|was|were) the (total|number|amount|size|scale|value)\b/i,
      /\bnumber of\b/i,
    ],
    zh: [/多少|几[个家项名位次年亿万]|多大|多高|多长|规模|总额|数量/],
  }),
  passages: 6,
  asksForValue: true,
  prepare: withMeasures,
  values(sentence, query): KindValue[] {
    const measure = query.concepts.find((concept) => concept.measure)?.measure;
    if (measure !== undefined)
      return measureMentions(sentence)
        .filter((mention) => mention.measure === measure)
        .map(({ start, end }) => ({ text: sentence.slice(start, end), start, end }));
    return findNumbers(sentence)
      .filter((mention) => !isDayOfMonth(sentence, mention))
      .map(({ start, end }) => ({ text: sentence.slice(start, end), start, end }));
  },
};
