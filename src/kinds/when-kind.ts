/**
 * "When…", "which year…", "什么时候", "哪一年": the answer holds a date, a year, a day or a
 * weekday, said in the asker's language ("2022年9月" is "September 2022" to an English reader).
 */
import { ENGLISH } from '../language/english.js';
import { type DateMention, findDates, renderDate } from '../text/dates.js';
import {
  askingWord,
  detectByPatterns,
  type KindValue,
  matchedValues,
  type QuestionKindRule,
} from './question-kind.js';

const WEEKDAY = new RegExp(
  `\\b(?:${ENGLISH.weekdays.join('|')})\\b|星期[一二三四五六日天]|周[一二三四五六日]`,
  'gi',
);

/** Questions that ask for a day or a month, which a year alone does not answer. */
const ASKS_FOR_DAY = /哪一?天|几号|几月几日|\b(?:what|which) (?:date|day)\b|\bon what day\b/i;
const ASKS_FOR_MONTH = /哪个月|几月|\b(?:what|which) month\b/i;
/** Questions that ask for a year, which a day and month alone ("9月7日") do not answer. */
const ASKS_FOR_YEAR = /哪一?年|\b(?:what|which) year\b/i;

/** The dates of a sentence as precise as the question asks, then its weekdays ("on Saturday"), each said in both languages. */
function dates(sentence: string, question: string): KindValue[] {
  const precise = (date: DateMention) => {
    if (ASKS_FOR_DAY.test(question)) return date.day !== undefined;
    if (ASKS_FOR_MONTH.test(question)) return date.month !== undefined;
    return !ASKS_FOR_YEAR.test(question) || date.year !== undefined;
  };
  const found: KindValue[] = findDates(sentence)
    .filter(precise)
    .map((date) => ({
      text: sentence.slice(date.start, date.end),
      start: date.start,
      end: date.end,
      said: { en: renderDate(date, 'en'), zh: renderDate(date, 'zh') },
    }));
  return found.length > 0 || ASKS_FOR_YEAR.test(question)
    ? found
    : matchedValues(sentence, WEEKDAY);
}

export const whenKind: QuestionKindRule = {
  kind: 'when',
  detect: detectByPatterns({
    en: [askingWord('when'), /\b(what|which) (year|date|day|month|time)\b/i],
    zh: [/什么时候|何时|哪一?年|哪一?天|几月|几号|日期|时间/],
  }),
  passages: 5,
  asksForValue: true,
  values: (sentence, query) => dates(sentence, query.text),
};
