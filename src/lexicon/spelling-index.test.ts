import { describe, expect, it } from 'vitest';
import { editDistance, SpellingIndex } from './spelling-index.js';

const index = new SpellingIndex([
  'compani',
  'govern',
  'investment',
  'biomed',
  'lingang',
  'shanghai',
  'park',
]);

describe('correcting misspelt question words to the index words', () => {
  it.each([
    ['compnai', ['compani']],
    ['goverment', []],
    ['investmnet', ['investment']],
    ['lingnag', ['lingang']],
    ['shanghai', []],
    ['prk', []],
    ['france', []],
  ])('%s → %j', (word, corrections) => {
    expect(index.corrections(word)).toEqual(corrections);
  });

  it.each([
    ['compnay', 'company', 1],
    ['kitten', 'sitting', 3],
    ['abc', 'abc', 0],
  ])('%s and %s are %i edits apart', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});
