import { describe, expect, it } from 'vitest';
import { findDates, renderDate } from './dates.js';

const read = (text: string) =>
  findDates(text).map(({ start, end, ...date }) => ({ text: text.slice(start, end), ...date }));

describe('dates in either language', () => {
  it.each([
    ['on 9 December 2020 in Luodian', { text: '9 December 2020', year: 2020, month: 12, day: 9 }],
    [
      'On December 9, 2020, ground was broken',
      { text: 'December 9, 2020', year: 2020, month: 12, day: 9 },
    ],
    ['opening planned for September 2022', { text: 'September 2022', year: 2022, month: 9 }],
    ['held on Nov. 28', { text: 'Nov. 28', month: 11, day: 28 }],
    ['2020年12月9日上午举行', { text: '2020年12月9日', year: 2020, month: 12, day: 9 }],
    ['预计2022年9月竣工', { text: '2022年9月', year: 2022, month: 9 }],
    ['12月9日上午', { text: '12月9日', month: 12, day: 9 }],
    ['今年4月，园区被授牌', { text: '4月', month: 4 }],
    ['by 2025 the park', { text: '2025', year: 2025 }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('does not read a quantity as a day', () => {
    expect(read('March 15 years after')).toEqual([]);
    expect(read('130,000 square meters')).toEqual([]);
  });

  it.each([
    [{ year: 2020, month: 12, day: 9 }, 'en', '9 December 2020'],
    [{ year: 2022, month: 9 }, 'en', 'September 2022'],
    [{ year: 2020, month: 12, day: 9 }, 'zh', '2020年12月9日'],
    [{ month: 11, day: 28 }, 'zh', '11月28日'],
  ] as const)('%j in %s is %s', (date, language, rendered) => {
    expect(renderDate({ start: 0, end: 0, ...date }, language)).toBe(rendered);
  });
});
