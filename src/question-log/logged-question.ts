/**
 * What the question log keeps of a question and its feedback: plain data, shared by the log,
 * the reports and the adapters that record into it.
 */
import type { AnswerKind, Language } from '../engine/answer-types.js';

/** Why a member gave 👎, from the three buttons under "what was wrong?". */
export const FEEDBACK_REASONS = ['wrong', 'incomplete', 'not_asked'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** A question as an adapter records it, right after the engine answered. */
export interface QuestionEntry {
  /** The answer's id (feedback buttons carry it); a new one is made when omitted. */
  answerId?: string;
  /** When it was asked; now when omitted. */
  askedAt?: Date;
  platform: string;
  /** The platform's user id; only its salted hash is stored. */
  userId: string;
  question: string;
  language: Language;
  answered: boolean;
  kind: AnswerKind;
  /** Ids of the documents the answer cites. */
  citedDocumentIds: readonly string[];
  /** From receiving the question to having the answer, in milliseconds. */
  latencyMs: number;
}

/** A 👍 or 👎 on an answer; `reason` goes with 👎 only. */
export interface FeedbackEntry {
  answerId: string;
  platform: string;
  userId: string;
  rating: 'up' | 'down';
  reason?: FeedbackReason;
  /** When it was given; now when omitted. */
  ratedAt?: Date;
}

/** The ratings an answer got, each user counted once. */
export interface FeedbackTally {
  up: number;
  down: number;
  reasons: Record<FeedbackReason, number>;
}

/**
 * A question read back from the log for the reports. Questions imported from the old
 * feedback.jsonl lack what that file did not hold: `answered`, `kind` and `latencyMs` are
 * null, and so are `question` and `language` when the rating outlived the answer in memory.
 */
export interface LoggedQuestion {
  answerId: string;
  askedAt: Date;
  platform: string;
  question: string | null;
  language: Language | null;
  answered: boolean | null;
  kind: AnswerKind | null;
  citedDocumentIds: string[];
  latencyMs: number | null;
  feedback: FeedbackTally;
}

/** A tally with nothing in it. */
export function emptyTally(): FeedbackTally {
  return { up: 0, down: 0, reasons: { wrong: 0, incomplete: 0, not_asked: 0 } };
}
