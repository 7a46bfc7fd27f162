/**
 * The table of question kinds, in the order they are tried: a question is of the first kind
 * whose rule detects it ("Which companies…" is a list before "how many" is a quantity), and
 * of the general kind when none does.
 */
import type { Language } from '../text/detect-language.js';
import { generalKind } from './general-kind.js';
import { listKind } from './list-kind.js';
import { quantityKind } from './quantity-kind.js';
import type { QuestionKind, QuestionKindRule } from './question-kind.js';
import { whenKind } from './when-kind.js';
import { whereKind } from './where-kind.js';
import { whoKind } from './who-kind.js';

export type { QuestionKind, QuestionKindRule } from './question-kind.js';

export const QUESTION_KINDS: readonly QuestionKindRule[] = [
  listKind,
  quantityKind,
  whenKind,
  whoKind,
  whereKind,
];

/** The kind of answer a question asks for. */
export function detectQuestionKind(question: string, language: Language): QuestionKind {
  return QUESTION_KINDS.find((rule) => rule.detect[language](question))?.kind ?? 'general';
}

/** The rule of a kind. */
export function ruleFor(kind: QuestionKind): QuestionKindRule {
  return QUESTION_KINDS.find((rule) => rule.kind === kind) ?? generalKind;
}
