/** A row of numbers as a one-line bar chart, for chat messages and terminals alike. */

/** The bars, lowest first. */
export const SPARK_BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * One bar per value, scaled to the largest. Only a zero gets the lowest bar: a day with one
 * question must not look like a day with none.
 */
export function sparkline(values: readonly number[]): string {
  const highest = Math.max(0, ...values);
  return values.map((value) => SPARK_BARS[barIndex(value, highest)]).join('');
}

function barIndex(value: number, highest: number): number {
  if (value <= 0 || highest <= 0) return 0;
  const top = SPARK_BARS.length - 1;
  return Math.max(1, Math.ceil((value / highest) * top));
}
