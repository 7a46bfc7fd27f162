/**
 * Builds the bilingual lexicon of a snapshot from CC-CEDICT, pinyin and the glossary,
 * keeping only links that can match something in this knowledge base: a Chinese word maps
 * to the English terms the index holds, and an English term to the Chinese words it holds.
 */
import { pinyin } from 'pinyin-pro';
import { englishTerm } from '../text/analyzer.js';
import { looksLikeName } from '../text/chinese-tagger.js';
import type { CedictEntry } from './cedict.js';
import type { GlossaryEntry } from './glossary.js';

/** A link to a word of the other language, with how fully it translates (0–1]. */
export type Link = [target: string, strength: number];

/** The lexicon as stored in a snapshot. */
export interface LexiconData {
  /** Chinese word → English index terms it translates to. */
  zhToEn: Record<string, Link[]>;
  /** English term → Chinese index words that translate to it. */
  enToZh: Record<string, Link[]>;
  /** Toneless pinyin of a Chinese name in the index, as an English term ("luodian") → the names. */
  pinyinToZh: Record<string, string[]>;
  /** Toneless pinyin of any Chinese index word → the words: a mistyped word sounds like the right one. */
  soundsLike: Record<string, string[]>;
  glossary: GlossaryEntry[];
}

const MAX_TRANSLATIONS = 12;
const MAX_SENSE_TERMS = 3;
const SKIPPED_SENSE =
  /^(variant of|old variant|see |see also|surname |abbr\.|also written|erhua variant|used in|taiwan pr\.|classifier|cl:|pr\. |\(old\)|\(archaic\))/i;
const CHINESE_WORD = /^\p{Script=Han}{2,}$/u;
const HAN_CHARACTER = /^\p{Script=Han}$/u;
/**
 * A single character is a word too (雇 "employ", 港 "port"), but most have many senses: only
 * its one-word senses link, and at the strength of a two-word sense's term.
 */
const CHARACTER_STRENGTH = Math.SQRT1_2;

/** Builds the lexicon for an index whose terms are `vocabulary`. */
export function buildLexicon(
  cedict: readonly CedictEntry[],
  vocabulary: ReadonlySet<string>,
  glossary: GlossaryEntry[],
): LexiconData {
  const zhToEn = new Map<string, Map<string, number>>();
  const enToZh = new Map<string, Map<string, number>>();
  for (const entry of cedict) {
    const character = HAN_CHARACTER.test(entry.simplified);
    if (!character && !CHINESE_WORD.test(entry.simplified)) continue;
    const inIndex = vocabulary.has(entry.simplified);
    const scale = character ? CHARACTER_STRENGTH : 1;
    for (const terms of entrySenses(entry)) {
      if (character && terms.length > 1) continue;
      linkSense(zhToEn, entry.simplified, terms, vocabulary, scale);
      if (inIndex)
        for (const term of terms)
          addLink(enToZh, term, entry.simplified, scale / Math.sqrt(terms.length));
    }
  }
  return {
    zhToEn: toRecord(zhToEn),
    enToZh: toRecord(enToZh),
    pinyinToZh: pinyinIndex(vocabulary, looksLikeName),
    soundsLike: pinyinIndex(vocabulary, () => true),
    glossary,
  };
}

function entrySenses(entry: CedictEntry): string[][] {
  return entry.senses.map(senseTerms).filter((terms): terms is string[] => terms !== null);
}

/**
 * Links a Chinese word to the terms of one sense that the index holds. A term of a sense of
 * several words carries part of its meaning: 落户 "to set up home" links to "home" at 0.71,
 * so that "home and abroad" does not translate 落户 in full.
 */
function linkSense(
  links: Map<string, Map<string, number>>,
  word: string,
  terms: string[],
  vocabulary: ReadonlySet<string>,
  scale: number,
): void {
  const found = terms.filter((term) => vocabulary.has(term));
  const strength = scale / Math.sqrt(terms.length);
  for (const term of found) addLink(links, word, term, strength);
}

