/**
 * Two or three questions a newly added document answers, for the admin who added it: made
 * from the document's own sentences and kept only when the engine answers them from it. The
 * question kinds' own rules find the values a sentence holds (a date for "when", an amount
 * or a count, a person, a place), phrase-question.ts asks for each in the document's
 * language, and every question is then answered as a member would ask it: only those given
 * an answer that cites the new document are suggested. Nothing is written by hand, so what
 * is suggested is what a member will get.
 */
import { detectQuestionKind, ruleFor } from '../kinds/question-kinds.js';
import { buildQuery, type Query } from '../retrieval/build-query.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Language } from '../text/detect-language.js';
import { splitSentences } from '../text/split-sentences.js';
import type { Source } from './answer-types.js';
import { type AskableKind, phraseQuestion } from './phrase-question.js';

/** Answers a question as a member would get it (the engine, offline and without a model). */
export type CheckQuestion = (
  question: string,
) => Promise<{ answered: boolean; sources: readonly Pick<Source, 'path'>[] }>;

export interface SuggestOptions {
  /** How many questions to suggest at most. */
  limit?: number;
  /** How many questions to try at most: each is a full answer. */
  tries?: number;
  now?: Date;
}

/** The kinds asked about, in the order their first questions are tried. */
const ASKED_KINDS: readonly AskableKind[] = ['when', 'quantity', 'who', 'where'];

/** The barest question of each kind: its rule then finds the kind's values in any sentence. */
const PROBES: Record<Language, Record<AskableKind, string>> = {
  en: { when: 'When?', quantity: 'How much?', who: 'Who?', where: 'Where?' },
  zh: { when: '什么时候？', quantity: '多少？', who: '谁？', where: '哪里？' },
};

/** Sentences read for questions: a document's opening says what it is about. */
const MAX_SENTENCES = 120;
/** Questions of one kind worth trying; more would crowd out the other kinds. */
const PER_KIND = 3;

/** Questions the document at `path` of `snapshot` answers, checked with `check`. */
export async function suggestQuestions(
  snapshot: Snapshot,
  path: string,
  check: CheckQuestion,
  options: SuggestOptions = {},
): Promise<string[]> {
  const { limit = 3, tries = 8, now = new Date() } = options;
  const kept: string[] = [];
  for (const question of candidateQuestions(snapshot, path, now).slice(0, tries)) {
    const answer = await check(question);
    if (answer.answered && answer.sources.some((source) => source.path === path))
      kept.push(question);
    if (kept.length >= limit) break;
  }
  return kept;
}

/**
 * The questions the document's sentences make, a few of each kind, taken in turn by kind
 * (a date, an amount, a person, a place, then the second of each) so that the suggestions
 * show the range of what the document answers.
 */
export function candidateQuestions(snapshot: Snapshot, path: string, now: Date): string[] {
  const chunks = snapshot.chunks
    .filter((chunk) => chunk.metadata.path === path)
    .sort((a, b) => a.metadata.position - b.metadata.position);
  const language = chunks[0]?.metadata.language;
  if (language === undefined) return [];
  const sentences = [...new Set(chunks.flatMap((chunk) => splitSentences(chunk.pageContent)))];
  const byKind = ASKED_KINDS.map((kind) =>
    questionsOfKind(sentences.slice(0, MAX_SENTENCES), kind, {
      language,
      snapshot,
      probe: buildQuery(PROBES[language][kind], snapshot, now),
    }),
  );
  return interleave(byKind);
}

interface Asking {
  language: Language;
  snapshot: Snapshot;
  probe: Query;
}

function questionsOfKind(sentences: string[], kind: AskableKind, asking: Asking): string[] {
  const questions: string[] = [];
  for (const sentence of sentences) {
    for (const value of ruleFor(kind).values(sentence, asking.probe, asking.snapshot.lexicon)) {
      const question = phraseQuestion({ sentence, ...value, kind }, asking.language);
      // A question the engine would read as another kind would not look for this value.
      if (question === null || detectQuestionKind(question, asking.language) !== kind) continue;
      if (!questions.includes(question)) questions.push(question);
      if (questions.length >= PER_KIND) return questions;
    }
  }
  return questions;
}

/** The first of each list, then the second of each, and so on. */
function interleave(lists: readonly string[][]): string[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const all = Array.from({ length: longest }, (_, index) =>
    lists.flatMap((list) => list.slice(index, index + 1)),
  ).flat();
  return [...new Set(all)];
}
