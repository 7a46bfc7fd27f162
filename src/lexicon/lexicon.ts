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
  /** Glossary names by their first character: a text is scanned once, not once per name. */
  private readonly namesByFirst = new Map<string, NamePattern[]>();

  constructor(private readonly data: LexiconData) {
    const names = data.glossary
      .flatMap((entry) => entry.names.map((name) => ({ entry, key: matchingKey(name) })))
      .filter((name) => name.key.length > 0)
      .sort((a, b) => b.key.length - a.key.length);
    for (const name of names) {
      const first = name.key[0] as string;
      this.namesByFirst.set(first, [...(this.namesByFirst.get(first) ?? []), name]);
    }
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
    const candidates: (GlossaryMatch & { order: number })[] = [];
    for (let start = 0; start < key.length; start += 1) {
      for (const [order, name] of (this.namesByFirst.get(key[start] as string) ?? []).entries()) {
        if (key.startsWith(name.key, start) && standsAlone(key, start, name.key))
          candidates.push({ entry: name.entry, start, end: start + name.key.length, order });
      }
    }
    // Longest names first, then leftmost: a name inside a longer one found there is not a match.
    candidates.sort(
      (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order,
    );
    const taken = new Uint8Array(key.length);
    const matches: GlossaryMatch[] = [];
    for (const { entry, start, end } of candidates) {
      if (taken.subarray(start, end).some(Boolean)) continue;
      taken.fill(1, start, end);
      matches.push({ entry, start, end });
    }
    return matches.sort((a, b) => a.start - b.start);
  }
}

/** A Latin name matches whole words only; a Chinese one anywhere. */
function standsAlone(text: string, start: number, name: string): boolean {
  if (!/^[\p{Script=Latin}\p{N}]/u.test(name)) return true;
  return isWordBoundary(text, start - 1) && isWordBoundary(text, start + name.length);
}

function isWordBoundary(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !/[\p{Script=Latin}\p{N}]/u.test(char);
}
