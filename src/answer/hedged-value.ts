/**
 * A value stated as a plan, a target or an expectation ("the city aims for an industry scale
 * above 900 billion yuan", "年税收预计超1亿元") answers a question about plans, but it does
 * not answer "what was the output?" or "how many people work there?". The answerability
 * model weighs the difference (answer-features.ts).
 */
import type { KindValue } from '../kinds/question-kind.js';
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';
import { clauseBefore } from '../text/clauses.js';

/** A hedge governs at most this many characters after it. */
const REACH = 120;

/** True when a hedge stands before the value in its clause: "is expected to employ about 1,000 people". */
export function isHedged(sentence: string, value: KindValue): boolean {
  const clause = clauseBefore(sentence, value.start, REACH);
  return ENGLISH.hedges.test(clause) || CHINESE.hedges.test(clause);
}

/** True when the question itself asks about a plan, a target or what comes next. */
export function asksAboutPlans(question: string): boolean {
  return [ENGLISH.hedges, ENGLISH.futureQuestion, CHINESE.hedges, CHINESE.futureQuestion].some(
    (pattern) => pattern.test(question),
  );
}
