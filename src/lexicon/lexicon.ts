/**
 * The bilingual lexicon of a snapshot at query time: translations between the index's
 * English terms and Chinese words, pinyin for names, and the glossary's aliases.
 */
import { englishTerm, matchingKey } from '../text/analyzer.js';
import { type LexiconData, type Link, pinyinSyllables } from './build-lexicon.js';
import type { GlossaryEntry } from './glossary.js';

/** A glossary name found in a question. */
export interface GlossaryMatch {
  entry: GlossaryEntry;
  start: number;
  end: number;
}

interface NamePattern {
  entry: GlossaryEntry;
  key: string;
}

export class Lexicon {
  private readonly names: NamePattern[];

  constructor(private readonly data: LexiconData) {
    this.names = data.glossary
      .flatMap((entry) => entry.names.map((name) => ({ entry, key: matchingKey(name) })))
      .sort((a, b) => b.key.length - a.key.length);
  }

  get glossary(): readonly GlossaryEntry[] {
    return this.data.glossary;
  }

  /** English index terms a Chinese word translates to. */
  englishFor(word: string): readonly Link[] {
    return this.data.zhToEn[word] ?? [];
  }

  /** Chinese index words an English term translates to. */
  chineseFor(term: string): readonly Link[] {
    return this.data.enToZh[term] ?? [];
  }

  /** Chinese names in the index whose pinyin is this English term ("luodian" → 罗店). */
  chineseForPinyin(term: string): readonly string[] {
    return this.data.pinyinToZh[term] ?? [];
  }

  /** Chinese index words that sound like this pinyin ("xiehui" → 协会). */
  soundingLike(term: string): readonly string[] {
    return this.data.soundsLike?.[term] ?? [];
  }

  /**
   * Ways to write a Chinese name in English terms: the joined pinyin ("luodian") and a
   * surname-given split ("guo", "jianfeng").
   */
  pinyinSpellings(word: string): string[][] {
    const syllables = pinyinSyllables(word);
    if (syllables.length < 2) return [];
    const spellings = [[syllables.join('')], [syllables[0] ?? '', syllables.slice(1).join('')]];
    return spellings.map((parts) => parts.map((part) => englishTerm(part) ?? part));
  }

  /** Glossary names in a text, longest first, not overlapping; Latin names match whole words only. */
  findGlossaryNames(text: string): GlossaryMatch[] {
    const key = matchingKey(text);
    const taken = new Array<boolean>(key.length).fill(false);
    const matches: GlossaryMatch[] = [];
    for (const name of this.names) {
      for (const start of occurrences(key, name.key)) {
        const end = start + name.key.length;
        if (taken.slice(start, end).some(Boolean)) continue;
        taken.fill(true, start, end);
        matches.push({ entry: name.entry, start, end });
      }
    }
    return matches.sort((a, b) => a.start - b.start);
  }
}

function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  const latin = /^[\p{Script=Latin}\p{N}]/u.test(name);
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + 1)) {
    if (!latin || (isWordBoundary(text, index - 1) && isWordBoundary(text, index + name.length)))
      found.push(index);
  }
  return found;
}

function isWordBoundary(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !/[\p{Script=Latin}\p{N}]/u.test(char);
}
