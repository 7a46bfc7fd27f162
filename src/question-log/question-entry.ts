/** Turns the engine's answer into the entry the question log keeps of it. */
import type { Answer } from '../engine/answer-types.js';
import type { QuestionEntry } from './logged-question.js';

/** Who asked where, and how long the answer took. */
export interface AskedBy {
  platform: string;
  userId: string;
  latencyMs: number;
  askedAt?: Date;
}

/**
 * The log entry of an answer. A refusal lists the nearest documents as its sources, but cites
 * none of them, so only an answer's sources count as cited.
 */
export function questionEntryFor(question: string, answer: Answer, asked: AskedBy): QuestionEntry {
  return {
    answerId: answer.id,
    ...(asked.askedAt === undefined ? {} : { askedAt: asked.askedAt }),
    platform: asked.platform,
    userId: asked.userId,
    question,
    language: answer.language,
    answered: answer.answered,
    kind: answer.kind,
    citedDocumentIds: answer.answered ? answer.sources.map((source) => source.documentId) : [],
    latencyMs: asked.latencyMs,
  };
}
