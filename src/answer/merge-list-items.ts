/**
 * Merges the names of a list answer that mean the same thing: glossary aliases (Shanghai
 * Pharma = Shanghai Pharmaceuticals = 上海医药), a short form of a longer name (Baoji =
 * Baoji Pharmaceutical), and a Chinese name whose pinyin starts an English one (宝济药业 =
 * Baoji).
 */
import { pinyinTerm } from '../lexicon/build-lexicon.js';
import type { GlossaryEntry } from '../lexicon/glossary.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { englishTerm, hasHan, matchingKey } from '../text/analyzer.js';
import type { Language } from '../text/detect-language.js';

/** A name as found in one cited passage. */
export interface FoundName {
  name: string;
  citation: number;
}

/** One item of a list answer, with every name it was found under and the sources naming it. */
export interface ListItem {
  names: string[];
  citations: number[];
  entry: GlossaryEntry | null;
}

/** Share of a name a glossary alias must cover to stand for it. */
const GLOSSARY_COVER = 0.6;

/** Groups names that refer to the same thing, in order of first mention. */
export function mergeListItems(found: readonly FoundName[], lexicon: Lexicon): ListItem[] {
  const items: ListItem[] = [];
  const forms = new Map<string, NameForms>();
  const formsOf = (name: string) => {
    let named = forms.get(name);
    if (named === undefined) {
      named = nameForms(name);
      forms.set(name, named);
    }
    return named;
  };
  for (const { name, citation } of found) {
    const entry = glossaryEntryOf(name, lexicon);
    const named = formsOf(name);
    const item = items.find((candidate) =>
      sameThing(candidate, entry, (known) => sameName(formsOf(known), named)),
    );
    if (item === undefined) {
      items.push({ names: [name], citations: [citation], entry });
      continue;
    }
    if (!item.names.includes(name)) item.names.push(name);
    if (!item.citations.includes(citation)) item.citations.push(citation);
    item.entry ??= entry;
  }
  return items;
}

/** The name to show for an item in `language`, with its other names. */
export function displayName(
  item: ListItem,
  language: Language,
): { name: string; aliases: string[] } {
  const inLanguage = (name: string) => (language === 'zh') === hasHan(name);
  const preferred = item.entry?.names.find(
    (name) =>
      inLanguage(name) && item.names.some((seen) => matchingKey(seen) === matchingKey(name)),
  );
  const seenInLanguage = item.names.filter(inLanguage).sort((a, b) => b.length - a.length);
  const name =
    preferred ??
    seenInLanguage[0] ??
    item.entry?.names.find(inLanguage) ??
    (item.names[0] as string);
  const aliases = item.names
    .filter((alias) => matchingKey(alias) !== matchingKey(name))
    .sort((a, b) => Number(inLanguage(b)) - Number(inLanguage(a)));
  return { name, aliases };
}

function glossaryEntryOf(name: string, lexicon: Lexicon): GlossaryEntry | null {
  const match = lexicon
    .findGlossaryNames(name)
    .find((found) => (found.end - found.start) / name.length >= GLOSSARY_COVER);
  return match?.entry ?? null;
}

function sameThing(
  item: ListItem,
  entry: GlossaryEntry | null,
  sameAs: (known: string) => boolean,
): boolean {
  if (entry !== null && item.entry !== null) return entry === item.entry;
  return item.names.some(sameAs);
}

/** What comparing a name needs, worked out once per name: a list compares every pair. */
interface NameForms {
  han: boolean;
  /** The matching key's words of an English name. */
  words: string[];
  /** The pinyin of a Chinese name's first two characters; the first word's term of an English one. */
  lead: string | null;
}

function nameForms(name: string): NameForms {
  const han = hasHan(name);
  return {
    han,
    words: han ? [] : matchingKey(name).split(/\s+/),
    lead: han ? pinyinTerm(name.slice(0, 2)) : englishTerm(name.split(/\s+/)[0] ?? ''),
  };
}

/**
 * "Baoji" and "Baoji Pharmaceutical": the shorter's words start the longer name. 宝济药业 and
 * "Baoji Pharmaceutical": the pinyin of the first two characters is the first English word.
 */
function sameName(a: NameForms, b: NameForms): boolean {
  if (a.han !== b.han) return a.lead !== null && a.lead === b.lead;
  return !a.han && (shortFormOf(a.words, b.words) || shortFormOf(b.words, a.words));
}

/** "Baoji" is a short form of "Baoji Pharmaceutical": its words start the longer name. */
function shortFormOf(short: readonly string[], long: readonly string[]): boolean {
  return short.length < long.length && short.every((word, i) => word === long[i]);
}
