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
  return nearest(sentence, values, query)?.value ?? values[0];
}

/**
 * Characters between the nearest value and the nearest use of the question's words (of those
 * `include` accepts); `null` when there is none.
 */
export function valueDistance(
  sentence: string,
  values: readonly KindValue[],
  query: Query,
  include?: (concept: Concept) => boolean,
): number | null {
  return nearest(sentence, values, query, include)?.distance ?? null;
}

/** Characters between a value and the nearest name the question uses in the sentence; `null` when it uses none there. */
export function distanceToNames(sentence: string, value: KindValue, query: Query): number | null {
  const positions = conceptPositions(
    sentence,
    query,
    (concept) => concept.specific && concept.year === undefined,
  );
  if (positions.length === 0) return null;
  return Math.min(
    ...positions.map((position) =>
      position < value.start ? value.start - position : Math.max(0, position - value.end),
    ),
  );
}

function nearest(
  sentence: string,
  values: readonly KindValue[],
  query: Query,
  include?: (concept: Concept) => boolean,
) {
  const positions = conceptPositions(sentence, query, include);
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

/** Where the sentence uses a word of the question (any alternative), by character offset. */
function conceptPositions(
  sentence: string,
  query: Query,
  include: (concept: Concept) => boolean = () => true,
): number[] {
  const key = matchingKey(sentence);
  const positions: number[] = [];
  for (const concept of query.concepts) {
    if (concept.fromContext || !include(concept)) continue;
    for (const alternative of concept.alternatives) {
      for (const term of alternative.terms) {
        if (term.startsWith('#')) continue;
        const pattern = hasHan(term)
          ? new RegExp(escapeRegExp(term), 'g')
          : new RegExp(`\\b${escapeRegExp(term)}`, 'g');
        for (const match of key.matchAll(pattern)) positions.push(match.index ?? 0);
      }
    }
  }
  return positions;
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
