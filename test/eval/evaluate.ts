/**
 * Evaluates the offline engine on test/eval/questions.json: answer accuracy per group and
 * kind, refusal accuracy, Recall@3 and MRR of the cited document, and the same figures for
 * the keyword leg alone, the vector leg alone and the fused retrieval (the ablation).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Draft, draftAnswer } from '../../src/answer/draft-answer.js';
import type { Turn } from '../../src/engine/answer-types.js';
import { HashingEmbeddings } from '../../src/index/hashing-embeddings.js';
import { silentLogger } from '../../src/logger.js';
import type { FusionWeights } from '../../src/retrieval/fuse-rankings.js';
import type { RetrievalLegs } from '../../src/retrieval/retrieve.js';
import type { Snapshot } from '../../src/snapshot/snapshot.js';
import { SnapshotService } from '../../src/snapshot/snapshot-service.js';
import { makeTempDir, REPOSITORY_KNOWLEDGE } from '../support/test-engine.js';

export interface EvalQuestion {
  id: string;
  language: 'en' | 'zh';
  kind: 'factoid' | 'list' | 'date' | 'follow-up' | 'unanswerable';
  crossLingual: boolean;
  question: string;
  conversation: Turn[];
  answerable: boolean;
  mustContain: string[][];
  cite: string[];
}

export interface Outcome {
  question: EvalQuestion;
  correct: boolean;
  answered: boolean;
  missing: string[][];
  citedExpected: boolean;
  documentRank: number | null;
  text: string;
}

export interface Rate {
  correct: number;
  total: number;
  accuracy: number;
}

export interface RunReport {
  legs: RetrievalLegs;
  groups: Record<string, Rate>;
  kinds: Record<string, Rate>;
  recallAt3: number;
  mrr: number;
  outcomes: Outcome[];
}

export const QUESTIONS_FILE = path.resolve(import.meta.dirname, 'questions.json');
export const FLOOR_FILE = path.resolve(import.meta.dirname, 'floor.json');

/** The figures the floor test holds: accuracy per group and kind, Recall@3 and MRR. */
export interface Floor {
  groups: Record<string, number>;
  kinds: Record<string, number>;
  recallAt3: number;
  mrr: number;
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
const EMBEDDER = new HashingEmbeddings();

export async function readQuestions(): Promise<EvalQuestion[]> {
  return JSON.parse(await fs.readFile(QUESTIONS_FILE, 'utf8')) as EvalQuestion[];
}

/** Builds a snapshot of the repository's knowledge in a temp DATA_DIR. */
export async function buildEvalSnapshot(): Promise<{
  snapshot: Snapshot;
  cleanup: () => Promise<void>;
}> {
  const dataDir = await makeTempDir('kb-eval-');
  const service = new SnapshotService({
    knowledgeDir: REPOSITORY_KNOWLEDGE,
    dataDir,
    embedder: { kind: 'hashing', dimension: EMBEDDER.dimension },
    embedderId: EMBEDDER.id,
    logger: silentLogger(),
  });
  await service.start();
  if (service.current === null) throw new Error('the evaluation snapshot could not be built');
  return {
    snapshot: service.current,
    cleanup: () => fs.rm(dataDir, { recursive: true, force: true }),
  };
}

/** Answers every question with the given retrieval legs and scores the answers. */
export async function runEvaluation(
  questions: readonly EvalQuestion[],
  snapshot: Snapshot,
  legs: RetrievalLegs,
  fusion?: FusionWeights,
): Promise<RunReport> {
  const outcomes: Outcome[] = [];
  for (const question of questions) {
    const draft = await draftAnswer(question.question, question.conversation, snapshot, EMBEDDER, {
      legs,
      fusion,
    });
    outcomes.push(score(question, draft));
  }
  const answerable = outcomes.filter((outcome) => outcome.question.answerable);
  return {
    legs,
    groups: groupRates(outcomes),
    kinds: rates(outcomes, (outcome) => outcome.question.kind),
    recallAt3: mean(
      answerable.map((outcome) =>
        outcome.documentRank !== null && outcome.documentRank <= 3 ? 1 : 0,
      ),
    ),
    mrr: mean(
      answerable.map((outcome) => (outcome.documentRank === null ? 0 : 1 / outcome.documentRank)),
    ),
    outcomes,
  };
}

function score(question: EvalQuestion, draft: Draft): Outcome {
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

/** The groups the issue sets targets for: English, Chinese, cross-lingual, refusals. */
function groupRates(outcomes: readonly Outcome[]): Record<string, Rate> {
  return rates(outcomes, ({ question }) => {
    if (!question.answerable) return 'refusals';
    if (question.crossLingual) return 'cross-lingual';
    return question.language === 'en' ? 'English' : 'Chinese';
  });
}

function rates(
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

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
