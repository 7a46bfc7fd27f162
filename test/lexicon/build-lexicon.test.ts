/** The bilingual lexicon built from dictionary senses, for the words this index holds. */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/lexicon/build-lexicon.js';

const SETTLE = { simplified: '落户', senses: ['to settle', 'to set up home'] };

describe('the lexicon', () => {
  it('translates a Chinese word in full only by a one-word sense', () => {
    const { zhToEn } = buildLexicon([SETTLE], new Set(['settl', 'home', 'set']), []);
    expect(Object.fromEntries(zhToEn['落户'] ?? [])).toEqual({ settl: 1, home: 0.71, set: 0.71 });
  });

  it('links only to the words the index holds', () => {
    const { zhToEn, enToZh } = buildLexicon([SETTLE], new Set(['home']), []);
    expect(zhToEn['落户']).toEqual([['home', 0.71]]);
    expect(enToZh).toEqual({});
  });
});
