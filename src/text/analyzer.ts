/**
 * Turns text of either language into search terms. Chinese is segmented with jieba
 * (@node-rs/jieba); English is NFKC-normalized, case-folded, stripped of stop words and
 * stemmed (Porter). Callers pass bounded text only: questions are length-checked first and
 * passages are chunks.
 */
import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { stemmer } from 'stemmer';
import { CHINESE } from '../language/chinese.js';
import { type Asking, ENGLISH } from '../language/english.js';
import { SUPPLEMENT_WORDS } from '../lexicon/dictionary-supplement.js';
import { foldScript } from './fold-script.js';
import { findNumbers, valueTerm } from './numbers.js';
import { isChineseStopWord, isEnglishStopWord } from './stop-words.js';
import { chineseRole, englishRoles, ROLE_WEIGHTS, type WordRole } from './word-roles.js';

/** One word of a question, with the term it is indexed under. */
export interface Token {
  term: string;
  surface: string;
  script: 'han' | 'latin';
  /** How much the word says about what is asked (see word-roles.ts), 0–1. */
  role: number;
  /** A name or a number: a knowledge base without the word cannot be about it. */
  specific: boolean;
  /** The word names the kind of answer wanted ("which companies", "哪些论坛", "how many staff"). */
  answerType: boolean;
  /** The number of a month ("6" in "6月", "1" and "9" in "1至9月"), 1–12. */
  month?: number;
}

export interface Analyzer {
  /** Index terms of a passage: words and, for Chinese, their sub-words (search mode). */
  indexTerms(text: string): string[];
  /**
   * The words of a question, in order, stop words removed. `sentence` is the whole question
   * when `text` is a part of it (names blanked out): parts of speech come from the sentence.
   */
  queryTokens(text: string, sentence?: string): Token[];
  /** The sub-words jieba's search mode finds inside a Chinese word. */
  subwords(word: string): string[];
}

