/**
 * Time in a question: "in 2024" and "2024年" restrict answers to that year, "this year" and
 * "今年" to the current one, "latest" and "最新" prefer the newest documents.
 */
import type { Language } from '../text/detect-language.js';
import { yearsIn } from '../text/years.js';

export type TimeScope =
  | { kind: 'any' }
  | { kind: 'latest' }
  | { kind: 'year'; year: number; relative: boolean };

/** The time scope of a question asked on `now`. */
export function detectTimeScope(question: string, language: Language, now: Date): TimeScope {
  const relative = relativeYear(question, language, now.getFullYear());
  if (relative !== null) return { kind: 'year', year: relative, relative: true };
  const years = new Set(yearsIn(question));
  if (years.size === 1) return { kind: 'year', year: [...years][0] as number, relative: false };
  if (years.size === 0 && asksForLatest(question, language)) return { kind: 'latest' };
  return { kind: 'any' };
}

function relativeYear(question: string, language: Language, year: number): number | null {
  if (language === 'zh') {
    if (/今年|本年度/.test(question)) return year;
    if (/去年|上一年/.test(question)) return year - 1;
    return null;
  }
  if (/\b(this|current) year\b/i.test(question)) return year;
  if (/\b(last|previous) year\b/i.test(question)) return year - 1;
  return null;
}

function asksForLatest(question: string, language: Language): boolean {
  if (language === 'zh') return /最新|最近|近期|目前|现在|如今|眼下|当前/.test(question);
  return /\b(latest|most recent|newest|recent(ly)?|current(ly)?|now|these days|nowadays|at present|at the moment)\b/i.test(
    question,
  );
}

/**
 * Words that only say when ("latest", "this year", "最新") or, for "the latest report", what
 * sort of document: the time scope handles them, so they are not concepts to match. English
 * words are given as index terms (stemmed).
 */
const TIME_WORDS: Record<TimeScope['kind'], ReadonlySet<string>> = {
  any: new Set(),
  latest: new Set(
    'latest recent newest new current last year report articl document updat stori event develop dai nowadai present moment 最新 最近 近期 目前 现在 如今 眼下 当前 报道 新闻 文章 文档 动态 消息 活动 事件'.split(
      ' ',
    ),
  ),
  year: new Set(['year', '今年', '去年', '本年度']),
};

/** True when an index term only says when (given the question's time scope). */
export function isTimeWord(term: string, scope: TimeScope): boolean {
  return TIME_WORDS[scope.kind].has(term);
}
