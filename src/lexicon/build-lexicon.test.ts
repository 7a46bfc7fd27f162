/** The bilingual lexicon built from dictionary senses, for the words this index holds. */
import { describe, expect, it } from 'vitest';
import { englishTerm } from '../text/analyzer.js';
import { buildLexicon, senseTerms } from './build-lexicon.js';

const term = (word: string) => englishTerm(word) as string;

describe('the English terms of a dictionary sense', () => {
  it.each([
    ['to invest', ['invest']],
    ['biomedicine', ['biomedicin']],
    ['Minhang District of Shanghai', ['minhang']],
    ['Fengxian suburban district of Shanghai', ['fengxian']],
    ['Pudong, a district of Shanghai to the east of the Huangpu River', ['pudong']],
    ['Shanghai municipality (abbr. to 滬|沪[Hu4])', ['shanghai']],
    ['Luodian town in Baoshan district', ['luodian']],
    ['Fudan University, Shanghai', ['fudan', 'univers']],
    ['Chinese medicine', ['chines', 'medicin']],
    ['Bank of China', ['bank', 'china']],
    ['Greater Bay Area', ['greater', 'bai', 'area']],
  ])('%s → %j', (sense, terms) => {
    expect(senseTerms(sense)).toEqual(terms);
  });

  it.each([
    'see 浦東新區|浦东新区[Pu3 dong1 Xin1 qu1]',
    'surname Min',
    'a sense of far too many different words',
  ])('is no translation: %s', (sense) => {
    expect(senseTerms(sense)).toBeNull();
  });
});

const SETTLE = { simplified: '落户', senses: ['to settle', 'to set up home'] };

describe('the lexicon', () => {
  it('translates a Chinese word in full only by a one-word sense', () => {
    const { zhToEn } = buildLexicon([SETTLE], new Set(['settl', 'home', 'set']), []);
    expect(Object.fromEntries(zhToEn.落户 ?? [])).toEqual({ settl: 1, home: 0.71, set: 0.71 });
  });

  it('links only to the words the index holds', () => {
    const { zhToEn, enToZh } = buildLexicon([SETTLE], new Set(['home']), []);
    expect(zhToEn.落户).toEqual([['home', 0.71]]);
    expect(enToZh).toEqual({});
  });
});

describe('single characters in the lexicon', () => {
  const cedict = [
    { simplified: '港', senses: ['harbor', 'port'] },
    { simplified: '雇', senses: ['to employ', 'to hire'] },
    { simplified: '建', senses: ['to build a house'] },
    { simplified: '港口', senses: ['port', 'harbor'] },
  ];
  const vocabulary = new Set(['港', '港口', ...['port', 'employ', 'build', 'house'].map(term)]);
  const lexicon = buildLexicon(cedict, vocabulary, []);

  it('link a character by its one-word senses, at less than a word’s strength', () => {
    expect(lexicon.zhToEn.港).toEqual([['port', 0.71]]);
    expect(lexicon.zhToEn.雇).toEqual([[term('employ'), 0.71]]);
    expect(lexicon.enToZh.port).toEqual([
      ['港口', 1],
      ['港', 0.71],
    ]);
  });

  it('skip a character’s senses of several words', () => {
    expect(lexicon.zhToEn.建).toBeUndefined();
  });
});
