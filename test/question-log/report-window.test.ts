import { describe, expect, it } from 'vitest';
import { dayOf, daysEndingOn, reportWindow } from '../../src/question-log/report-window.js';

describe('the days of a report', () => {
  it.each([
    ['2025-06-30T15:59:59Z', 'Asia/Shanghai', '2025-06-30'],
    ['2025-06-30T16:00:00Z', 'Asia/Shanghai', '2025-07-01'],
    ['2025-06-30T16:00:00Z', 'UTC', '2025-06-30'],
    ['2025-01-01T03:00:00Z', 'America/New_York', '2024-12-31'],
  ])('put %s on the day of %s it was there: %s', (instant, timeZone, expected) => {
    expect(dayOf(new Date(instant), timeZone)).toBe(expected);
  });

  it.each([
    ['2025-03-02', 3, ['2025-02-28', '2025-03-01', '2025-03-02']],
    ['2024-03-01', 2, ['2024-02-29', '2024-03-01']],
    ['2025-01-01', 2, ['2024-12-31', '2025-01-01']],
  ])('ending on %s, %i of them, are %j', (lastDay, count, expected) => {
    expect(daysEndingOn(lastDay, count)).toEqual(expected);
  });

  it('are the last 30 by default, today included', () => {
    const window = reportWindow({
      now: new Date('2025-06-30T23:00:00Z'),
      timeZone: 'Asia/Shanghai',
    });
    expect(window.days).toHaveLength(30);
    expect([window.days[0], window.days.at(-1)]).toEqual(['2025-06-02', '2025-07-01']);
  });
});
