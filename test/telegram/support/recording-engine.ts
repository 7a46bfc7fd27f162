/**
 * A real engine behind a recorder: every question and the conversation it came with are
 * kept, and a question containing a chosen word can be made to fail or to take a while.
 */
import type { Answer, Engine, Turn } from '../../../src/engine/answer-types.js';

export interface RecordingEngine {
  engine: Engine;
  questions: { question: string; conversation: Turn[] }[];
  /** The answers given, in order. */
  answers: Answer[];
}

export interface RecordingEngineOptions {
  /** Questions containing this word throw, as a broken engine would. */
  failOn?: string;
  /** Questions containing this word are answered after a pause (an answer in flight). */
  slowOn?: string;
}

export function recordingEngine(
  inner: Engine,
  options: RecordingEngineOptions = {},
): RecordingEngine {
  const questions: RecordingEngine['questions'] = [];
  const answers: Answer[] = [];
  const answer = async (question: string, conversation: readonly Turn[] = []): Promise<Answer> => {
    questions.push({ question, conversation: [...conversation] });
    if (options.failOn !== undefined && question.includes(options.failOn))
      throw new Error('The engine broke down');
    if (options.slowOn !== undefined && question.includes(options.slowOn))
      await new Promise((resolve) => setTimeout(resolve, 300));
    const given = await inner.answer(question, conversation);
    answers.push(given);
    return given;
  };
  const engine: Engine = {
    answer,
    reload: () => inner.reload(),
    status: () => inner.status(),
    currentSnapshot: () => inner.currentSnapshot(),
    library: inner.library,
    close: () => inner.close(),
    get maxQuestionChars() {
      return inner.maxQuestionChars;
    },
  };
  return { engine, questions, answers };
}
