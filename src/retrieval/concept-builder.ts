/**
 * Builds the concepts of a question: glossary names first (longest match), then each word
 * with its alternatives: translations (CC-CEDICT), pinyin (names), sub-words and number values.
 */
import type { KeywordIndex } from '../index/keyword-index.js';
import { ENGLISH } from '../language/english.js';
import { pinyinTerm } from '../lexicon/build-lexicon.js';
import type { GlossaryEntry } from '../lexicon/glossary.js';
import { SpellingIndex } from '../lexicon/spelling-index.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { type Analyzer, englishTerm, hasHan, type Token } from '../text/analyzer.js';
import { foldScript } from '../text/fold-script.js';
import { valueTerm } from '../text/numbers.js';
import { isPinyinName } from '../text/pinyin-names.js';
import { looksLikeChineseName } from '../text/word-roles.js';
import { yearOfTerm } from '../text/years.js';
import type { Alternative, Concept } from './build-query.js';

/** How much a match through each route counts, relative to the word itself. */
export const ROUTE_WEIGHTS = {
  word: 1,
  glossary: 1,
  pinyin: 0.9,
  translation: 0.8,
  subword: 0.7,
  /** "Zhai" for "Zhai Jinguo": how reports name a person after the first mention. */
  surname: 0.7,
  /** The index's word for a misspelt one ("compnay" → company, "写会" → 协会). */
  spelling: 0.8,
  /** A word of the same meaning ("enterprises" for "companies"), from ENGLISH.synonyms. */
  synonym: 0.8,
} as const;

export type Route = keyof typeof ROUTE_WEIGHTS;

/** Alternatives at least this strong decide a concept's importance. */
const STRONG_ROUTE = 0.6;
/** Importance of a concept the knowledge base has no word for, as a share of the highest IDF. */
const OUT_OF_VOCABULARY = 0.7;
/**
 * The same for a Chinese word: one the index lacks is more often a piece the segmenter cut
 * wrongly from an abbreviation it does not know ("市卫健委来的" → 市卫 / 健委来) than a topic.
 */
const CHINESE_OUT_OF_VOCABULARY = 0.3;

export class ConceptBuilder {
  private readonly found: Omit<Concept, 'importance' | 'known'>[] = [];

  constructor(private readonly snapshot: Snapshot) {}

  /** Adds a concept per glossary name in the text; returns the text with those names blanked. */
  addGlossaryConcepts(text: string): string {
    let masked = foldScript(text.normalize('NFKC'));
    for (const match of this.snapshot.lexicon.findGlossaryNames(masked)) {
      this.add(masked.slice(match.start, match.end), this.glossaryAlternatives(match.entry));
      masked =
        masked.slice(0, match.start) +
        ' '.repeat(match.end - match.start) +
        masked.slice(match.end);
    }
    return masked;
  }

