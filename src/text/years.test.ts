import { describe, expect, it } from 'vitest';
import { figureYearsIn, yearsIn } from './years.js';

describe('years in a text', () => {
  it.each([
    ['2024年上海生物医药产业规模达9847亿元。', [2024]],
    ['Between 2020 and 2022 output grew by 53% a year.', [2020, 2022]],
    ['Revenue was 40,341 million yuan; 12024 units shipped.', []],
  ])('%s names %j', (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });

  it.each([
    ['2022　未单独披露　全区生物医药工业总产值33.64亿元　2023年5月报道', [2022]],
    ['2023　近400家　年均增速超53%　2023年5月及10月报道', [2023]],
    ['Output reached 3.36 billion yuan in 2022, reported in May 2023.', [2022]],
    ['2024年发布的数据显示，2023年产值为1860亿元。', [2023]],
    ['2023年产值为1860亿元。', [2023]],
  ])('%s gives figures for %j, not for the date it was reported', (text, years) => {
    expect(figureYearsIn(text)).toEqual(years);
  });
});
