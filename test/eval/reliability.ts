/**
 * How well the engine's confidence predicts that its answer is right: outcomes bucketed by
 * the confidence the engine gave, each bucket's mean confidence beside the share of its
 * answers that were right. A calibrated engine's two columns agree.
 */
import { mean, type Outcome } from './evaluate.js';

const BUCKETS = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];

/** The reliability table as printable lines; none when no outcome carries a confidence. */
export function reliabilityTable(outcomes: readonly Outcome[]): string[] {
  const rated = outcomes.filter((outcome) => outcome.confidence !== null);
  if (rated.length === 0) return [];
  const lines = ['Reliability (forced answers): confidence  questions  mean confidence  right'];
  for (let i = 0; i + 1 < BUCKETS.length; i += 1) {
    const [low, high] = [BUCKETS[i] as number, BUCKETS[i + 1] as number];
    const bucket = rated.filter(
      (outcome) => (outcome.confidence as number) >= low && (outcome.confidence as number) < high,
    );
    if (bucket.length === 0) continue;
    const predicted = mean(bucket.map((outcome) => outcome.confidence as number));
    const observed = mean(bucket.map((outcome) => Number(outcome.correct)));
    lines.push(
      `  ${`${low.toFixed(1)}–${Math.min(1, high).toFixed(1)}`.padEnd(22)} ${String(bucket.length).padStart(9)}  ${predicted.toFixed(2).padStart(15)}  ${observed.toFixed(2).padStart(5)}`,
    );
  }
  return lines;
}
