/**
 * `npm run eval`: accuracy per group and kind, refusal accuracy, Recall@3 and MRR of the
 * cited document, and the ablation (keyword only, vector only, fused). `--json` prints one
 * JSON object; `--verbose` lists every question that failed; `--write-floor` records the
 * fused figures in test/eval/floor.json, which the floor test then holds; `--sweep` measures
 * fusion weights (how DEFAULT_FUSION was chosen).
 */
import fs from 'node:fs/promises';
import type { RetrievalLegs } from '../../src/retrieval/retrieve.js';
import type { Snapshot } from '../../src/snapshot/snapshot.js';
import {
  buildEvalSnapshot,
  type EvalQuestion,
  FLOOR_FILE,
  floorOf,
  type Rate,
  type RunReport,
  readQuestions,
  runEvaluation,
} from './evaluate.js';

const LEGS: RetrievalLegs[] = ['hybrid', 'keyword', 'vector'];

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  const questions = await readQuestions();
  const { snapshot, cleanup } = await buildEvalSnapshot();
  try {
    if (process.argv.includes('--sweep')) {
      await sweepFusion(questions, snapshot);
      return;
    }
    const reports: RunReport[] = [];
    for (const legs of LEGS) reports.push(await runEvaluation(questions, snapshot, legs));
    if (json) console.log(JSON.stringify(summary(reports)));
    else printReports(reports, questions.length, verbose);
    if (process.argv.includes('--write-floor') && reports[0] !== undefined) {
      await fs.writeFile(FLOOR_FILE, `${JSON.stringify(floorOf(reports[0]), null, 2)}\n`);
      console.error(`Wrote ${FLOOR_FILE}`);
    }
  } finally {
    await cleanup();
  }
}

/** Accuracy, Recall@3 and MRR for a grid of vector-leg weights and RRF constants. */
async function sweepFusion(questions: EvalQuestion[], snapshot: Snapshot): Promise<void> {
  console.log('vector weight  k   accuracy           Recall@3  MRR');
  for (const k of [10, 30, 60]) {
    for (const vector of [0, 0.25, 0.5, 0.75, 1]) {
      const report = await runEvaluation(questions, snapshot, 'hybrid', { keyword: 1, vector, k });
      console.log(
        `${String(vector).padEnd(14)} ${String(k).padEnd(3)} ${formatRate(overall(report)).padEnd(18)} ${percent(report.recallAt3).padEnd(9)} ${report.mrr.toFixed(3)}`,
      );
    }
  }
}

function summary(reports: RunReport[]) {
  return Object.fromEntries(
    reports.map((report) => [
      report.legs,
      { groups: report.groups, kinds: report.kinds, recallAt3: report.recallAt3, mrr: report.mrr },
    ]),
  );
}

function printReports(reports: RunReport[], count: number, verbose: boolean): void {
  const [fused] = reports;
  if (fused === undefined) return;
  console.log(
    `Evaluation of ${count} questions (test/eval/questions.json), offline engine, fused retrieval\n`,
  );
  console.log('Answer accuracy by group:');
  for (const [group, rate] of Object.entries(fused.groups))
    console.log(`  ${group.padEnd(14)} ${formatRate(rate)}`);
  console.log('\nAnswer accuracy by kind:');
  for (const [kind, rate] of Object.entries(fused.kinds))
    console.log(`  ${kind.padEnd(14)} ${formatRate(rate)}`);
  console.log(
    `\nCited document: Recall@3 ${percent(fused.recallAt3)}, MRR ${fused.mrr.toFixed(3)}`,
  );
  console.log('\nAblation (retrieval legs):');
  console.log(`  ${'legs'.padEnd(9)} ${'accuracy'.padEnd(18)} ${'Recall@3'.padEnd(9)} MRR`);
  for (const report of reports) {
    console.log(
      `  ${report.legs.padEnd(9)} ${formatRate(overall(report)).padEnd(18)} ${percent(report.recallAt3).padEnd(9)} ${report.mrr.toFixed(3)}`,
    );
  }
  if (verbose) printFailures(fused);
}

function printFailures(report: RunReport): void {
  console.log('\nFailed questions (fused):');
  for (const outcome of report.outcomes.filter((candidate) => !candidate.correct)) {
    const why = outcome.question.answerable
      ? `${outcome.answered ? 'answered' : 'refused'}; missing ${JSON.stringify(outcome.missing)}; cited expected: ${outcome.citedExpected}`
      : 'answered an unanswerable question';
    console.log(
      `- ${outcome.question.id} ${outcome.question.question}\n    ${why}\n    ${outcome.text.replaceAll('\n', ' ').slice(0, 300)}`,
    );
  }
}

function overall(report: RunReport): Rate {
  const correct = report.outcomes.filter((outcome) => outcome.correct).length;
  return { correct, total: report.outcomes.length, accuracy: correct / report.outcomes.length };
}

function formatRate(rate: Rate): string {
  return `${percent(rate.accuracy).padStart(6)} (${rate.correct}/${rate.total})`;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

await main();
