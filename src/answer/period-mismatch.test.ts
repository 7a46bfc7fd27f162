import { describe, expect, it } from 'vitest';
import { periodMismatch } from './period-mismatch.js';

describe("a sentence whose period is not the question's", () => {
  it.each([
    // Part of a year for the whole year, and the other way round.
    [
      "What was Songjiang's full-year 2021 biomedical output?",
      'In the first half of 2021 the output reached 6.35 billion yuan.',
      true,
    ],
    ['2021年宝山生物医药产值是多少？', '2021年1至9月，全区生物医药制造业产值达到37.51亿元。', true],
    ['2022年上半年产值多少？', '2022年上半年，规上工业产值21.6亿元。', false],
    ['2022年上半年产值多少？', '2022年全区生物医药工业总产值33.64亿元。', true],
    [
      'What was the output in the first half of 2022?',
      'In 2022 the output reached 3.36 billion yuan.',
      true,
    ],
    [
      'What was the output in January-September 2021?',
      'From January to September 2021 the output reached 3.75 billion yuan.',
      false,
    ],
    // A running total for one year.
    [
      'How many Class 1 drugs did Shanghai approve in 2024 alone?',
      'Since 2021, 19 Class 1 innovative drugs have been approved.',
      true,
    ],
    ['2024年上海批准了多少个1类创新药？', '2019年以来累计获批1类创新药28个。', true],
    [
      'How many drugs have been approved since 2021?',
      'Since 2021, 19 drugs have been approved.',
      false,
    ],
    // A figure for the year.
    ['2022年宝山生物医药产值是多少？', '2022年全区生物医药工业总产值33.64亿元。', false],
    ['How many companies signed in 2020?', 'Nine companies signed in 2020.', false],
  ])('%s | %s → %s', (question, sentence, expected) => {
    expect(periodMismatch(question, sentence)).toBe(expected);
  });
});
