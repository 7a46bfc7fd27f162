/** The bench report as a human-readable table: one row per figure, one column per size. */
import type { BenchReport } from './bench-report.js';
import { TARGETS } from './bench-targets.js';
import type { LatencySummary } from './latency.js';
import type { SizeReport } from './measure-size.js';

type Row = readonly [label: string, value: (size: SizeReport) => string, target?: string];

const LABEL_WIDTH = 40;
const COLUMN_WIDTH = 19;

const ROWS: readonly Row[] = [
  ['documents', (s) => count(s.corpus.documents)],
  [
    'chunks en / zh',
    (s) => `${count(s.corpus.chunksByLanguage.en)} / ${count(s.corpus.chunksByLanguage.zh)}`,
  ],
  ['index terms', (s) => count(s.corpus.keywordTerms)],
  ['build (s)', (s) => fixed(s.build.seconds, 1)],
  [
    'build throughput (chunks/s)',
    (s) => count(s.build.chunksPerSecond),
    `≥ ${count(TARGETS.buildChunksPerSecond)}`,
  ],
  ['  keyword index (s)', (s) => fixed(s.build.breakdownSeconds.keyword, 1)],
  ['  embeddings (s)', (s) => fixed(s.build.breakdownSeconds.embeddings, 1)],
  ['  HNSW graph (s)', (s) => fixed(s.build.breakdownSeconds.hnsw, 1)],
  ['  lexicon and rest (s)', (s) => fixed(s.build.breakdownSeconds.lexicon, 1)],
  ['snapshot assembly (s)', (s) => fixed(s.build.snapshotSeconds, 2)],
  ['retrieval p50 / p99 (ms)', (s) => latency(s.retrieval)],
  ['keyword leg p50 / p99 (ms)', (s) => latency(s.keywordLeg)],
  [
    'whole answer p50 / p99 (ms)',
    (s) => latency(s.answer),
    `≤ ${TARGETS.answerP50Ms} / ≤ ${TARGETS.answerP99Ms}`,
  ],
  [
    'answered / refused unanswerable',
    (s) => `${percent(s.answer.answeredShare)} / ${percent(s.answer.refusedUnanswerableShare)}`,
  ],
  ['HNSW search k=50 p50 / p99 (ms)', (s) => latency(s.vector.hnsw)],
  ['exact search k=50 p50 / p99 (ms)', (s) => latency(s.vector.exact)],
  [
    'vector recall@10 (ties / strict)',
    (s) => `${fixed(s.vector.recallAt10, 4)} / ${fixed(s.vector.recallAt10Strict, 4)}`,
    `≥ ${TARGETS.vectorRecallAt10}`,
  ],
  ['vector recall@50', (s) => fixed(s.vector.recallAt50, 4)],
  ['MiniSearch build (s)', (s) => fixed(s.baseline.buildSeconds, 1)],
  ['MiniSearch p50 / p99 (ms)', (s) => latency(s.baseline)],
  [
    'MiniSearch finds anything en / zh',
    (s) => `${percent(s.baseline.hitShare.en)} / ${percent(s.baseline.hitShare.zh)}`,
  ],
  [
    'MiniSearch agrees@10 en / zh',
    (s) => `${percent(s.baseline.agreementAt10.en)} / ${percent(s.baseline.agreementAt10.zh)}`,
  ],
  ['peak RSS (MiB)', (s) => count(s.peakRssMb), `≤ ${count(TARGETS.peakRssMb)}`],
  ['peak RSS with baselines (MiB)', (s) => count(s.peakRssWithBaselinesMb)],
];

/** The report as text. */
export function formatTable(report: BenchReport): string {
  const { machine, corpus } = report;
  const header = `Synthetic bilingual corpus (seed ${corpus.seed}, ${percent(corpus.englishShare)} English), ${corpus.queries} questions × ${corpus.measuredRounds} rounds after ${corpus.warmUpQueries} warm-up (MiniSearch: 1 round)`;
  const where = `${machine.cpus} × ${machine.cpuModel}, ${count(machine.totalMemoryMb)} MiB, Node ${machine.node}; peak RSS ${report.peakRss}`;
  const columns = [
    ...report.sizes.map((size) => `${count(size.chunks)} chunks`),
    `target at ${count(TARGETS.atChunks)}`,
  ];
  const lines = [
    header,
    where,
    '',
    line('', columns),
    ...ROWS.map(([label, value, target]) =>
      line(label, [...report.sizes.map(value), target ?? '']),
    ),
  ];
  return [...lines, '', ...verdict(report)].join('\n');
}

function verdict(report: BenchReport): string[] {
  const met = report.met;
  if (met === null) return ['No size ran.'];
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  return [
    `Targets at ${count(met.atChunks)} chunks${met.atChunks === TARGETS.atChunks ? '' : ` (not ${count(TARGETS.atChunks)}: run all sizes for the real verdict)`}:`,
    `  answer p50 ${mark(met.answerP50)}, answer p99 ${mark(met.answerP99)}, build throughput ${mark(met.buildThroughput)}, vector recall@10 ${mark(met.vectorRecall)}, peak RSS ${mark(met.peakRss)}`,
  ];
}

function line(label: string, cells: readonly string[]): string {
  return label.padEnd(LABEL_WIDTH) + cells.map((cell) => cell.padStart(COLUMN_WIDTH)).join('');
}

function latency(summary: LatencySummary): string {
  return `${fixed(summary.p50Ms, 2)} / ${fixed(summary.p99Ms, 2)}`;
}

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
