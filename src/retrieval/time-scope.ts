/**
 * Time in a question: "in 2024" and "2024年" restrict answers to that year, "this year" and
 * "今年" to the current one, "latest" and "最新" prefer the newest documents.
 */
import type { Language } from '../text/detect-language.js';

export type TimeScope =
  | { kind: 'any' }
  | { kind: 'latest' }
  | { kind: 'year'; year: number; relative: boolean };

const YEAR = /(?<![\d.])((?:19|20)\d{2})(?![\d.])/g;

/** The time scope of a question asked on `now`. */
export function detectTimeScope(question: string, language: Language, now: Date): TimeScope {
  const relative = relativeYear(question, language, now.getFullYear());
  if (relative !== null) return { kind: 'year', year: relative, relative: true };
  const years = new Set([...question.matchAll(YEAR)].map((match) => Number(match[1])));
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
  if (language === 'zh') return /最新|最近|近期|目前|现在/.test(question);
  return /\b(latest|most recent|newest|recent(ly)?|current(ly)?|now)\b/i.test(question);
}

/** The year of a document date ("2020-11-28" → 2020), or `null`. */
export function yearOf(date: string | null): number | null {
  const match = date === null ? null : /^(\d{4})/.exec(date);
  return match ? Number(match[1]) : null;
}
