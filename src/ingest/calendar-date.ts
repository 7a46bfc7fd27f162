/**
 * Dates as admins write them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and only dates the calendar
 * has. JavaScript's `Date` (and YAML 1.1 timestamps) roll 2025-02-30 over to March 2 and
 * 2025-13-45 to 2026-02-14 without a word, so a typo would become another, plausible date
 * that "latest" and "in 2026" then trust; here it is refused with what is wrong.
 */

/** A year, optionally with a month, optionally with a day. */
const DATE_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
  ['January', 31],
  ['February', 28],
  ['March', 31],
  ['April', 30],
  ['May', 31],
  ['June', 30],
  ['July', 31],
  ['August', 31],
  ['September', 30],
  ['October', 31],
  ['November', 30],
  ['December', 31],
] as const;

/**
 * What is wrong with `value` as a date, phrased to follow "field 'date' ", or `null` when it
 * is a date the calendar has.
 */
export function calendarDateProblem(value: string): string | null {
  const parts = DATE_FORM.exec(value);
  if (parts === null) return `must be YYYY, YYYY-MM or YYYY-MM-DD, got '${value.slice(0, 40)}'`;
  const [, year = '', month, day] = parts;
  if (month === undefined) return null;
  const known = MONTHS[Number(month) - 1];
  if (known === undefined) return notACalendarDate(value, `there is no month ${month}`);
  if (day === undefined) return null;
  const days = daysIn(Number(year), Number(month));
  if (Number(day) >= 1 && Number(day) <= days) return null;
  return notACalendarDate(value, `${known[0]} ${year} has ${days} days`);
}

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and the calendar has it. */
export function isCalendarDate(value: string): boolean {
  return calendarDateProblem(value) === null;
}

function notACalendarDate(value: string, reason: string): string {
  return `is ${value}, which is not a calendar date (${reason}); write the real date as YYYY-MM-DD`;
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2 && leap) return 29;
  return MONTHS[month - 1]?.[1] ?? 0;
}
