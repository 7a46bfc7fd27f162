/** Chinese personal names written in pinyin, which reports shorten to the surname. */
import { describe, expect, it } from 'vitest';
import { isPinyinName } from '../../src/text/pinyin-names.js';

describe('pinyin personal names', () => {
  it('recognizes a surname followed by a given name of one or two syllables', () => {
    expect(isPinyinName('Zhai', 'Jinguo')).toBe(true);
    expect(isPinyinName('Liu', 'Ping')).toBe(true);
    expect(isPinyinName('Chen', 'Kaixian')).toBe(true);
  });

  it('leaves other pairs of words alone', () => {
    expect(isPinyinName('John', 'Smith')).toBe(false);
    expect(isPinyinName('Shanghai', 'Pharma')).toBe(false);
    expect(isPinyinName('Meilan', 'Lake')).toBe(false);
  });
});