  addTokenConcepts(tokens: Token[]): void {
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] as Token;
      const next = tokens[i + 1];
      if (
        token.script === 'latin' &&
        next?.script === 'latin' &&
        (this.addPinyinName(token, next) || this.addPersonName(token, next))
      ) {
        i += 1;
      } else if (token.script === 'latin') {
        this.add(
          token.surface,
          [...this.latinAlternatives(token.term), ...monthNameOf(token.month)],
          token,
        );
      } else {
        this.add(token.surface, this.hanAlternatives(token.term), token);
      }
    }
  }

  concepts(): Concept[] {
    const unique = new Map<string, Omit<Concept, 'importance' | 'known'>>();
    for (const concept of this.found) unique.set(conceptSignature(concept), concept);
    const index = this.snapshot.keywordIndex;
    return [...unique.values()]
      .map((concept) => ({
        ...concept,
        importance: this.importance(concept.alternatives, concept.specific) * concept.role,
        known: concept.alternatives.some((alternative) =>
          alternative.terms.every((term) => index.has(term)),
        ),
      }))
      .filter((concept) => concept.importance > 0);
  }

  private add(label: string, alternatives: Alternative[], token?: Token): void {
    if (alternatives.length === 0) return;
    const year = token === undefined ? undefined : yearOfTerm(token.term);
    this.found.push({
      label,
      alternatives,
      role: token?.role ?? 1,
      specific: token?.specific ?? true,
      answerType: token?.answerType ?? false,
      fromContext: false,
      ...(year === undefined ? {} : { year }),
    });
  }

  private glossaryAlternatives(entry: GlossaryEntry): Alternative[] {
    return entry.names
      .map((name) => nameTerms(this.snapshot.analyzer, name))
      .filter((terms) => terms.length > 0)
      .map((terms) => ({ terms, weight: ROUTE_WEIGHTS.glossary, route: 'glossary' as const }));
  }

  /** Two English words that spell a Chinese name in pinyin ("Guo Jianfeng" → 郭剑烽). */
  private addPinyinName(first: Token, second: Token): boolean {
    const joined = englishTerm(first.surface + second.surface);
    const words = joined === null ? [] : this.snapshot.lexicon.chineseForPinyin(joined);
    if (words.length === 0) return false;
    this.add(`${first.surface} ${second.surface}`, [
      { terms: [first.term, second.term], weight: ROUTE_WEIGHTS.word, route: 'word' },
      ...words.map((word) => ({
        terms: [word],
        weight: ROUTE_WEIGHTS.pinyin,
        route: 'pinyin' as const,
      })),
    ]);
    return true;
  }

  /**
   * A Chinese personal name in pinyin that no Chinese passage holds ("Zhai Jinguo"): the full
   * name as a phrase, or the surname alone, as later mentions have it ("Zhai recommended…").
   */
  private addPersonName(surname: Token, givenName: Token): boolean {
    if (!surname.specific || !isPinyinName(surname.surface, givenName.surface)) return false;
    this.add(
      `${surname.surface} ${givenName.surface}`,
      [
        { terms: [surname.term, givenName.term], weight: ROUTE_WEIGHTS.word, route: 'word' },
        { terms: [surname.term], weight: ROUTE_WEIGHTS.surname, route: 'surname' },
      ],
      surname,
    );
    return true;
  }

  private latinAlternatives(term: string): Alternative[] {
    const { lexicon, keywordIndex } = this.snapshot;
    const alternatives: Alternative[] = [
      { terms: [term], weight: ROUTE_WEIGHTS.word, route: 'word' },
      ...synonymsOf(term).map((synonym) => ({
        terms: [synonym],
        weight: ROUTE_WEIGHTS.synonym,
        route: 'synonym' as const,
      })),
      ...lexicon.chineseFor(term).map(([word, strength]) => translation(word, strength)),
      ...monthNumberOf(term),
      ...this.pinyinMatches(term),
    ];
    if (alternatives.length === 1 && !keywordIndex.has(term))
      alternatives.push(
        ...spellingIndexOf(this.snapshot).corrections(term).slice(0, MAX_CORRECTIONS).map(spelling),
      );
    return alternatives;
  }

  /**
   * Chinese names whose pinyin the word is ("luodian" → 罗店); for a word the index lacks,
   * which can only be a name written in pinyin ("Jingong"), any Chinese word of that sound.
   */
  private pinyinMatches(term: string): Alternative[] {
    const { lexicon, keywordIndex } = this.snapshot;
    const names = lexicon.chineseForPinyin(term);
    const words = names.length > 0 || keywordIndex.has(term) ? names : lexicon.soundingLike(term);
    return words.map((word) => ({
      terms: [word],
      weight: ROUTE_WEIGHTS.pinyin,
      route: 'pinyin' as const,
    }));
  }

  private hanAlternatives(word: string): Alternative[] {
    const { lexicon, keywordIndex, analyzer } = this.snapshot;
    const alternatives: Alternative[] = [
      { terms: [word], weight: ROUTE_WEIGHTS.word, route: 'word' },
    ];
    if (!keywordIndex.has(word)) {
      const parts = analyzer
        .subwords(word)
        .filter((part) => part.length > 1 && keywordIndex.has(part));
      if (parts.length > 0)
        alternatives.push({ terms: parts, weight: ROUTE_WEIGHTS.subword, route: 'subword' });
    }
    const translations = lexicon.englishFor(word);
    alternatives.push(...translations.map(([term, strength]) => translation(term, strength)));
    if (alternatives.length === 1 && !keywordIndex.has(word))
      alternatives.push(...this.homophones(word));
    if (translations.length === 0) alternatives.push(...this.partTranslation(word));
    for (const spelling of lexicon.pinyinSpellings(word)) {
      if (!spelling.every((term) => keywordIndex.has(term))) continue;
      alternatives.push({ terms: spelling, weight: ROUTE_WEIGHTS.pinyin, route: 'pinyin' });
      // 翟金国 written "Zhai Jinguo" in an English report is "Zhai" after the first mention.
      const [surname] = spelling;
      if (spelling.length === 2 && surname !== undefined && looksLikeChineseName(word))
        alternatives.push({ terms: [surname], weight: ROUTE_WEIGHTS.surname, route: 'surname' });
    }
    return alternatives;
  }

  /** Index words that sound the same as a word the index lacks: "写会" typed for 协会. */
  private homophones(word: string): Alternative[] {
    const spelled = pinyinTerm(word);
    if (spelled === null || [...word].length < 2) return [];
    return this.snapshot.lexicon
      .soundingLike(spelled)
      .filter((candidate) => candidate !== word && candidate.length === word.length)
      .slice(0, MAX_CORRECTIONS)
      .map(spelling);
  }

  /**
   * A compound the dictionary lacks, translated part by part: 行业协会 → "industry" +
   * "association", matched only where both occur.
   */
  private partTranslation(word: string): Alternative[] {
    const { lexicon, analyzer } = this.snapshot;
    const subwords = analyzer.subwords(word);
    const head = subwords.find(
      (part) => word.startsWith(part) && subwords.includes(word.slice(part.length)),
    );
    if (head === undefined) return [];
    const links = [head, word.slice(head.length)].map((part) => lexicon.englishFor(part)[0]);
    if (links.some((link) => link === undefined)) return [];
    const terms = links.map((link) => (link as NonNullable<typeof link>)[0]);
    const strength = Math.min(...links.map((link) => (link as NonNullable<typeof link>)[1]));
    return [{ terms, weight: ROUTE_WEIGHTS.translation * strength, route: 'translation' }];
  }

  /**
   * How specific the concept is in this knowledge base, in either language: the IDF of its
   * most common strong alternative. 企业 is rare among Chinese passages but "company" is
   * common, so the concept is common. Route weights do not lower it: a word matched only
   * through a weak translation ("股价" → "share") still matters to the question. A concept
   * the index lacks entirely weighs OUT_OF_VOCABULARY of the highest IDF, or all of it when it
   * is a name or a number ("France", "218").
   */
  private importance(alternatives: readonly Alternative[], specific: boolean): number {
    const index = this.snapshot.keywordIndex;
    // A surname alone is shared by many people: the full name says how rare the person is.
    const idfs = alternatives
      .filter((alternative) => alternative.route !== 'surname')
      .filter((alternative) => alternative.terms.every((term) => index.has(term)))
      .map((alternative) => ({
        weight: alternative.weight,
        idf: meanIdf(alternative.terms, index),
      }));
    if (idfs.length === 0) {
      const han = alternatives.some((alternative) => alternative.terms.some(hasHan));
      return index.maxIdf() * (specific ? 1 : han ? CHINESE_OUT_OF_VOCABULARY : OUT_OF_VOCABULARY);
    }
    const strong = idfs.filter((entry) => entry.weight >= STRONG_ROUTE);
    return Math.min(...(strong.length > 0 ? strong : idfs).map((entry) => entry.idf));
  }
}

