/**
 * Offline follow-ups: "and how much did they invest?" after "which companies signed in
 * Luodian?" keeps the earlier question's concepts as context, at reduced weight, so that
 * retrieval finds the passage both questions are about. The names the bot's last answer
 * gave are context too: after "Chen Qiyu was elected its first president", "which company
 * is he from?" is about Chen Qiyu.
 */
import type { Turn } from '../engine/answer-types.js';
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';
import type { Concept, Query } from '../retrieval/build-query.js';
import { conceptSignature } from '../retrieval/concept-builder.js';
import type { Language } from '../text/detect-language.js';

/** Earlier user questions considered, most recent last. */
const CONTEXT_TURNS = 3;

/** Names of the last answer carried as context, at most. */
const ANSWER_NAMES = 4;

/** True when a question leans on an earlier one (pronouns, "and…", "那…"). */
export function looksLikeFollowUp(question: string, language: Language): boolean {
  return (language === 'zh' ? CHINESE : ENGLISH).followUpMarkers.test(question);
}

/**
 * True when a question asked in a conversation leans on it: it says so ("and…", "it"), or
 * it names nothing of its own ("建好以后要雇多少人？", "一共有多少条？"), so that it can only be
 * about what was just discussed.
 */
export function leansOnConversation(query: Query): boolean {
  return (
    looksLikeFollowUp(query.text, query.language) ||
    !query.concepts.some((concept) => concept.specific && concept.year === undefined)
  );
}

/** Characters of the last answer read for names, at most: its first line says what it found. */
const ANSWER_HEAD = 300;

/**
 * The first line of the bot's last reply when it answered (the value, the list or the best
 * sentence); a refusal names only nearby documents.
 */
export function lastAnswer(conversation: readonly Turn[]): string | null {
  const last = conversation.at(-1);
  if (last?.role !== 'assistant' || last.answered === false) return null;
  const head = (last.text.split('\n')[0] ?? '').slice(0, ANSWER_HEAD);
  const text = head.replace(/\[\d+\]/g, ' ').trim();
  return text === '' ? null : text;
}

/** The most specific names (not years) an answer's query holds, to carry as context. */
export function namesOf(query: Query): Query {
  const names = query.concepts
    .filter((concept) => concept.specific && concept.year === undefined)
    .sort((a, b) => b.importance - a.importance)
    .slice(0, ANSWER_NAMES);
  return { ...query, concepts: names, embeddingText: names.map((name) => name.label).join(' ') };
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
