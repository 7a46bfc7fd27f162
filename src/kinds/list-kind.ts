/**
 * "Which companies signed…?", "哪些企业…", "List the…": the answer is several names, gathered
 * from every enumeration of the kind asked for (see compose-extractive-answer.ts).
 */
import type { QuestionKindRule } from './question-kind.js';

/** Words that end in "s" without being plural nouns after "which"/"what". */
const NOT_PLURAL_NOUNS = new Set([
  'is',
  'was',
  'does',
  'has',
  'this',
  'its',
  'us',
  'his',
  'hers',
  'ours',
  'yours',
  'theirs',
  'as',
  'less',
]);

const ENGLISH_LIST_VERBS = /\b(list|enumerate|name (all|the|some|every))\b/i;
/** "What are the three sub-parks…", "what were the main measures…". */
const WHAT_ARE_NOUNS = /\bwhat\s+(?:are|were)\s+(?:the\s+)?(?:[a-z0-9+-]+\s+){0,3}?([a-z-]+s)\b/i;
const WHICH_NOUNS =
  /\b(which|what)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+s)\b(?!\s+(?:the|a|an|its|their|this|that|these|those)\b)/i;
const CHINESE_LIST =
  /哪些|哪几|有哪|列出|列举|都有什么|都有谁|包括什么|包括哪|哪[两二三四五六七八九十]+[个家项位所条类大]/;

/** The plural noun an English list question asks for ("which city departments" → departments), if any. */
export function askedPluralNoun(question: string): string | undefined {
  return WHAT_ARE_NOUNS.exec(question)?.[1] ?? WHICH_NOUNS.exec(question)?.[2];
}

/**
 * "Which companies…", "What measures…", "List the…", "Name the…" ask for several items. A word
 * in -s followed by an article is a verb, not the plural noun: "Which district hosts the park?".
 */
function asksForEnglishList(question: string): boolean {
  if (ENGLISH_LIST_VERBS.test(question) || WHAT_ARE_NOUNS.test(question)) return true;
  const noun = WHICH_NOUNS.exec(question)?.[2]?.toLowerCase();
  return noun !== undefined && !NOT_PLURAL_NOUNS.has(noun) && !/ss$/.test(noun);
}

export const listKind: QuestionKindRule = {
  kind: 'list',
  detect: { en: asksForEnglishList, zh: (question) => CHINESE_LIST.test(question) },
  // Items are spread over every report that names them.
  passages: 8,
  asksForValue: false,
  values: () => [],
};
