/**
 * What the question log holds, read straight from its SQLite file through a second,
 * read-only connection: the rows the bot committed, as an auditor would see them.
 */
import Database from 'better-sqlite3';

export interface QuestionRow {
  answerId: string;
  platform: string;
  userHash: string | null;
  question: string | null;
  language: string | null;
  answered: number | null;
  kind: string | null;
  citedDocuments: string[];
  latencyMs: number | null;
}

export interface FeedbackRow {
  answerId: string;
  userHash: string;
  rating: 'up' | 'down';
  reason: string | null;
}

function read<Row>(file: string, sql: string, ...parameters: unknown[]): Row[] {
  const database = new Database(file, { readonly: true });
  try {
    return database.prepare(sql).all(...parameters) as Row[];
  } finally {
    database.close();
  }
}

/** Every question recorded, oldest first. */
export function questionRows(file: string): QuestionRow[] {
  const rows = read<Omit<QuestionRow, 'citedDocuments'> & { citedDocuments: string }>(
    file,
    `SELECT answer_id AS answerId, platform, user_hash AS userHash, question, language, answered,
            answer_kind AS kind, cited_documents AS citedDocuments, latency_ms AS latencyMs
       FROM questions ORDER BY asked_at, rowid`,
  );
  return rows.map((row) => ({
    ...row,
    citedDocuments: JSON.parse(row.citedDocuments) as string[],
  }));
}

/** The ratings of one answer, one row per user. */
export function feedbackRows(file: string, answerId: string): FeedbackRow[] {
  return read<FeedbackRow>(
    file,
    `SELECT answer_id AS answerId, user_hash AS userHash, rating, reason
       FROM feedback WHERE answer_id = ? ORDER BY rated_at`,
    answerId,
  );
}
