/**
 * The days a report covers: the last N calendar days, today included, in the time zone the
 * admins live in (the server's own unless told), so that "today" means their today.
 */
import type { LoggedQuestion } from './logged-question.js';

export interface ReportWindow {
  /** The days covered, oldest first, as YYYY-MM-DD. */
  days: string[];
  timeZone: string;
}

export interface WindowOptions {
  now: Date;
  /** How many days, today included; 30 by default. */
  days?: number;
  /** An IANA time zone ("Asia/Shanghai"); the server's by default. */
  timeZone?: string;
}

export const DEFAULT_REPORT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The window of a report made at `now`. */
export function reportWindow(options: WindowOptions): ReportWindow {
  const timeZone = options.timeZone ?? localTimeZone();
  const count = options.days ?? DEFAULT_REPORT_DAYS;
  const today = dayOf(options.now, timeZone);
  return { days: daysEndingOn(today, count), timeZone };
}

/**
 * The earliest instant a window can hold, to read from the log: a day more than the window,
 * since its first day started earlier or later than `now` by the zone's offset.
 */
export function windowStart(options: WindowOptions): Date {
  const days = (options.days ?? DEFAULT_REPORT_DAYS) + 1;
  return new Date(options.now.getTime() - days * DAY_MS);
}

/** The questions asked on the window's days. */
export function inWindow(
  questions: readonly LoggedQuestion[],
  window: ReportWindow,
): LoggedQuestion[] {
  const days = new Set(window.days);
  return questions.filter((question) => days.has(dayOf(question.askedAt, window.timeZone)));
}

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function dayOf(instant: Date, timeZone: string): string {
  return formatterFor(timeZone).format(instant);
}

/** The `count` days that end with `lastDay`, oldest first. */
export function daysEndingOn(lastDay: string, count: number): string[] {
  const [year, month, day] = lastDay.split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, index) =>
    new Date(Date.UTC(year, month - 1, day - (count - 1 - index))).toISOString().slice(0, 10),
  );
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// Making a formatter costs far more than formatting: a report formats every question's time.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // en-CA writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
