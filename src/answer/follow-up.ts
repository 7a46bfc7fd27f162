/**
 * Offline follow-ups: "and how much did they invest?" after "which companies signed in
 * Luodian?" keeps the earlier question's concepts as context, at reduced weight, so that
 * retrieval finds the passage both questions are about.
 */
import type { Turn } from '../engine/answer-types.js';
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';
import type { Concept, Query } from '../retrieval/build-query.js';
import { conceptSignature } from '../retrieval/concept-builder.js';
import type { Language } from '../text/detect-language.js';

/** Earlier user questions considered, most recent last. */
const CONTEXT_TURNS = 3;

/** True when a question leans on an earlier one (pronouns, "and…", "那…"). */
export function looksLikeFollowUp(question: string, language: Language): boolean {
  return (language === 'zh' ? CHINESE : ENGLISH).followUpMarkers.test(question);
}

/** The user's earlier questions, oldest first. */
export function earlierQuestions(conversation: readonly Turn[]): string[] {
  return conversation
    .filter((turn) => turn.role === 'user' && turn.text.trim() !== '')
    .slice(-CONTEXT_TURNS)
    .map((turn) => turn.text);
}

/** The query with the concepts of `context` it lacks, marked as coming from context. */
export function withContext(query: Query, context: Query): Query {
  const known = new Set(query.concepts.map(conceptSignature));
  const carried: Concept[] = context.concepts
    .filter((concept) => !known.has(conceptSignature(concept)))
    .map((concept) => ({ ...concept, fromContext: true }));
  return {
    ...query,
    concepts: [...query.concepts, ...carried],
    embeddingText: `${query.embeddingText} ${context.embeddingText}`,
    timeScope: query.timeScope.kind === 'any' ? context.timeScope : query.timeScope,
  };
}
