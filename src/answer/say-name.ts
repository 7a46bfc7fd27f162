/**
 * A name said in each language: its glossary or mined alias where one is known ("药明康德" is
 * "WuXi AppTec"), a person's or a place's pinyin where not ("李晨昊" is "Li Chenhao", "罗店镇"
 * is "Luodian Town"), and the name as written, in brackets, beside any rendering, so that the
 * reader can find it in the source.
 */
import { CHINESE } from '../language/chinese.js';
import { pinyinSyllables } from '../lexicon/build-lexicon.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { hasHan, matchingKey } from '../text/analyzer.js';
import type { Language } from '../text/detect-language.js';

export type NameKind = 'person' | 'place' | 'organization';

const PLACE_WORDS: Readonly<Record<string, string>> = {
  区: 'District',
  镇: 'Town',
  市: 'City',
  县: 'County',
  省: 'Province',
};

/** The name in English and in Chinese. */
export function sayName(name: string, kind: NameKind, lexicon: Lexicon): Record<Language, string> {
  const written: Language = hasHan(name) ? 'zh' : 'en';
  const other: Language = written === 'zh' ? 'en' : 'zh';
  const rendered = aliasIn(name, other, lexicon) ?? (written === 'zh' ? spelled(name, kind) : null);
  const said = { en: name, zh: name };
  if (rendered !== null)
    said[other] = other === 'zh' ? `${rendered}（${name}）` : `${rendered} (${name})`;
  return said;
}

/** The glossary's (or a document's) name of the same thing in the other language. */
function aliasIn(name: string, language: Language, lexicon: Lexicon): string | null {
  const key = matchingKey(name);
  const entry = lexicon.glossary.find((candidate) =>
    candidate.names.some((known) => matchingKey(known) === key),
  );
  return entry?.names.find((known) => hasHan(known) === (language === 'zh')) ?? null;
}

/** A Chinese person's or place's name in pinyin: 李晨昊 → Li Chenhao, 罗店镇 → Luodian Town. */
function spelled(name: string, kind: NameKind): string | null {
  if (kind === 'organization') return null;
  const characters = [...name];
  if (kind === 'person') {
    if (!CHINESE.surnames.has(characters[0] as string) && characters.length > 3) return null;
    const [surname = '', ...given] = pinyinSyllables(name);
    return `${capitalized(surname)} ${capitalized(given.join(''))}`.trim();
  }
  const suffix = PLACE_WORDS[characters.at(-1) ?? ''];
  const stem = suffix === undefined ? name : characters.slice(0, -1).join('');
  const spelledStem = capitalized(pinyinSyllables(stem).join(''));
  return suffix === undefined ? spelledStem : `${spelledStem} ${suffix}`;
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
