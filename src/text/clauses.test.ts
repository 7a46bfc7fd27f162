import { describe, expect, it } from 'vitest';
import { clauseAfter, clauseBefore } from './clauses.js';

describe('the clause around a position', () => {
  it.each([
    ['项目占地约61亩，总建筑面积约18.6万平方米', '18.6', '总建筑面积约'],
    [
      'It employs 1,000 people and is expected to hire 300',
      '300',
      'It employs 1,000 people and is expected to hire ',
    ],
    ['Output grew, and it reached 33.6 billion yuan', '33.6', ' and it reached '],
    ['研发、临床等8个方面', '8', '临床等'],
  ])('before the figure in %s (%s): %s', (text, figure, clause) => {
    expect(clauseBefore(text, text.indexOf(figure), 60)).toBe(clause);
  });

  it('reaches back no further than asked', () => {
    expect(clauseBefore('the park is expected to house', 29, 8)).toBe('to house');
  });

  it.each([
    ['It covers 200 mu of land, with a floor area of 146,000 square meters', 'mu', 'mu of land'],
    ['占地约61亩；建筑面积约18.6万平方米', '亩', '亩'],
    ['a floor area of 146,000 square meters', '146', '146,000 square meters'],
  ])('from %s at %s: %s', (text, at, clause) => {
    expect(clauseAfter(text, text.indexOf(at), 40)).toBe(clause);
  });
});
