import { describe, expect, it } from 'vitest';
import { leansOnPrevious } from '../../src/text/anaphora.js';

describe('sentences that refer back', () => {
  it.each([
    'It belongs to the Shanghai International Biopharma Sector Full week.',
    '“AI and also man-made biology are reshaping medicine,” he stated via video clip message.',
    'They shared their latest research.',
    '他表示，宝山将加快载体建设。',
    '该项目总投资50亿元。',
  ])('leans on the sentence before: %s', (sentence) => {
    expect(leansOnPrevious(sentence)).toBe(true);
  });

  it.each([
    'It is expected that the park will open next year.',
    'The 2024 Meilan Lake Biopharma Development Meeting began on Friday in Baoshan.',
    'Italy and Germany sent delegations.',
    '宝山区组建成立专家咨询委员会。',
  ])('stands on its own: %s', (sentence) => {
    expect(leansOnPrevious(sentence)).toBe(false);
  });
});
