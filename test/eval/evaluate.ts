/**
 * Evaluates the offline engine on a corpus's questions: answer accuracy per group and kind,
 * refusals, Recall@3 and MRR of the cited document, the precision and recall of answering,
 * and how well the engine's confidence predicts that an answer is right (reliability).
 */
import fs from 'node:fs/promises';
import { type AnsweringOptions, type Draft, draftAnswer } from '../../src/answer/draft-answer.js';
import type { Turn } from '../../src/engine/answer-types.js';
import { HashingEmbeddings } from '../../src/index/hashing-embeddings.js';
import { silentLogger } from '../../src/logger.js';
import type { Snapshot } from '../../src/snapshot/snapshot.js';
import { SnapshotService } from '../../src/snapshot/snapshot-service.js';
import { makeTempDir } from '../support/test-engine.js';
import type { EvalCorpus, Split } from './eval-corpora.js';

export interface EvalQuestion {
  id: string;
  language: 'en' | 'zh';
  kind: string;
  crossLingual: boolean;
  question: string;
  conversation: Turn[];
  answerable: boolean;
  mustContain: string[][];
  cite: string[];
  /** The split of a realistic question; the project's questions are all development ones. */
  split?: Split;
  style?: string;
  note?: string;
}

export interface Outcome {
  question: EvalQuestion;
  correct: boolean;
  answered: boolean;
  missing: string[][];
  citedExpected: boolean;
  documentRank: number | null;
  /** The engine's estimate that its answer is right, when it made one. */
  confidence: number | null;
  text: string;
}

export interface Rate {
  correct: number;
  total: number;
  accuracy: number;
}

export interface RunReport {
  groups: Record<string, Rate>;
  kinds: Record<string, Rate>;
  recallAt3: number;
  mrr: number;
  /** Of the answers given, the share that are right; of the answerable questions, the share answered right. */
  answering: { precision: number; recall: number; answered: number };
  outcomes: Outcome[];
}

/** The figures the floor test holds. */
export interface Floor {
  groups: Record<string, number>;
  kinds: Record<string, number>;
  recallAt3: number;
  mrr: number;
}

const EMBEDDER = new HashingEmbeddings();

/** The questions of a corpus, of one split when given. */
export async function readQuestions(corpus: EvalCorpus, split?: Split): Promise<EvalQuestion[]> {
  const questions = JSON.parse(await fs.readFile(corpus.questionsFile, 'utf8')) as EvalQuestion[];
  return split === undefined
    ? questions
    : questions.filter((question) => (question.split ?? 'dev') === split);
}

/** Builds a snapshot of a corpus's knowledge in a temp DATA_DIR. */
export async function buildEvalSnapshot(corpus: EvalCorpus): Promise<{
  snapshot: Snapshot;
  cleanup: () => Promise<void>;
}> {
  const dataDir = await makeTempDir('kb-eval-');
  const service = new SnapshotService({
    knowledgeDir: corpus.knowledgeDir,
    dataDir,
    embedder: { kind: 'hashing', dimension: EMBEDDER.dimension },
    embedderId: EMBEDDER.id,
    logger: silentLogger(),
  });
  await service.start();
  if (service.current === null) throw new Error(`the ${corpus.name} snapshot could not be built`);
  return {
    snapshot: service.current,
    cleanup: () => fs.rm(dataDir, { recursive: true, force: true }),
  };
}

