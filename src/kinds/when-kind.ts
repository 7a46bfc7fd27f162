/**
 * "When…", "which year…", "什么时候", "哪一年": the answer holds a date, a year or a day.
 */
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';
import { detectByPatterns, matchedValues, type QuestionKindRule } from './question-kind.js';

/** A year, a month and day, a day of the month, a weekday, or a relative day, in either language. */
const DATE = new RegExp(
  [
    `\\b${ENGLISH.yearDigits}\\b`,
    `\\b${ENGLISH.monthPattern} \\d{1,2}\\b`,
    String.raw`\d{1,2}(st|nd|rd|th)\b`,
    CHINESE.dayPattern,
    CHINESE.yearPattern,
    `\\b(${ENGLISH.weekdays.join('|')})\\b`,
  ].join('|'),
  'gi',
);

export const whenKind: QuestionKindRule = {
  kind: 'when',
  detect: detectByPatterns({
    en: [/\bwhen\b/i, /\b(what|which) (year|date|day|month|time)\b/i],
    zh: [/什么时候|何时|哪一?年|哪天|几月|几号|日期|时间/],
  }),
  passages: 6,
  asksForValue: true,
  values: (sentence) => matchedValues(sentence, DATE),
};
