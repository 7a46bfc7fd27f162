/**
 * Years: written in digits in both languages ("2024", "2024年"). One pattern for every rule
 * that looks for a year in a question, a sentence or an index term.
 */
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';

/** A year in digits not inside a longer number ("2024", "2024年", not "12024" or "2024.5"). */
const YEAR_IN_TEXT = new RegExp(`(?<![\\d.])(${ENGLISH.yearDigits})(?![\\d.])`, 'g');
const YEAR_TERM = new RegExp(`^${ENGLISH.yearDigits}$`);

/** The years a text names, in order. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR_IN_TEXT)].map((match) => Number(match[1]));
}

/**
 * The years a text gives its figures for: not the date of a report it cites ("全区总产值33.64亿元
 * 2023年5月报道" is a figure of an earlier year, reported in 2023).
 */
export function figureYearsIn(text: string): number[] {
  return yearsIn(text.replace(CHINESE.reportDate, ' ').replace(ENGLISH.reportDate, ' '));
}

/** True when a text names a year. */
export function namesYear(text: string): boolean {
  return yearsIn(text).length > 0;
}

/** The year an index term or a number is, if it is one ("2024" → 2024). */
export function yearOfTerm(term: string): number | undefined {
  return YEAR_TERM.test(term) ? Number(term) : undefined;
}

/** The year of a document date ("2020-11-28" → 2020), or `null`. */
export function yearOf(date: string | null): number | null {
  const match = date === null ? null : /^(\d{4})/.exec(date);
  return match ? Number(match[1]) : null;
}
