/**
 * Aliases the documents state themselves: a Chinese name with its English name in brackets
 * ("药明康德（WuXi AppTec）", "上海医药集团股份有限公司（SPH）") or an English name with its
 * Chinese one ("Guosheng (国盛)", "Li Chenhao (李晨昊)"). Mined at reload, they join the
 * glossary's entries, so a question in one language finds reports in the other by names no
 * dictionary or glossary knows. Our own code: this is a pattern of news text, not a library's.
 */
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';
import { tagChinese } from '../text/chinese-tagger.js';
import { pinyinSyllables } from './build-lexicon.js';
import { companyNameCore } from './company-name-core.js';
import type { GlossaryEntry } from './glossary.js';

/** A pair of names a document gives for one thing, and where it says so. */
export interface MinedAlias {
  chinese: string;
  english: string;
  kind: GlossaryEntry['kind'];
  documentId: string;
}

const CHINESE_THEN_ENGLISH =
  /(\p{Script=Han}{2,30})\s?[（(]([A-Za-z][A-Za-z0-9&.,'’ -]{1,60})[)）]/gu;
const ENGLISH_THEN_CHINESE =
  /([A-Z][A-Za-z0-9&.'’-]*(?:\s+(?:[A-Z][A-Za-z0-9&.'’-]*|of|and|for|the|&))*)\s?[（(](\p{Script=Han}{2,20})[)）]/gu;
/** Words that end an organization's Chinese name: an acronym stands only for such a name. */
const ORGANIZATION_END =
  /(?:公司|集团|协会|学会|商会|联合会|委员会|医药|药业|生物|科技|医疗|诊断|研究院|研究所|中心|大学|医院|基金|银行|资管|园区|产业园)$/u;
const PLACE_END = new RegExp(`(?:${CHINESE.placeSuffixes.join('|')})$`, 'u');
const ENGLISH_PLACE_END = new RegExp(`\\b(?:${ENGLISH.placeSuffixes.join('|')})$`);
/** Parts of speech that can be part of a name, in jieba's tag set. */
const NAME_TAG = /^(?:n|nr|nrt|ns|nt|nz|j|x|eng|l|m|vn|b)$/;
const MAX_ENGLISH_WORDS = 8;
const LONGEST_CHINESE_NAME = 16;
/** Bracketed words that are not names: units, roles, captions. */
const NOT_A_NAME = /^(?:photo|ti gong|xinhua|file|pictured|above|below|left|right|note|ibid)$/i;

/** The aliases stated in a document's text. */
export function mineAliases(text: string, documentId: string): MinedAlias[] {
  const found: MinedAlias[] = [];
  for (const match of text.matchAll(CHINESE_THEN_ENGLISH)) {
    const chinese = trailingName(match[1] ?? '');
    const english = tidy(match[2] ?? '');
    if (chinese !== null && acceptable(chinese, english))
      found.push(...aliasesOf(chinese, english, documentId));
  }
  for (const match of text.matchAll(ENGLISH_THEN_CHINESE)) {
    const chinese = match[2] ?? '';
    const english = personNameEnding(withoutLeadingConnectors(tidy(match[1] ?? '')), chinese);
    if (acceptable(chinese, english)) found.push(...aliasesOf(chinese, english, documentId));
  }
  return found;
}

/** A pair of names, and for a company also the pair of their cores ("康希诺" = "CanSino"). */
function aliasesOf(chinese: string, english: string, documentId: string): MinedAlias[] {
  const kind = kindOf(chinese, english);
  const pair = { chinese, english, kind, documentId };
  const core = kind === 'company' ? companyNameCore(chinese, english) : null;
  return core === null ? [pair] : [pair, { ...core, kind, documentId }];
}

/** Mined aliases as glossary entries: one per Chinese name, with every English name given it. */
export function aliasEntries(aliases: readonly MinedAlias[]): GlossaryEntry[] {
  const byChinese = new Map<string, GlossaryEntry>();
  for (const alias of aliases) {
    const entry = byChinese.get(alias.chinese) ?? { kind: alias.kind, names: [alias.chinese] };
    if (!entry.names.some((name) => name.toLowerCase() === alias.english.toLowerCase()))
      entry.names.push(alias.english);
    byChinese.set(alias.chinese, entry);
  }
  return [...byChinese.values()];
}

/**
 * The name that ends a run of Chinese text ("上海医药与康希诺生物" → 康希诺生物): the last words
 * that can be part of a name, after the last verb, preposition or conjunction.
 */
function trailingName(run: string): string | null {
  const words = tagChinese(run);
  let start = words.length;
  while (start > 0 && NAME_TAG.test(words[start - 1]?.tag ?? '')) start -= 1;
  const name = words
    .slice(start)
    .map((word) => word.word)
    .join('');
  return name.length >= 2 && name.length <= LONGEST_CHINESE_NAME ? name : null;
}

/**
 * "… Lingang Group Weng Kaining (翁恺宁)": when the last two words spell the Chinese name in
 * pinyin, they alone are its English name.
 */
function personNameEnding(english: string, chinese: string): string {
  const lastTwo = english.split(' ').slice(-2).join(' ');
  return lastTwo !== english && looksLikePerson(chinese, lastTwo) ? lastTwo : english;
}

/** One space between words: a name may have been wrapped over two lines. */
function tidy(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

function withoutLeadingConnectors(name: string): string {
  return name.replace(/^(?:(?:of|and|for|the|&)\s+)+/i, '').trim();
}

/**
 * A plausible pair: an English name of a few words that is not a caption, and an acronym
 * ("SPH", "CRO") only for a Chinese name that names an organization.
 */
function acceptable(chinese: string, english: string): boolean {
  const words = english.split(/\s+/);
  if (words.length > MAX_ENGLISH_WORDS || NOT_A_NAME.test(english)) return false;
  if (!/[A-Za-z]{2}/.test(english)) return false;
  const acronym = words.length === 1 && /^[A-Z0-9&]+$/.test(english);
  if (acronym) return english.length >= 3 && ORGANIZATION_END.test(chinese);
  // "… in Baoshan District (北上海生物医药产业园)": a place's name is not a park's.
  if (ENGLISH_PLACE_END.test(english) !== PLACE_END.test(chinese)) return false;
  return /^[A-Z]/.test(english);
}

function kindOf(chinese: string, english: string): GlossaryEntry['kind'] {
  if (looksLikePerson(chinese, english)) return 'person';
  if (PLACE_END.test(chinese)) return 'place';
  return ORGANIZATION_END.test(chinese) ? 'company' : 'term';
}

/**
 * 李晨昊 = Li Chenhao, 翁恺宁 = Weng Kaining: two or three characters written as a surname and a
 * given name in their own pinyin.
 */
function looksLikePerson(chinese: string, english: string): boolean {
  const characters = [...chinese];
  if (characters.length < 2 || characters.length > 3) return false;
  if (!/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(english)) return false;
  const syllables = pinyinSyllables(chinese);
  const spelled = `${syllables[0]} ${syllables.slice(1).join('')}`;
  return spelled === english.toLowerCase().replaceAll('ü', 'v');
}