/** Index term → the index terms of the words of the same meaning. */
const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  ENGLISH.synonyms.flatMap((group) => {
    const terms = group.map((word) => englishTerm(word) ?? word);
    return terms.map((term) => [term, terms.filter((other) => other !== term)] as const);
  }),
);

function synonymsOf(term: string): readonly string[] {
  return SYNONYMS.get(term) ?? [];
}

/**
 * Months across the languages: "June" is "6月" in Chinese, indexed as the number 6, and "6月"
 * is "June". May has no term: as an English word it is mostly the verb, a stop word.
 */
const MONTH_TERMS: readonly (readonly string[])[] = ENGLISH.monthNames.map((name, i) =>
  [name, ENGLISH.months[i] as string, ...(name === 'September' ? ['Sept'] : [])]
    .map((word) => englishTerm(word))
    .filter((term): term is string => term !== null),
);

function monthNumberOf(term: string): Alternative[] {
  const month = MONTH_TERMS.findIndex((terms) => terms.includes(term));
  return month < 0 ? [] : [translation(valueTerm(month + 1), 1)];
}

function monthNameOf(month: number | undefined): Alternative[] {
  const name = month === undefined ? undefined : MONTH_TERMS[month - 1]?.[0];
  return name === undefined ? [] : [translation(name, 1)];
}

function meanIdf(terms: readonly string[], index: KeywordIndex): number {
  return terms.reduce((sum, term) => sum + index.idf(term), 0) / terms.length;
}

const MAX_CORRECTIONS = 2;

function spelling(target: string): Alternative {
  return { terms: [target], weight: ROUTE_WEIGHTS.spelling, route: 'spelling' };
}

/** Per snapshot, its spelling index, built on first use. */
const spellingIndexes = new WeakMap<Snapshot, SpellingIndex>();

function spellingIndexOf(snapshot: Snapshot): SpellingIndex {
  let index = spellingIndexes.get(snapshot);
  if (index === undefined) {
    index = new SpellingIndex(snapshot.keywordIndex.vocabulary());
    spellingIndexes.set(snapshot, index);
  }
  return index;
}

function translation(target: string, strength: number): Alternative {
  return { terms: [target], weight: ROUTE_WEIGHTS.translation * strength, route: 'translation' };
}

/** A concept's identity: the same alternatives make the same concept. */
export function conceptSignature(concept: Pick<Concept, 'alternatives'>): string {
  const { alternatives } = concept;
  return alternatives
    .map((alternative) => alternative.terms.join('+'))
    .sort()
    .join('|');
}

/**
 * The index terms of a glossary name, once per analyzer: tagging an English name's words
 * costs as much as tagging the question, and a matched entry has a name in each language.
 * The glossary is small and fixed per snapshot, so the cache stays small.
 */
const nameTermsByAnalyzer = new WeakMap<Analyzer, Map<string, string[]>>();

function nameTerms(analyzer: Analyzer, name: string): string[] {
  let cache = nameTermsByAnalyzer.get(analyzer);
  if (cache === undefined) {
    cache = new Map();
    nameTermsByAnalyzer.set(analyzer, cache);
  }
  let terms = cache.get(name);
  if (terms === undefined) {
    terms = [...new Set(analyzer.queryTokens(name).map((token) => token.term))];
    cache.set(name, terms);
  }
  return terms;
}
