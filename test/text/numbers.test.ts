/** Numbers written either way, and Chinese numerals that are only part of a word. */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/text/numbers.js';

const values = (text: string) => findNumbers(text).map(({ value }) => value);

describe('numbers in a text', () => {
  it('reads a figure the same in English and Chinese', () => {
    expect(values('more than 10 billion yuan')).toEqual([1e10]);
    expect(values('投资总额超100亿元')).toEqual([1e10]);
    expect(values('二百余家相关企业')).toEqual([200]);
    expect(values('130,000 square meters')).toEqual([130000]);
    expect(values('~1.8 bn yuan, US$300mn')).toEqual([1.8e9, 3e8]);
  });

  it('counts a one-character numeral that counts or orders something', () => {
    expect(values('做大做强集成电路、人工智能和生物医药三大产业')).toEqual([3]);
    expect(values('第六届生物药物创新及研发国际研讨会')).toEqual([6]);
  });

  it('leaves numerals that are part of a word, and years, alone', () => {
    expect(values('打造成长三角生物医药产业高质量集群发展承载区')).toEqual([]);
    expect(values('一对一全程帮办服务')).toEqual([]);
    expect(values('in 2020')).toEqual([]);
  });

  it.each([
    ['园区共有员工2000余名', [2000]],
    ['可吸纳2000多人就业', [2000]],
    ['the 2022 projects', []],
    ['成立于2000年', []],
    ['In 2021 the park opened', []],
  ])('reads a number written like a year as a count only when it counts: %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('leaves a number that is part of a name alone', () => {
    expect(values('a single-dose COVID-19 vaccine, 200 million doses a year')).toEqual([2e8]);
  });
});

describe('number words inside other words', () => {
  it('does not count "one-to-one" or "one-stop", but counts "twenty-five"', () => {
    expect(values('one-to-one service and a one-stop shop')).toEqual([]);
    expect(values('twenty-five companies')).toEqual([25]);
  });
});