/** The English terms of one dictionary sense, or `null` when the sense is not a translation. */
export function senseTerms(sense: string): string[] | null {
  if (SKIPPED_SENSE.test(sense.trim())) return null;
  const plain = sense.replace(/\([^)]*\)|\[[^\]]*\]|\S*\|\S*/g, ' ');
  const terms = (nameOnly(plain) ?? wordsOf(plain))
    .map((word) => englishTerm(word))
    .filter((term): term is string => term !== null);
  return terms.length === 0 || terms.length > MAX_SENSE_TERMS ? null : [...new Set(terms)];
}

/** The words CC-CEDICT describes a place with after its name ("Minhang District of Shanghai"). */
const PLACE_WORDS = new Set([
  'district',
  'county',
  'city',
  'town',
  'township',
  'province',
  'prefecture',
  'municipality',
  'village',
  'suburb',
]);

function wordsOf(text: string): string[] {
  return text.split(/[^A-Za-z0-9'-]+/).filter((word) => word !== '');
}

const capitalized = (word: string) => /^\p{Lu}/u.test(word);

/**
 * The name alone of a sense that names a thing and then says where it is: "Minhang District
 * of Shanghai", "Fengxian suburban district of Shanghai", "Pudong, a district of Shanghai…"
 * and "Fudan University, Shanghai" translate to the name, not to "district" and "Shanghai",
 * which would make every report on Shanghai speak of Minhang. `null` for other senses.
 */
function nameOnly(sense: string): string[] | null {
  const comma = sense.indexOf(',');
  const beforeComma = comma > 0 ? wordsOf(sense.slice(0, comma)) : [];
  if (beforeComma.length > 0 && beforeComma.every(capitalized)) return beforeComma;
  return placeName(wordsOf(sense));
}

/** The name of a place described after it ("Minhang District of Shanghai" → Minhang). */
function placeName(words: readonly string[]): string[] | null {
  let end = 0;
  while (end < words.length && capitalized(words[end] as string)) end += 1;
  // "Minhang District": the place word may be capitalized as part of the name.
  while (end > 1 && PLACE_WORDS.has((words[end - 1] as string).toLowerCase())) end -= 1;
  if (end === 0 || end === words.length) return null;
  const description = words.slice(end, end + 4).map((word) => word.toLowerCase());
  const place = description.findIndex((word) => PLACE_WORDS.has(word));
  const plainWords = description.slice(0, Math.max(0, place));
  return place >= 0 && plainWords.every((word) => !capitalized(word)) ? words.slice(0, end) : null;
}

/** The toneless pinyin of a Chinese word as an index term: 罗店 → "luodian". */
export function pinyinTerm(word: string): string | null {
  return englishTerm(pinyinSyllables(word).join(''));
}

/** The toneless pinyin syllables of a Chinese word. */
export function pinyinSyllables(word: string): string[] {
  return pinyin(word, { toneType: 'none', type: 'array', v: true });
}

/**
 * Pinyin → the Chinese index words it spells, of those `include` accepts: only names for the
 * English-to-Chinese link ("fengxian" is 奉贤, not 风险, which sounds the same).
 */
function pinyinIndex(
  vocabulary: ReadonlySet<string>,
  include: (word: string) => boolean,
): Record<string, string[]> {
  const index: Record<string, string[]> = {};
  for (const word of vocabulary) {
    if (!CHINESE_WORD.test(word) || !include(word)) continue;
    const term = pinyinTerm(word);
    if (term !== null) index[term] = [...(index[term] ?? []), word].slice(0, MAX_TRANSLATIONS);
  }
  return index;
}

function addLink(
  links: Map<string, Map<string, number>>,
  key: string,
  target: string,
  strength: number,
): void {
  const targets = links.get(key) ?? new Map<string, number>();
  targets.set(target, Math.max(targets.get(target) ?? 0, strength));
  links.set(key, targets);
}

/** The strongest links of each key, strengths rounded to keep the snapshot small. */
function toRecord(links: Map<string, Map<string, number>>): Record<string, Link[]> {
  const record: Record<string, Link[]> = {};
  for (const [key, targets] of links) {
    record[key] = [...targets]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_TRANSLATIONS)
      .map(([target, strength]) => [target, Math.round(strength * 100) / 100]);
  }
  return record;
}
