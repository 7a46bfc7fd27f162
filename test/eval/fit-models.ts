/**
 * `npm run fit`: fits the engine's two models on the development questions (the project's
 * own and the realistic corpus's dev split; never the test split) and writes them to
 * src/answer/models/:
 *
 * 1. the sentence ranker: which evidence sentences state the answer (a sentence from a cited
 *    document holding the facts the answer must contain), each question weighing the same;
 * 2. answerability: whether the composed answer is right, from the answer's features, with
 *    the threshold chosen so that every unanswerable development question is refused and,
 *    within that, the most development questions are answered right.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ANSWER_FEATURES } from '../../src/answer/answer-features.js';
import { answerabilityFrom } from '../../src/answer/answerability.js';
import type { LogisticModel } from '../../src/answer/logistic-model.js';
import {
  rankingContext,
  SENTENCE_RANKER,
  sentenceFeatures,
} from '../../src/answer/rank-sentences.js';
import type { Snapshot } from '../../src/snapshot/snapshot.js';
import { EVAL_CORPORA } from './eval-corpora.js';
import { answer, buildEvalSnapshot, type EvalQuestion, readQuestions, score } from './evaluate.js';
import { type Example, fitLogistic } from './fit-logistic.js';

const MODELS = path.resolve(import.meta.dirname, '../../src/answer/models');
/**
 * Share of unanswerable development questions the threshold must refuse: all of them. The
 * promise is 95% on new questions, and refusals hold up worse on new questions than on the
 * ones the threshold is set on (100% of the dev split's against 78% of the test split's, at
 * stop 18), so the bar on the development questions is higher than the promise.
 */
const REFUSALS = 1;
const RANKER_PENALTY = 1;

interface DevSet {
  corpus: string;
  snapshot: Snapshot;
  questions: EvalQuestion[];
  cleanup: () => Promise<void>;
}

async function main(): Promise<void> {
  const sets: DevSet[] = [];
  for (const corpus of EVAL_CORPORA) {
    const { snapshot, cleanup } = await buildEvalSnapshot(corpus);
    sets.push({
      corpus: corpus.name,
      snapshot,
      questions: await readQuestions(corpus, 'dev'),
      cleanup,
    });
  }
  try {
    const ranker = await fitRanker(sets);
    await writeModel('sentence-ranker.json', ranker);
    const answerability = await fitAnswerability(sets, ranker);
    await writeModel('answerability.json', answerability);
  } finally {
    for (const set of sets) await set.cleanup();
  }
}

async function fitRanker(sets: readonly DevSet[]): Promise<LogisticModel> {
  const examples: Example[] = [];
  let questions = 0;
  for (const set of sets) {
    for (const question of set.questions.filter((candidate) => candidate.answerable)) {
      const draft = await answer(question, set.snapshot, { force: true });
      const context = rankingContext(draft.query, draft.passages);
      const labelled = draft.evidence.map((item) => ({
        values: sentenceFeatures(item, draft.query, context),
        label: statesAnswer(question, item.sentence, item.passage.chunk.metadata.documentId),
      }));
      const positives = labelled.filter((example) => example.label === 1).length;
      if (positives === 0) continue;
      questions += 1;
      const negatives = labelled.length - positives;
      for (const example of labelled)
        examples.push({
          ...example,
          weight: example.label === 1 ? 1 / positives : 1 / Math.max(1, negatives),
        });
    }
  }
  const fitted = fitLogistic(SENTENCE_RANKER.features, examples, RANKER_PENALTY);
  return {
    description: `Probability that a sentence states the answer. Fitted by npm run fit on ${questions} development questions with an answering sentence among the evidence (${examples.length} sentences), each question weighing the same.`,
    features: SENTENCE_RANKER.features,
    ...fitted,
  };
}

interface AnswerRow {
  id: string;
  example: Example;
  answerable: boolean;
  /** False when the engine refuses whatever the threshold (no answer could be composed). */
  composed: boolean;
}

