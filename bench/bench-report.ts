/** The report of a bench run: the machine, the corpus, the figures per size, the targets. */
import { TARGETS, type TargetsMet, targetsMet } from './bench-targets.js';
import { type MachineInfo, machineInfo } from './machine-info.js';
import { MEASURED_ROUNDS, WARM_UP_QUERIES } from './measure-engine-latency.js';
import type { SizeReport } from './measure-size.js';
import { CORPUS_SEED } from './synthetic-corpus.js';
import { ENGLISH_SHARE } from './synthetic-document.js';
import { QUERY_COUNT } from './synthetic-queries.js';

export interface BenchReport {
  machine: MachineInfo;
  corpus: {
    seed: number;
    englishShare: number;
    queries: number;
    warmUpQueries: number;
    measuredRounds: number;
  };
  /** How peak RSS is measured. */
  peakRss: string;
  sizes: SizeReport[];
  targets: typeof TARGETS;
  met: TargetsMet | null;
}

/** The report of the measured sizes. */
export function benchReport(sizes: SizeReport[]): BenchReport {
  return {
    machine: machineInfo(),
    corpus: {
      seed: CORPUS_SEED,
      englishShare: ENGLISH_SHARE,
      queries: QUERY_COUNT,
      warmUpQueries: WARM_UP_QUERIES,
      measuredRounds: MEASURED_ROUNDS,
    },
    peakRss: 'per size, in its own child process (VmHWM, MiB)',
    sizes,
    targets: TARGETS,
    met: targetsMet(sizes),
  };
}
