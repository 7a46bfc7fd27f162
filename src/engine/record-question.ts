/**
 * Records an answered question in the question log, for /stats, /gaps and the digest: the
 * platform, the asker (hashed by the log), the question and what became of it. A log that
 * fails to write (a full disk) is logged and never keeps the member from the answer.
 */
import { errorMessage } from '../errors.js';
import { questionEntryFor } from '../question-log/question-entry.js';
import type { AskedQuestion, ConversationServices } from './answer-in-conversation.js';
import type { Answer } from './answer-types.js';

export function recordQuestion(
  services: Pick<ConversationServices, 'engine' | 'logger' | 'questionLog'>,
  question: Pick<AskedQuestion, 'text' | 'asker' | 'logFields'>,
  answer: Answer,
  latencyMs: number,
): void {
  if (services.questionLog === undefined) return;
  // An overlong question is refused, and kept only as long as one the engine would read.
  const text = question.text.slice(0, services.engine.maxQuestionChars);
  try {
    services.questionLog.recordQuestion(
      questionEntryFor(text, answer, { ...question.asker, latencyMs }),
    );
  } catch (error) {
    services.logger.error(
      { ...question.logFields, answerId: answer.id, reason: errorMessage(error) },
      'Could not record the question in the question log; answering anyway',
    );
  }
}