/** Answers every question and scores the answers. */
export async function runEvaluation(
  questions: readonly EvalQuestion[],
  snapshot: Snapshot,
  options: AnsweringOptions = {},
): Promise<RunReport> {
  const outcomes: Outcome[] = [];
  for (const question of questions)
    outcomes.push(score(question, await answer(question, snapshot, options)));
  const answerable = outcomes.filter((outcome) => outcome.question.answerable);
  const answered = outcomes.filter((outcome) => outcome.answered);
  return {
    groups: groupRates(outcomes),
    kinds: rates(outcomes, (outcome) => outcome.question.kind),
    recallAt3: mean(answerable.map((outcome) => Number((outcome.documentRank ?? 99) <= 3))),
    mrr: mean(
      answerable.map((outcome) => (outcome.documentRank === null ? 0 : 1 / outcome.documentRank)),
    ),
    answering: {
      precision: mean(answered.map((outcome) => Number(outcome.correct))),
      recall: mean(answerable.map((outcome) => Number(outcome.correct))),
      answered: answered.length,
    },
    outcomes,
  };
}

/** The engine's draft for one question (a fixed date, so that "this year" means the same every run). */
export function answer(
  question: EvalQuestion,
  snapshot: Snapshot,
  options: AnsweringOptions,
): Promise<Draft> {
  return draftAnswer(question.question, question.conversation, snapshot, EMBEDDER, {
    now: () => EVALUATION_DATE,
    ...options,
  });
}

/** The date the realistic questions were written on ("this year" is 2026). */
export const EVALUATION_DATE = new Date('2026-12-02T12:00:00+08:00');

/** Scores a draft: right when it answers with every fact and cites an expected document, or refuses an unanswerable question. */
export function score(question: EvalQuestion, draft: Draft): Outcome {
  const text = normalize(draft.text);
  const missing = question.mustContain.filter(
    (group) => !group.some((fact) => text.includes(normalize(fact))),
  );
  const citedExpected = draft.sources.some((source) => question.cite.includes(source.documentId));
  const correct = question.answerable
    ? draft.answered && missing.length === 0 && citedExpected
    : !draft.answered;
  return {
    question,
    correct,
    answered: draft.answered,
    missing,
    citedExpected,
    documentRank: documentRank(question, draft),
    confidence: draft.confidence ?? null,
    text: draft.text,
  };
}

/** Rank (from 1) of the first expected document among the distinct documents retrieved. */
function documentRank(question: EvalQuestion, draft: Draft): number | null {
  const documents = [
    ...new Set(draft.passages.map((passage) => passage.chunk.metadata.documentId)),
  ];
  const index = documents.findIndex((id) => question.cite.includes(id));
  return index === -1 ? null : index + 1;
}

/** The groups the targets are set for: English, Chinese, cross-lingual, refusals. */
function groupRates(outcomes: readonly Outcome[]): Record<string, Rate> {
  return rates(outcomes, ({ question }) => {
    if (!question.answerable) return 'refusals';
    if (question.crossLingual) return 'cross-lingual';
    return question.language === 'en' ? 'English' : 'Chinese';
  });
}

export function rates(
  outcomes: readonly Outcome[],
  key: (outcome: Outcome) => string,
): Record<string, Rate> {
  const grouped: Record<string, Rate> = {};
  for (const outcome of outcomes) {
    const name = key(outcome);
    grouped[name] ??= { correct: 0, total: 0, accuracy: 0 };
    const rate = grouped[name];
    rate.total += 1;
    if (outcome.correct) rate.correct += 1;
    rate.accuracy = rate.correct / rate.total;
  }
  return grouped;
}

/** Accuracy over every outcome. */
export function overall(report: RunReport): Rate {
  const correct = report.outcomes.filter((outcome) => outcome.correct).length;
  const total = report.outcomes.length;
  return { correct, total, accuracy: total === 0 ? 0 : correct / total };
}

export function floorOf(report: RunReport): Floor {
  const accuracy = (rates: Record<string, Rate>) =>
    Object.fromEntries(Object.entries(rates).map(([name, rate]) => [name, round(rate.accuracy)]));
  return {
    groups: accuracy(report.groups),
    kinds: accuracy(report.kinds),
    recallAt3: round(report.recallAt3),
    mrr: round(report.mrr),
  };
}

function round(value: number): number {
  return Math.floor(value * 1000) / 1000;
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
