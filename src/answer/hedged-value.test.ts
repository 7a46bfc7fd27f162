import { describe, expect, it } from 'vitest';
import { valueAt } from '../kinds/question-kind.js';
import { asksAboutPlans, isHedged } from './hedged-value.js';

/** The sentence's value is the first occurrence of `value`. */
function hedged(sentence: string, value: string): boolean {
  const start = sentence.indexOf(value);
  return isHedged(sentence, valueAt(sentence, start, start + value.length));
}

describe('a value under a plan, a target or an expectation', () => {
  it.each([
    [
      'The city aims for an industry scale above 900 billion yuan in 2023.',
      '900 billion yuan',
      true,
    ],
    [
      'The park is expected to house 100 companies employing about 1,000 people.',
      '1,000 people',
      true,
    ],
    ['It had planned investment of 20 billion yuan.', '20 billion yuan', true],
    ['园区建成后可容纳约100家企业，年税收预计超1亿元。', '1亿元', true],
    ['2023年上海生物医药产业规模的目标是超过9000亿元。', '9000亿元', true],
    ['2024年总产出有望超过300亿元。', '300亿元', true],
    [
      'It covers 30,000 square meters and can turn out 200 million doses a year.',
      '200 million doses',
      true,
    ],
    ['基地年产能可达2亿剂。', '2亿剂', true],
    // A clause break ends the hedge's reach; a comma inside a number does not.
    [
      'Output is expected to grow, and it reached 33.6 billion yuan in 2022.',
      '33.6 billion yuan',
      false,
    ],
    ['The park employs 1,000 people.', '1,000 people', false],
    ['项目占地约61亩，预计2024年年中交付。', '61亩', false],
    ['规上企业将近70家。', '70家', false],
    ['全区生物医药工业总产值33.64亿元，同比增长24.7%。', '33.64亿元', false],
  ])('%s (%s) → %s', (sentence, value, expected) => {
    expect(hedged(sentence, value)).toBe(expected);
  });
});

describe('a question about plans or the future', () => {
  it.each([
    ["What is Jiading's expected output for 2024?", true],
    ['What will the park be used for?', true],
    ['宝山下一步要重点提升园区哪几个方面？', true],
    ['2023年的目标产值是多少？', true],
    ['What was the output in 2023?', false],
    ['宝山的主要企业有哪些？', false],
    ['生物医药企业有多少家？', false],
  ])('%s → %s', (question, expected) => {
    expect(asksAboutPlans(question)).toBe(expected);
  });
});
