/** The figures of a set of questions: how many, how many answered, how they were rated. */
import {
  emptyTally,
  FEEDBACK_REASONS,
  type FeedbackReason,
  type LoggedQuestion,
} from './logged-question.js';

export interface AnswerFigures {
  questions: number;
  answered: number;
  /** Questions the knowledge base had no answer for. */
  refused: number;
  /** Empty, too long or not text: turned away before any search. */
  invalid: number;
  /** Imported from feedback.jsonl, which did not say whether they were answered. */
  unknown: number;
  /** answered / (answered + refused); null when there were neither. */
  answerRate: number | null;
  ratings: { up: number; down: number };
  /** 👎 among all ratings (each user's once); null when there were none. */
  thumbsDownRate: number | null;
  reasons: Record<FeedbackReason, number>;
}

export type Outcome = 'answered' | 'refused' | 'invalid' | 'unknown';

/** What became of a question. */
export function outcomeOf(question: LoggedQuestion): Outcome {
  if (question.kind === 'invalid_question') return 'invalid';
  if (question.answered === null) return 'unknown';
  return question.answered ? 'answered' : 'refused';
}

export function answerFigures(questions: readonly LoggedQuestion[]): AnswerFigures {
  const outcomes = { answered: 0, refused: 0, invalid: 0, unknown: 0 };
  const tally = emptyTally();
  for (const question of questions) {
    outcomes[outcomeOf(question)] += 1;
    tally.up += question.feedback.up;
    tally.down += question.feedback.down;
    for (const reason of FEEDBACK_REASONS)
      tally.reasons[reason] += question.feedback.reasons[reason];
  }
  return {
    questions: questions.length,
    ...outcomes,
    answerRate: share(outcomes.answered, outcomes.answered + outcomes.refused),
    ratings: { up: tally.up, down: tally.down },
    thumbsDownRate: share(tally.down, tally.up + tally.down),
    reasons: tally.reasons,
  };
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
