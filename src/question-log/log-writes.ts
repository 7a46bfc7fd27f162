/**
 * The log's two writes, prepared once: a question (recorded once, so a retried platform event
 * does not count twice) and a rating (one per user per answer: a new rating replaces the old).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Language } from '../engine/answer-types.js';
import type { FeedbackReason } from './logged-question.js';

/** A question row as stored: times in ISO 8601 UTC, booleans as 0 or 1, ids as JSON. */
export interface StoredQuestion {
  answerId: string;
  askedAt: string;
  platform: string;
  userHash: string | null;
  question: string | null;
  language: Language | null;
  answered: 0 | 1 | null;
  kind: string | null;
  citedDocuments: string;
  latencyMs: number | null;
}

export interface StoredFeedback {
  answerId: string;
  userHash: string;
  rating: 'up' | 'down';
  reason: FeedbackReason | null;
  ratedAt: string;
}

const INSERT_QUESTION = `
  INSERT INTO questions (answer_id, asked_at, platform, user_hash, question, language,
                         answered, answer_kind, cited_documents, latency_ms)
  VALUES (@answerId, @askedAt, @platform, @userHash, @question, @language,
          @answered, @kind, @citedDocuments, @latencyMs)
  ON CONFLICT (answer_id) DO NOTHING`;

// A 👎 tapped again without a reason keeps the reason given; a 👍 clears it.
const UPSERT_FEEDBACK = `
  INSERT INTO feedback (answer_id, user_hash, rating, reason, rated_at)
  SELECT @answerId, @userHash, @rating, @reason, @ratedAt
  WHERE EXISTS (SELECT 1 FROM questions WHERE answer_id = @answerId)
  ON CONFLICT (answer_id, user_hash) DO UPDATE SET
    rating = excluded.rating,
    reason = CASE WHEN excluded.rating = 'down' THEN coalesce(excluded.reason, reason) END,
    rated_at = excluded.rated_at`;

export class LogWrites {
  private readonly question: Statement<StoredQuestion>;
  private readonly feedback: Statement<StoredFeedback>;

  constructor(database: Database) {
    this.question = database.prepare(INSERT_QUESTION);
    this.feedback = database.prepare(UPSERT_FEEDBACK);
  }

  /** False when the answer id was recorded before. */
  insertQuestion(row: StoredQuestion): boolean {
    return this.question.run(row).changes > 0;
  }

  /** False when the log holds no question with that answer id. */
  upsertFeedback(row: StoredFeedback): boolean {
    return this.feedback.run(row).changes > 0;
  }
}
