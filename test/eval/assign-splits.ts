/**
 * Fixes the split of every realistic question that has none: within each stratum (answerable or
 * not, language, cross-lingual), questions ordered by a hash of their id, the first 45% go to the
 * test split and the rest to development. Run once when questions are added (`npx tsx
 * test/eval/assign-splits.ts`); a question keeps its split for good, so the test split is never
 * chosen after looking at answers.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { corpusNamed } from './eval-corpora.js';
import type { EvalQuestion } from './evaluate.js';

const TEST_SHARE = 0.45;

async function main(): Promise<void> {
  const file = corpusNamed('realistic').questionsFile;
  const questions = JSON.parse(await fs.readFile(file, 'utf8')) as EvalQuestion[];
  const strata = new Map<string, EvalQuestion[]>();
  for (const question of questions.filter((candidate) => candidate.split === undefined)) {
    const key = `${question.answerable}/${question.language}/${question.crossLingual}`;
    strata.set(key, [...(strata.get(key) ?? []), question]);
  }
  for (const stratum of strata.values()) {
    stratum.sort((a, b) => hash(a.id).localeCompare(hash(b.id)));
    const tests = Math.ceil(stratum.length * TEST_SHARE);
    stratum.forEach((question, i) => {
      question.split = i < tests ? 'test' : 'dev';
    });
  }
  await fs.writeFile(file, `${JSON.stringify(questions, null, 2)}\n`);
  const tests = questions.filter((question) => question.split === 'test').length;
  console.log(`${questions.length} questions: ${tests} test, ${questions.length - tests} dev`);
}

function hash(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

await main();
