/**
 * What sort of answer a question wants (a list of names, a quantity, a time, a person, a
 * place, or a general statement), and the rule that goes with each kind: how a question of
 * either language asks for it, how many passages it needs, and which values in a sentence
 * answer it. One module per kind holds its rule; `question-kinds.ts` lists them.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Concept, Query } from '../retrieval/build-query.js';
import type { Language } from '../text/detect-language.js';

export type QuestionKind = 'list' | 'quantity' | 'when' | 'who' | 'where' | 'general';

/** A value of the asked kind found in a sentence: where it is, and how to say it in each language. */
export interface KindValue {
  text: string;
  start: number;
  end: number;
  /** The value in each language ("18亿元" is "1.8 billion yuan" in English). */
  said: Record<Language, string>;
}

export interface QuestionKindRule {
  readonly kind: QuestionKind;
  /** True when a question of the language asks for this kind. */
  readonly detect: Readonly<Record<Language, (question: string) => boolean>>;
  /** Passages gathered as evidence for a question of this kind. */
  readonly passages: number;
  /** True when only a sentence holding a value of the kind can answer (a person for "who"). */
  readonly asksForValue: boolean;
  /** Marks the concepts that say more about this kind (the measure of a quantity). */
  prepare?(concepts: Concept[]): Concept[];
  /** The values of this kind a sentence holds, for the query. */
  values(sentence: string, query: Query, lexicon: Lexicon): KindValue[];
}

/** A rule's detection from patterns: any pattern of the language matches. */
export function detectByPatterns(
  patterns: Readonly<Record<Language, readonly RegExp[]>>,
): QuestionKindRule['detect'] {
  return {
    en: (question) => patterns.en.some((pattern) => pattern.test(question)),
    zh: (question) => patterns.zh.some((pattern) => pattern.test(question)),
  };
}

/** The spans of a text a global pattern matches, as values. */
export function matchedValues(text: string, pattern: RegExp): KindValue[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  return [...text.matchAll(global)].map((match) =>
    valueAt(text, match.index ?? 0, (match.index ?? 0) + match[0].length),
  );
}

/** The span [start, end) of a text as a value said the same way in both languages. */
export function valueAt(text: string, start: number, end: number): KindValue {
  const span = text.slice(start, end);
  return { text: span, start, end, said: { en: span, zh: span } };
}

/**
 * A question word that asks, not one that joins a clause: at the start of the question (after
 * "and", "so", "hey"…) or followed by a verb ("when did…", "where is…"), but not "hold when he
 * spoke" or "the park where it stands".
 */
export function askingWord(words: string): RegExp {
  return new RegExp(
    `^\\W*(?:(?:and|so|but|ok|okay|hey|hi|then|also|um|well|now)\\W+)*(?:${words})\\b|\\b(?:${words})\\W+(?:is|was|are|were|did|does|do|will|would|can|could|should|has|had|have)\\b`,
    'i',
  );
}
