import { BoundedMap } from '../util/bounded-map.js';
import type { Answer } from './answer-types.js';

/** What is kept of an answer so that a later rating can name the question and the sources. */
export interface RememberedAnswer {
  question: string;
  answer: Answer;
}

/** The most recent answers, for feedback on them; the oldest are dropped first. */
export class RecentAnswers {
  private readonly answers: BoundedMap<string, RememberedAnswer>;

  constructor(capacity = 5000) {
    this.answers = new BoundedMap(capacity);
  }

  remember(question: string, answer: Answer): void {
    this.answers.set(answer.id, { question, answer });
  }

  find(answerId: string): RememberedAnswer | undefined {
    return this.answers.get(answerId);
  }
}
