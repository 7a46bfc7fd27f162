/**
 * How much a word of a question says about what it asks: names, nouns and numbers say the
 * most, verbs and adjectives less, adverbs and pronouns little. "What's the weather in
 * Baoshan?" is about the weather, and a knowledge base without weather reports cannot answer
 * it; "Where is the park located?" is about the park, whatever verb the report uses.
 * English parts of speech come from compromise, Chinese ones from jieba's tagger.
 */
import nlp from 'compromise/two';
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';

export const ROLE_WEIGHTS = {
  noun: 1,
  verbalNoun: 0.8,
  verb: 0.5,
  /** A verb that carries little meaning of its own ("take up", "go back", "进行", "得到"). */
  lightVerb: 0.2,
  adjective: 0.5,
  adverb: 0.3,
  function: 0,
  other: 0.5,
  /** Factor for a word naming the kind of answer wanted ("what date", "哪位院士"). */
  answerType: 0.3,
} as const;

/** What a question word is: how much it says (`weight`), and whether it names something specific. */
export interface WordRole {
  weight: number;
  /** A name or a number: a knowledge base that lacks it cannot be about it. */
  specific: boolean;
  /** An adjective: it qualifies the noun after it ("which wider event"). */
  modifier: boolean;
}

/** The role of each word of an English text, by lower-cased word. */
export function englishRoles(text: string): Map<string, WordRole> {
  const roles = new Map<string, WordRole>();
  for (const term of nlp(text).terms().json() as {
    terms: { normal: string; tags: string[] }[];
  }[]) {
    const first = term.terms[0];
    if (first === undefined) continue;
    const tags = new Set(first.tags);
    roles.set(first.normal, {
      weight:
        ENGLISH.lightVerbs.has(first.normal) && tags.has('Verb')
          ? ROLE_WEIGHTS.lightVerb
          : englishRole(tags),
      specific: tags.has('ProperNoun') || tags.has('Value') || tags.has('Acronym'),
      modifier: tags.has('Adjective') && !tags.has('Noun'),
    });
  }
  return roles;
}

function englishRole(tags: ReadonlySet<string>): number {
  if (tags.has('ProperNoun') || tags.has('Value') || tags.has('Acronym')) return ROLE_WEIGHTS.noun;
  if (tags.has('Pronoun') || tags.has('QuestionWord') || tags.has('Determiner'))
    return ROLE_WEIGHTS.function;
  if (tags.has('Noun')) return ROLE_WEIGHTS.noun;
  if (tags.has('Verb')) return ROLE_WEIGHTS.verb;
  if (tags.has('Adjective')) return ROLE_WEIGHTS.adjective;
  if (tags.has('Adverb')) return ROLE_WEIGHTS.adverb;
  return ROLE_WEIGHTS.other;
}

/**
 * Role weight of a Chinese word from its jieba part-of-speech tag (ICTCLAS tag set). A single
 * character is rarely what a question is about (条, 大, 多), whatever its tag.
 */
export function chineseRole(word: string, tag: string): WordRole {
  // jieba tags a word it does not know as x: a person's name (刘平, 翟金国) when it starts with
  // a common surname and is two or three characters long, else an odd word of no weight.
  if (tag === 'x')
    return looksLikeChineseName(word)
      ? { weight: ROLE_WEIGHTS.noun, specific: true, modifier: false }
      : { weight: ROLE_WEIGHTS.other, specific: false, modifier: false };
  const role = CHINESE.lightVerbs.has(word) ? ROLE_WEIGHTS.lightVerb : chineseTagRole(tag);
  const specific =
    tag === 'nr' || tag === 'ns' || tag === 'nt' || tag === 'nz' || tag === 'm' || tag === 'eng';
  return {
    weight: [...word].length === 1 ? Math.min(role, ROLE_WEIGHTS.verb) : role,
    specific,
    modifier: tag === 'a' || tag === 'b',
  };
}

function chineseTagRole(tag: string): number {
  if (tag === 'vn' || tag === 'an') return ROLE_WEIGHTS.verbalNoun;
  if (
    tag === 'r' ||
    tag === 'u' ||
    tag === 'p' ||
    tag === 'c' ||
    tag === 'y' ||
    tag === 'x' ||
    tag === 'e'
  )
    return ROLE_WEIGHTS.function;
  if (tag.startsWith('n') || tag === 'eng' || tag === 'm' || tag === 'j') return ROLE_WEIGHTS.noun;
  if (tag.startsWith('v')) return ROLE_WEIGHTS.verb;
  if (tag.startsWith('a') || tag === 'b') return ROLE_WEIGHTS.adjective;
  if (tag === 'd' || tag === 'q') return ROLE_WEIGHTS.adverb;
  return ROLE_WEIGHTS.other;
}

/** A common surname and one or two characters more: 刘平, 翟金国. */
export function looksLikeChineseName(word: string): boolean {
  const characters = [...word];
  return (
    characters.length >= 2 &&
    characters.length <= 3 &&
    CHINESE.surnames.has(characters[0] as string)
  );
}
