/** Latency samples and their percentiles, in milliseconds. */

export interface LatencySummary {
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
}

/** The nearest-rank percentile `p` (0–100) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** p50, p99 and mean of the samples, rounded to microseconds. */
export function summarize(samples: readonly number[]): LatencySummary {
  const mean = samples.reduce((sum, sample) => sum + sample, 0) / Math.max(1, samples.length);
  return {
    p50Ms: round(percentile(samples, 50)),
    p99Ms: round(percentile(samples, 99)),
    meanMs: round(mean),
  };
}

/** Runs `task` on every item and returns how long each call took. */
export async function timeEach<T>(
  items: readonly T[],
  task: (item: T) => unknown,
): Promise<number[]> {
  const samples: number[] = [];
  for (const item of items) {
    const start = performance.now();
    await task(item);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Seconds since `start` (a `performance.now()` reading). */
export function secondsSince(start: number): number {
  return round((performance.now() - start) / 1000);
}

export function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
