import { describe, expect, it } from 'vitest';
import { calendarDateProblem } from './calendar-date.js';

describe('dates the calendar has', () => {
  it.each([
    ['2025'],
    ['2025-06'],
    ['2025-06-30'],
    ['2025-02-28'],
    ['2024-02-29'], // a leap year
    ['2000-02-29'], // divisible by 400: a leap year
    ['2025-12-31'],
    ['2025-01-01'],
  ])('accepts %s', (value) => {
    expect(calendarDateProblem(value)).toBeNull();
  });

  it.each([
    ['2025-02-30', 'February 2025 has 28 days'],
    ['2025-02-29', 'February 2025 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'], // divisible by 100 but not by 400
    ['2024-02-30', 'February 2024 has 29 days'],
    ['2025-04-31', 'April 2025 has 30 days'],
    ['2025-06-00', 'June 2025 has 30 days'],
    ['2025-13-45', 'there is no month 13'],
    ['2025-00', 'there is no month 00'],
    ['2025-13', 'there is no month 13'],
  ])('refuses %s: %s', (value, reason) => {
    expect(calendarDateProblem(value)).toBe(
      `is ${value}, which is not a calendar date (${reason}); write the real date as YYYY-MM-DD`,
    );
  });

  it.each([['2025-6-30'], ['30/06/2025'], ['June 2025'], ['2025-06-30T08:00:00Z'], ['']])(
    'refuses %j as not written YYYY, YYYY-MM or YYYY-MM-DD',
    (value) => {
      expect(calendarDateProblem(value)).toMatch(/^must be YYYY, YYYY-MM or YYYY-MM-DD, got '/);
    },
  );
});
