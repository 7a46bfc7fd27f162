/**
 * `npm run eval`: for each corpus and split, accuracy per group and kind, Recall@3 and MRR of
 * the cited document, the precision and recall of answering, the reliability of the engine's
 * confidence, and the ablation of the retrieval legs.
 *
 *   --corpus project|realistic   one corpus only
 *   --verbose                    list the development questions answered wrong (never the test ones:
 *                                the test split is not studied miss by miss)
 *   --json                       one JSON object
 *   --write-floor                record the figures in test/eval/floor.json for the floor test
 *   --sweep                      fusion weights on the development splits (how DEFAULT_FUSION was chosen)
 */
import fs from 'node:fs/promises';
import type { RetrievalLegs } from '../../src/retrieval/retrieve.js';
import type { Snapshot } from '../../src/snapshot/snapshot.js';
import { corpusNamed, EVAL_CORPORA, type EvalCorpus, type Split } from './eval-corpora.js';
import { FLOOR_FILE, floorKey } from './eval-floor.js';
import {
  buildEvalSnapshot,
  type EvalQuestion,
  type Floor,
  floorOf,
  overall,
  type Rate,
  type RunReport,
  readQuestions,
  runEvaluation,
} from './evaluate.js';
import { reliabilityTable } from './reliability.js';

const LEGS: RetrievalLegs[] = ['hybrid', 'keyword', 'vector'];

interface SplitReport {
  corpus: string;
  split: Split;
  questions: number;
  legs: Record<RetrievalLegs, RunReport>;
  /** Every question answered whatever the confidence: how well the confidence predicts rightness. */
  forced: RunReport;
}

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2));
  const only = valueAfter('--corpus');
  const corpora = only === undefined ? EVAL_CORPORA : [corpusNamed(only)];
  const reports: SplitReport[] = [];
  for (const corpus of corpora) reports.push(...(await evaluateCorpus(corpus, flags)));
  if (flags.has('--sweep')) return;
  if (flags.has('--json')) console.log(JSON.stringify(reports.map(summary)));
  else for (const report of reports) printReport(report, flags.has('--verbose'));
  if (flags.has('--write-floor')) await writeFloor(reports);
}

async function evaluateCorpus(corpus: EvalCorpus, flags: Set<string>): Promise<SplitReport[]> {
  const { snapshot, cleanup } = await buildEvalSnapshot(corpus);
  try {
    const reports: SplitReport[] = [];
    for (const split of corpus.splits) {
      const questions = await readQuestions(corpus, split);
      if (flags.has('--sweep')) {
        if (split === 'dev') await sweepFusion(corpus, questions, snapshot);
        continue;
      }
      const legs = {} as Record<RetrievalLegs, RunReport>;
      for (const leg of LEGS) legs[leg] = await runEvaluation(questions, snapshot, { legs: leg });
      const forced = await runEvaluation(questions, snapshot, { force: true });
      reports.push({ corpus: corpus.name, split, questions: questions.length, legs, forced });
    }
    return reports;
  } finally {
    await cleanup();
  }
}

/** Accuracy, Recall@3 and MRR for a grid of vector-leg weights and RRF constants. */
async function sweepFusion(corpus: EvalCorpus, questions: EvalQuestion[], snapshot: Snapshot) {
  console.log(`\n${corpus.name} (dev, ${questions.length} questions)`);
  console.log('vector weight  k   accuracy           Recall@3  MRR');
  for (const k of [10, 30, 60]) {
    for (const vector of [0, 0.1, 0.25, 0.5, 1]) {
      const report = await runEvaluation(questions, snapshot, {
        fusion: { keyword: 1, vector, k },
      });
      console.log(
        `${String(vector).padEnd(14)} ${String(k).padEnd(3)} ${formatRate(overall(report)).padEnd(18)} ${percent(report.recallAt3).padEnd(9)} ${report.mrr.toFixed(3)}`,
      );
    }
  }
}

function summary(report: SplitReport) {
  const { hybrid } = report.legs;
  return {
    corpus: report.corpus,
    split: report.split,
    questions: report.questions,
    groups: hybrid.groups,
    kinds: hybrid.kinds,
    recallAt3: hybrid.recallAt3,
    mrr: hybrid.mrr,
    answering: hybrid.answering,
    ablation: Object.fromEntries(
      LEGS.map((leg) => [
        leg,
        { accuracy: overall(report.legs[leg]).accuracy, recallAt3: report.legs[leg].recallAt3 },
      ]),
    ),
  };
}

function printReport(report: SplitReport, verbose: boolean): void {
  const fused = report.legs.hybrid;
  console.log(
    `\n== ${report.corpus} corpus, ${report.split} split: ${report.questions} questions ==`,
  );
  console.log(`Overall ${formatRate(overall(fused))}`);
  console.log('By group:');
  for (const [group, rate] of Object.entries(fused.groups))
    console.log(`  ${group.padEnd(14)} ${formatRate(rate)}`);
  console.log('By kind:');
  for (const [kind, rate] of Object.entries(fused.kinds))
    console.log(`  ${kind.padEnd(14)} ${formatRate(rate)}`);
  const { precision, recall, answered } = fused.answering;
  console.log(
    `Answering: ${answered} answered, precision ${percent(precision)}, recall ${percent(recall)}`,
  );
  console.log(`Cited document: Recall@3 ${percent(fused.recallAt3)}, MRR ${fused.mrr.toFixed(3)}`);
  const reliability = reliabilityTable(report.forced.outcomes);
  if (reliability.length > 0) console.log(reliability.join('\n'));
  console.log('Ablation (retrieval legs):');
  for (const leg of LEGS) {
    const run = report.legs[leg];
    console.log(
      `  ${leg.padEnd(9)} ${formatRate(overall(run)).padEnd(18)} Recall@3 ${percent(run.recallAt3).padEnd(7)} MRR ${run.mrr.toFixed(3)}`,
    );
  }
  if (verbose && report.split === 'dev') printFailures(fused);
  if (verbose && report.split === 'test')
    console.log('(test-split misses are not listed: the test split is not studied miss by miss)');
}

function printFailures(report: RunReport): void {
  console.log('Answered wrong:');
  for (const outcome of report.outcomes.filter((candidate) => !candidate.correct)) {
    const why = outcome.question.answerable
      ? `${outcome.answered ? 'answered' : 'refused'}; missing ${JSON.stringify(outcome.missing)}; cited expected: ${outcome.citedExpected}; document rank ${outcome.documentRank}`
      : 'answered an unanswerable question';
    const confidence =
      outcome.confidence === null ? '' : ` (confidence ${outcome.confidence.toFixed(2)})`;
    console.log(
      `- ${outcome.question.id} ${outcome.question.question}\n    ${why}${confidence}\n    ${outcome.text.replaceAll('\n', ' ').slice(0, 300)}`,
    );
  }
}

async function writeFloor(reports: SplitReport[]): Promise<void> {
  const floors: Record<string, Floor> = {};
  for (const report of reports)
    floors[floorKey(report.corpus, report.split)] = floorOf(report.legs.hybrid);
  await fs.writeFile(FLOOR_FILE, `${JSON.stringify(floors, null, 2)}\n`);
  console.error(`Wrote ${FLOOR_FILE}`);
}

function valueAfter(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index === -1 ? undefined : process.argv[index + 1];
}

function formatRate(rate: Rate): string {
  return `${percent(rate.accuracy).padStart(6)} (${rate.correct}/${rate.total})`;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

await main();
