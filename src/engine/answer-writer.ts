/**
 * The answer-writing strategy port. The default is none: the engine sends its extractive
 * answer. A model writer (src/model) rewrites drafts from the same passages and may rewrite
 * follow-ups into standalone questions; it returns `null` whenever it cannot do better, and
 * the extractive answer is sent.
 */
import type { Draft } from '../answer/draft-answer.js';
import type { Answer, Turn } from './answer-types.js';

export type WrittenAnswer = Pick<Answer, 'text' | 'sources' | 'generator'>;

export interface AnswerWriter {
  /** The model's name, for /status. */
  readonly model: string;
  /** A better-written answer from the draft's passages, or `null` to send the draft. */
  write(question: string, draft: Draft): Promise<WrittenAnswer | null>;
  /** The question rewritten to stand alone, or `null` to use the engine's own follow-up method. */
  rewriteFollowUp(question: string, conversation: readonly Turn[]): Promise<string | null>;
}
