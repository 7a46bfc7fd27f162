/**
 * Of the values of the asked kind a sentence holds, the one the question asks about: the one
 * nearest to the words of the question in the sentence ("规划面积约200亩，总投资约18亿元" answers
 * "总投资多少" with 18亿元, the figure next to 投资).
 */
import type { KindValue } from '../kinds/question-kind.js';
import type { Concept, Query } from '../retrieval/build-query.js';
import { hasHan, matchingKey } from '../text/analyzer.js';

/** The value nearest to where the sentence uses the question's words; the first when it uses none. */
export function pickValue(
  sentence: string,
  values: readonly KindValue[],
  query: Query,
): KindValue | undefined {
  return nearest(values, positionsOf(wordsUsed(sentence, query)))?.value ?? values[0];
}

/**
 * Characters between the nearest value and the nearest use of the question's words (`any`),
 * and of the words that name what is asked (`asked`: "副区长", "产值"); `null` where the
 * sentence uses none. The sentence is scanned for the question's words once for both.
 */
export function valueDistances(
  sentence: string,
  values: readonly KindValue[],
  query: Query,
): { any: number | null; asked: number | null } {
  const used = wordsUsed(sentence, query);
  const asked = used.filter(({ concept }) => concept.answerType);
  return {
    any: nearest(values, positionsOf(used))?.distance ?? null,
    asked: nearest(values, positionsOf(asked))?.distance ?? null,
  };
}

/** Characters between a value and the nearest name the question uses in the sentence; `null` when it uses none there. */
export function distanceToNames(sentence: string, value: KindValue, query: Query): number | null {
  const names = wordsUsed(sentence, query).filter(
    ({ concept }) => concept.specific && concept.year === undefined,
  );
  return nearest([value], positionsOf(names))?.distance ?? null;
}

function nearest(values: readonly KindValue[], positions: readonly number[]) {
  if (positions.length === 0) return null;
  let best: { value: KindValue; distance: number } | null = null;
  for (const value of values) {
    const distance = Math.min(
      ...positions.map((position) =>
        position < value.start ? value.start - position : Math.max(0, position - value.end),
      ),
    );
    if (best === null || distance < best.distance) best = { value, distance };
  }
  return best;
}

interface WordUse {
  concept: Concept;
  position: number;
}

function positionsOf(used: readonly WordUse[]): number[] {
  return used.map(({ position }) => position);
}

/** Where the sentence uses a word of the question (any alternative), by character offset. */
function wordsUsed(sentence: string, query: Query): WordUse[] {
  const key = matchingKey(sentence);
  const used: WordUse[] = [];
  for (const concept of query.concepts) {
    if (concept.fromContext) continue;
    for (const alternative of concept.alternatives) {
      for (const term of alternative.terms) {
        if (term.startsWith('#')) continue;
        const pattern = hasHan(term)
          ? new RegExp(escapeRegExp(term), 'g')
          : new RegExp(`\\b${escapeRegExp(term)}`, 'g');
        for (const match of key.matchAll(pattern))
          used.push({ concept, position: match.index ?? 0 });
      }
    }
  }
  return used;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A value as compared across reports: "more than 10 billion yuan" and "10 billion yuan" agree. */
export function valueKey(said: string): string {
  return matchingKey(said)
    .replace(/^(?:more than|about|nearly|up to)\s+/, '')
    .trim();
}
