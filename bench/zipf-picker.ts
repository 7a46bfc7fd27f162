/**
 * Picks items with Zipf-like frequencies: the item of rank r (from 1) is drawn with weight
 * 1 / r^s. Real text has a few very common words and a long tail of rare ones; that shape
 * decides posting-list lengths, and hence how fast the keyword leg scores.
 */
import type { Random } from './seeded-random.js';

/** The exponent of natural-language word frequencies (close to 1). */
export const ZIPF_EXPONENT = 1.05;

export type Picker<T> = (random: Random) => T;

/** A picker over `items`, most frequent first. */
export function zipfPicker<T>(items: readonly T[], exponent = ZIPF_EXPONENT): Picker<T> {
  if (items.length === 0) throw new Error('a Zipf picker needs at least one item');
  const cumulative = cumulativeWeights(items.length, exponent);
  const total = cumulative[cumulative.length - 1] as number;
  return (random) => items[firstAtLeast(cumulative, random.next() * total)] as T;
}

function cumulativeWeights(count: number, exponent: number): Float64Array {
  const cumulative = new Float64Array(count);
  let sum = 0;
  for (let rank = 1; rank <= count; rank += 1) {
    sum += 1 / rank ** exponent;
    cumulative[rank - 1] = sum;
  }
  return cumulative;
}

/** Index of the first cumulative weight at or above `target` (binary search). */
function firstAtLeast(cumulative: Float64Array, target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
