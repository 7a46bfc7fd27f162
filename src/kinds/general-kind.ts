/** Any other question ("What is DiaSorin?", "宝山的目标是什么？"): the best sentences answer it. */
import type { QuestionKindRule } from './question-kind.js';

export const generalKind: QuestionKindRule = {
  kind: 'general',
  detect: { en: () => true, zh: () => true },
  passages: 5,
  asksForValue: false,
  values: () => [],
};