const RUN =
  /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[.,'’&-](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*)/gu;
const HAN = /\p{Script=Han}/u;

/** True when the text holds a Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Normalizes text for matching: NFKC (full-width forms become ASCII), lower case, and
 * simplified Chinese characters for traditional ones. Offsets in the key hold in the text
 * wherever NFKC keeps lengths (it does for Chinese and English text).
 */
export function matchingKey(text: string): string {
  return foldScript(text.normalize('NFKC').toLowerCase());
}

/**
 * The index term of one English word, or `null` for a stop word. Numbers lose their
 * thousands separators ("530,000" → "530000"); words lose a possessive "'s".
 */
export function englishTerm(word: string): string | null {
  const known = termCache.get(word);
  if (known !== undefined) return known;
  const term = computeEnglishTerm(word);
  if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
  termCache.set(word, term);
  return term;
}

// Stemming is the costly step of analysis, and words repeat: building the lexicon stems the
// same few tens of thousands of gloss words 750,000 times.
const TERM_CACHE_SIZE = 200_000;
const termCache = new Map<string, string | null>();

function computeEnglishTerm(word: string): string | null {
  const lower = matchingKey(word).replace(/['’]s$/, '');
  if (/^\d[\d,]*(\.\d+)?$/.test(lower)) return lower.replaceAll(',', '');
  if (lower.length < 2 || isEnglishStopWord(lower)) return null;
  return stemmer(lower.replace(/['’]/g, ''));
}

/**
 * Creates an analyzer whose Chinese segmentation also knows `userWords` (glossary names) and
 * the dictionary supplement's words ("卫健委", "副区长").
 */
export function createAnalyzer(userWords: readonly string[] = []): Analyzer {
  const jieba = Jieba.withDict(dict);
  const chineseWords = [...SUPPLEMENT_WORDS, ...userWords].filter(hasHan).map(matchingKey);
  if (chineseWords.length > 0) {
    jieba.loadDict(Buffer.from(chineseWords.map((word) => `${word} 100000 nz`).join('\n')));
  }
  return {
    indexTerms: (text) => indexTerms(jieba, text),
    queryTokens: (text, sentence) => queryTokens(jieba, text, sentence ?? text),
    subwords: (word) => jieba.cutForSearch(word, true).filter((part) => part !== word),
  };
}

function indexTerms(jieba: Jieba, text: string): string[] {
  const terms: string[] = findNumbers(text).map((mention) => valueTerm(mention.value));
  for (const [run, han] of runs(text)) {
    if (han) {
      for (const word of jieba.cutForSearch(run, true)) {
        if (isChineseWord(word)) terms.push(word);
      }
    } else {
      pushLatinTerms(terms, run);
    }
  }
  return terms;
}

/**
 * The words of a question with their roles. The noun right after a question word ("what
 * date", "which wider event", "哪位院士", "什么机制") names the kind of answer wanted, which
 * the answering sentence expresses with a value rather than the word, so it counts for less.
 */
function queryTokens(jieba: Jieba, question: string, sentence: string): Token[] {
  const tokens: Token[] = [];
  const numbers = findNumbers(question);
  const text = numbers.reduce(
    (masked, { start, end }) =>
      masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end),
    question,
  );
  const roles = /[A-Za-z]/.test(text) ? englishRoles(sentence) : new Map<string, WordRole>();
  let asking: Asking | null = null;
  const push = (
    term: string,
    surface: string,
    script: Token['script'],
    role: WordRole,
    leadsOn = false,
  ) => {
    const weight = asking === 'kind' ? role.weight * ROLE_WEIGHTS.answerType : role.weight;
    tokens.push({
      term,
      surface,
      script,
      role: weight,
      specific: role.specific,
      answerType: asking !== null,
    });
    // "which wider event", "which well-known companies": the answer type runs on through
    // adjectives and the first parts of a compound to its noun.
    if (!role.modifier && !leadsOn) asking = null;
  };
  for (const [run, han] of runs(text)) {
    if (han) {
      const words = joinSplitNames(
        run.split(CHINESE.copulaBeforeQuestion).flatMap((part) => jieba.tag(part, true)),
      );
      words.forEach(({ word, tag }, i) => {
        // "多少条措施": the classifier after a question word belongs to it.
        if (asking !== null && CHINESE.classifiers.has(word)) return;
        // "从多少涨到多少": a verb after a question word is what happened, not the kind asked.
        // (After 哪些 the next word is the kind asked, whatever jieba tags it: 举措 is a "v".)
        if (asking === 'count' && tag.startsWith('v')) asking = null;
        const questionWord = chineseQuestionWord(word);
        if (questionWord === null && isChineseWord(word))
          push(word, word, 'han', chineseRole(word, tag), nounCompound(tag, words[i + 1]));
        else if (PLURAL_KIND.test(word) && words.slice(i + 1).every((w) => !isChineseWord(w.word)))
          markTrailingAnswerType(tokens);
        else asking = questionWord;
      });
      continue;
    }
    // Split keeping the separators: a word followed by "-" is the first part of a compound.
    const pieces = run.split(/([-&])/);
    pieces.forEach((word, i) => {
      if (i % 2 === 1) return;
      const term = englishTerm(word);
      const compound = pieces[i + 1] === '-';
      if (term !== null)
        push(
          term,
          word,
          'latin',
          roles.get(word.replace(/['’]s$/, '')) ?? fallbackRole(word),
          compound,
        );
      else if (!(asking !== null && ENGLISH.askedNounModifiers.has(word.toLowerCase())))
        asking = ENGLISH.questionWords.get(word) ?? null;
    });
  }
  for (const { start, end, value } of numbers) {
    const month = CHINESE.monthAfter.test(question.slice(end)) ? value : undefined;
    tokens.push({
      term: valueTerm(value),
      surface: question.slice(start, end),
      script: 'latin',
      role: ROLE_WEIGHTS.noun,
      specific: true,
      answerType: false,
      ...(month !== undefined && Number.isInteger(month) && month >= 1 && month <= 12
        ? { month }
        : {}),
    });
  }
  return tokens;
}

/**
 * A noun followed by another noun (or a word jieba does not know) is the first part of a
 * compound: in "哪些生物医药企业" or "哪些药品方向" the answer type runs to the last noun.
 */
function nounCompound(tag: string, next: TaggedWord | undefined): boolean {
  return (
    tag.startsWith('n') &&
    next !== undefined &&
    /^(?:n|x$)/.test(next.tag) &&
    isChineseWord(next.word)
  );
}

/**
 * jieba splits personal names it does not know after the surname (翟 / 金国): a lone common
 * surname followed by one or two characters becomes one name again, tagged as a name.
 */
function joinSplitNames(tagged: TaggedWord[]): TaggedWord[] {
  const joined: TaggedWord[] = [];
  for (let i = 0; i < tagged.length; i += 1) {
    const current = tagged[i] as TaggedWord;
    const next = tagged[i + 1];
    if (
      next !== undefined &&
      isSurname(current) &&
      /^\p{Script=Han}{1,2}$/u.test(next.word) &&
      !isChineseStopWord(next.word)
    ) {
      joined.push({ word: current.word + next.word, tag: 'nr' });
      i += 1;
    } else {
      joined.push(current);
    }
  }
  return joined;
}

function isSurname({ word, tag }: TaggedWord): boolean {
  return (tag === 'nr' || tag === 'x') && CHINESE.surnames.has(word);
}

/** Role of a word compromise did not tag (it only sees Latin text): numbers are specific nouns. */
function fallbackRole(word: string): WordRole {
  return /^\d/.test(word)
    ? { weight: ROLE_WEIGHTS.noun, specific: true, modifier: false }
    : { weight: ROLE_WEIGHTS.other, specific: false, modifier: false };
}

/**
 * Question words that ask for several things of a kind. Not 什么: in "宝山的定位是什么？" the
 * noun before it is what is asked about, not the kind of the answer.
 */
const PLURAL_KIND = /^哪(?:些|几)/;

/**
 * "成员单位有哪些？": 哪些 or 哪几 ending the question asks for things of the kind the noun
 * before it names, when no noun after a question word has been marked already.
 */
function markTrailingAnswerType(tokens: Token[]): void {
  if (tokens.some((token) => token.answerType)) return;
  const last = tokens.at(-1);
  if (last === undefined || last.script !== 'han' || last.specific) return;
  tokens[tokens.length - 1] = {
    ...last,
    role: last.role * ROLE_WEIGHTS.answerType,
    answerType: true,
  };
}

function chineseQuestionWord(word: string): Asking | null {
  if (CHINESE.kindQuestionWords.test(word)) return 'kind';
  return CHINESE.countQuestionWords.test(word) ? 'count' : null;
}

function pushLatinTerms(terms: string[], run: string): void {
  for (const word of run.split(/[-&]/)) {
    const term = englishTerm(word);
    if (term !== null) terms.push(term);
  }
}

/** A Chinese word worth indexing: not a stop word, not a "how many" word (几届, 第几). */
function isChineseWord(word: string): boolean {
  return hasHan(word) && !isChineseStopWord(word) && !/^第?几/.test(word);
}

function* runs(text: string): Generator<[string, boolean]> {
  for (const match of matchingKey(text).matchAll(RUN)) {
    if (match[1] !== undefined) yield [match[1], true];
    else if (match[2] !== undefined) yield [match[2], false];
  }
}
