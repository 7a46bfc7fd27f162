/**
 * What a sentence template fills its slots with, in the document's language: mostly the
 * document's own company, place and topic (a report is about something), otherwise any name
 * of the vocabulary, by frequency. Numbers, dates and amounts are written as each language
 * writes them.
 */
import type { Language } from '../src/text/detect-language.js';
import type { CorpusVocabulary, NamedSlot, WordSlot } from './corpus-vocabulary.js';
import type { Bilingual } from './domain-vocabulary.js';
import type { Random } from './seeded-random.js';

/** The things one document is about. */
export type DocumentTheme = Record<NamedSlot, Bilingual> & { year: number };

export interface Fill {
  readonly language: Language;
  readonly random: Random;
  name(slot: NamedSlot): string;
  /** `count` different company names. */
  companies(count: number): string[];
  word(slot: WordSlot): string;
  year(): number;
  month(): number;
  day(): number;
  /** A sum of money: "1.2 billion yuan", "12亿元". */
  amount(): string;
  count(): number;
  area(): number;
}

/** Share of slots filled with the document's own theme rather than any name. */
const THEME_SHARE = 0.6;
const FIRST_YEAR = 2015;
const LAST_YEAR = 2026;

/** A fill for the sentences of one document. */
export function createFill(
  theme: DocumentTheme,
  language: Language,
  vocabulary: CorpusVocabulary,
  random: Random,
): Fill {
  const named = (slot: NamedSlot) =>
    random.chance(THEME_SHARE) ? theme[slot] : vocabulary.named[slot](random);
  const words = language === 'en' ? vocabulary.english : vocabulary.chinese;
  return {
    language,
    random,
    name: (slot) => named(slot)[language],
    companies: (count) =>
      distinctCompanies(count, vocabulary, random).map((company) => company[language]),
    word: (slot) => words[slot](random),
    year: () => (random.chance(THEME_SHARE) ? theme.year : randomYear(random)),
    month: () => random.int(1, 12),
    day: () => random.int(1, 28),
    amount: () => formatAmount(random.int(5, 2000) * 10, language),
    count: () => random.int(3, 300),
    area: () => random.int(2, 800) * 1000,
  };
}

/** A year of the corpus, 2015–2026. */
export function randomYear(random: Random): number {
  return random.int(FIRST_YEAR, LAST_YEAR);
}

function distinctCompanies(
  count: number,
  vocabulary: CorpusVocabulary,
  random: Random,
): Bilingual[] {
  const chosen = new Set<Bilingual>();
  for (let attempt = 0; chosen.size < count && attempt < count * 20; attempt += 1)
    chosen.add(vocabulary.named.company(random));
  return [...chosen];
}

/** An amount given in millions of yuan, as each language writes it. */
function formatAmount(millions: number, language: Language): string {
  if (language === 'zh') return millions >= 100 ? `${millions / 100}亿元` : `${millions * 100}万元`;
  return millions >= 1000 ? `${millions / 1000} billion yuan` : `${millions} million yuan`;
}