async function fitAnswerability(sets: readonly DevSet[], ranker: LogisticModel) {
  const rows = await answerRows(sets, ranker);
  const composed = rows.filter((row) => row.composed);
  const chosen = chooseModel(composed);
  const fitted = fitSigned(
    chosen.features,
    composed.map((row) => row.example),
    chosen.penalty,
  );
  // The threshold is set on out-of-fold confidences: confidences the model gives the very
  // questions it was fitted on are too sure of themselves, and a threshold set on them
  // refuses fewer unanswerable questions than it promises on new questions. It is raised,
  // where needed, to keep the promise on the development questions themselves too.
  const outOfFold = rows.map((row) => ({ ...row, confidence: chosen.outOfFold.get(row.id) ?? -1 }));
  const model = answerabilityFrom({
    description: '',
    features: chosen.features,
    ...fitted,
    threshold: 0,
  });
  const inSample = rows.map((row) => ({
    ...row,
    confidence: row.composed ? model.confidence(row.example.values) : -1,
  }));
  const threshold = Math.max(chooseThreshold(outOfFold), chooseThreshold(inSample));
  return {
    description: `Probability that the composed answer is right; the bot answers at threshold or above. Fitted by npm run fit on the ${composed.length} development questions with a composed answer (of ${rows.length}); features and penalty (${chosen.penalty}) chosen by ${FOLDS}-fold cross-validated log loss (repeated ${REPEATS} times) (${chosen.logLoss.toFixed(3)}); the threshold refuses at least ${REFUSALS * 100}% of the unanswerable development questions (both corpora's together), on out-of-fold confidences and on the fitted model's own, and, within that, answers the most development questions right.`,
    features: chosen.features,
    ...fitted,
    threshold,
  };
}

async function answerRows(sets: readonly DevSet[], ranker: LogisticModel): Promise<AnswerRow[]> {
  const rows: AnswerRow[] = [];
  for (const set of sets) {
    for (const question of set.questions) {
      const draft = await answer(question, set.snapshot, { force: true, models: { ranker } });
      const right = score(question, draft).correct && draft.answered;
      rows.push({
        id: `${set.corpus}/${question.id}`,
        example: { values: draft.features ?? {}, label: right ? 1 : 0, weight: 1 },
        answerable: question.answerable,
        composed: draft.features !== null,
      });
    }
  }
  return rows;
}

const FOLDS = 5;
const REPEATS = 5;
const PENALTIES = [0.3, 1, 3, 10];
/** A smaller set of features, in case the full one fits the development questions' quirks. */
const COMPACT_FEATURES = [
  'rankerScore',
  'coverage',
  'ownCoverage',
  'specificCoverage',
  'valueAsked',
  'valueFound',
  'listAsked',
  'listFound',
  'predicateCoverage',
  'askedYearMissing',
  'margin',
  'corroborated',
];

/** The feature set and penalty with the lowest cross-validated log loss, and its out-of-fold confidences. */
function chooseModel(rows: readonly AnswerRow[]) {
  let best: {
    features: readonly string[];
    penalty: number;
    logLoss: number;
    outOfFold: Map<string, number>;
  } | null = null;
  for (const features of [Object.keys(ANSWER_FEATURES), COMPACT_FEATURES]) {
    for (const penalty of PENALTIES) {
      const outOfFold = crossValidate(rows, features, penalty);
      const logLoss = mean(
        rows.map((row) => {
          const p = Math.min(1 - 1e-6, Math.max(1e-6, outOfFold.get(row.id) ?? 0.5));
          return -(row.example.label === 1 ? Math.log(p) : Math.log(1 - p));
        }),
      );
      if (best === null || logLoss < best.logLoss) best = { features, penalty, logLoss, outOfFold };
    }
  }
  return best as NonNullable<typeof best>;
}

