/** Reads questions back from the log, each with the tally of its feedback, for the reports. */
import type { Database } from 'better-sqlite3';
import type { AnswerKind, Language } from '../engine/answer-types.js';
import type { LoggedQuestion } from './logged-question.js';

interface QuestionRow {
  answer_id: string;
  asked_at: string;
  platform: string;
  question: string | null;
  language: Language | null;
  answered: number | null;
  answer_kind: AnswerKind | null;
  cited_documents: string;
  latency_ms: number | null;
  up: number;
  down: number;
  wrong: number;
  incomplete: number;
  not_asked: number;
}

const QUESTIONS_SINCE = `
  SELECT q.answer_id, q.asked_at, q.platform, q.question, q.language, q.answered,
         q.answer_kind, q.cited_documents, q.latency_ms,
         count(*) FILTER (WHERE f.rating = 'up') AS up,
         count(*) FILTER (WHERE f.rating = 'down') AS down,
         count(*) FILTER (WHERE f.reason = 'wrong') AS wrong,
         count(*) FILTER (WHERE f.reason = 'incomplete') AS incomplete,
         count(*) FILTER (WHERE f.reason = 'not_asked') AS not_asked
  FROM questions q LEFT JOIN feedback f USING (answer_id)
  WHERE q.asked_at >= ?
  GROUP BY q.answer_id
  ORDER BY q.asked_at, q.answer_id`;

/** Every question asked at or after `since`, oldest first. */
export function readQuestionsSince(database: Database, since: Date): LoggedQuestion[] {
  const rows = database.prepare(QUESTIONS_SINCE).all(since.toISOString()) as QuestionRow[];
  return rows.map(toLoggedQuestion);
}

function toLoggedQuestion(row: QuestionRow): LoggedQuestion {
  return {
    answerId: row.answer_id,
    askedAt: new Date(row.asked_at),
    platform: row.platform,
    question: row.question,
    language: row.language,
    answered: row.answered === null ? null : row.answered === 1,
    kind: row.answer_kind,
    citedDocumentIds: JSON.parse(row.cited_documents) as string[],
    latencyMs: row.latency_ms,
    feedback: {
      up: row.up,
      down: row.down,
      reasons: { wrong: row.wrong, incomplete: row.incomplete, not_asked: row.not_asked },
    },
  };
}