/**
 * Confidences for each row from models fitted on the folds it is not in, averaged over
 * REPEATS different divisions into folds so that the threshold set on them does not hang on
 * one division.
 */
function crossValidate(
  rows: readonly AnswerRow[],
  features: readonly string[],
  penalty: number,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    const fold = (row: AnswerRow) =>
      Number.parseInt(
        createHash('sha256').update(`${repeat}/${row.id}`).digest('hex').slice(0, 8),
        16,
      ) % FOLDS;
    for (let k = 0; k < FOLDS; k += 1) {
      const fitted = fitSigned(
        features,
        rows.filter((row) => fold(row) !== k).map((row) => row.example),
        penalty,
      );
      const model = answerabilityFrom({ description: '', features, ...fitted, threshold: 0 });
      for (const row of rows.filter((candidate) => fold(candidate) === k))
        sums.set(row.id, (sums.get(row.id) ?? 0) + model.confidence(row.example.values));
    }
  }
  return new Map([...sums].map(([id, sum]) => [id, sum / REPEATS]));
}

/**
 * A logistic fit whose every weight has the direction ANSWER_FEATURES gives its feature: a
 * feature whose fitted weight points the other way is dropped (weight 0) and the rest refitted.
 */
function fitSigned(features: readonly string[], examples: readonly Example[], penalty: number) {
  let kept = [...features];
  for (;;) {
    const fitted = fitLogistic(kept, examples, penalty);
    const wrong = kept.filter(
      (name) => (fitted.weights[name] ?? 0) * (ANSWER_FEATURES[name] ?? 0) < 0,
    );
    if (wrong.length === 0)
      return {
        bias: fitted.bias,
        weights: Object.fromEntries(features.map((name) => [name, fitted.weights[name] ?? 0])),
      };
    kept = kept.filter((name) => !wrong.includes(name));
  }
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

/**
 * The threshold that refuses at least REFUSALS of the unanswerable development questions
 * (both corpora's together) and, among those, gets the most questions right (an unanswerable
 * one is right when refused; one without a composed answer is refused whatever the
 * threshold, and counts as such). Pooled rather than per corpus: with 42 unanswerable
 * questions in one corpus, 95% of it hangs on its third most confident question alone, and
 * one such question moved the threshold from 0.77 to 0.87 between two fits.
 */
function chooseThreshold(
  scored: readonly { id: string; example: Example; answerable: boolean; confidence: number }[],
): number {
  const unanswerable = scored.filter((row) => !row.answerable);
  const candidates = [...new Set(scored.map((row) => row.confidence))].sort((a, b) => a - b);
  let best = { threshold: 1, right: -1 };
  for (const candidate of candidates) {
    const threshold = candidate + 1e-9;
    const refused = unanswerable.filter((row) => row.confidence < threshold).length;
    if (refused < REFUSALS * unanswerable.length) continue;
    const right = scored.filter((row) =>
      row.answerable
        ? row.example.label === 1 && row.confidence >= threshold
        : row.confidence < threshold,
    ).length;
    if (right > best.right) best = { threshold, right };
  }
  return Math.round(best.threshold * 10000) / 10000;
}

/** 1 when a sentence of a cited document holds every fact the answer must contain (one, for a list). */
function statesAnswer(question: EvalQuestion, sentence: string, documentId: string): 0 | 1 {
  if (!question.cite.includes(documentId)) return 0;
  const text = normalize(sentence);
  const held = question.mustContain.filter((group) =>
    group.some((fact) => text.includes(normalize(fact))),
  );
  const enough =
    question.kind === 'list' ? held.length >= 1 : held.length === question.mustContain.length;
  return enough && held.length > 0 ? 1 : 0;
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

async function writeModel(file: string, model: object): Promise<void> {
  await fs.writeFile(path.join(MODELS, file), `${JSON.stringify(model, null, 2)}\n`);
  console.log(`Wrote src/answer/models/${file}`);
  console.log(JSON.stringify(model, null, 2));
}

await main();
