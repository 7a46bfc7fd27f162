/**
 * The offline answering pipeline for one question: build the query (with the conversation
 * as context when the question leans on it), retrieve, gather the evidence sentences,
 * decide whether they answer, and compose the extractive answer or the refusal.
 */
import type { AnswerKind, Source, Turn } from '../engine/answer-types.js';
import type { Embedder } from '../index/embedder.js';
import { HashingEmbeddings } from '../index/hashing-embeddings.js';
import { type QuestionKind, ruleFor } from '../kinds/question-kinds.js';
import { buildQuery, type Concept, type Query } from '../retrieval/build-query.js';
import type { FusionWeights } from '../retrieval/fuse-rankings.js';
import { type RankedPassage, type RetrievalLegs, retrieve } from '../retrieval/retrieve.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Language } from '../text/detect-language.js';
import { type ComposedAnswer, composeExtractiveAnswer } from './compose-extractive-answer.js';
import { composeLatestAnswer } from './compose-latest-answer.js';
import { composeRefusal } from './compose-refusal.js';
import { isQuestionAboutBot } from './detect-bot-question.js';
import { isInstructionRequest } from './detect-instruction-request.js';
import { earlierQuestions, looksLikeFollowUp, withContext } from './follow-up.js';
import { type Evidence, gatherEvidence } from './gather-evidence.js';
import { messagesFor } from './messages.js';

/**
 * Share of a question a sentence (with its context) must cover for the knowledge base to
 * answer it. Chosen on the evaluation set to refuse off-topic questions while answering
 * paraphrased ones; `npm run eval` reports both rates.
 */
export const ANSWER_THRESHOLD = 0.4;

/**
 * A question that asks for a person, a time, a number or a place is answered only by a
 * sentence that holds one, covers the question and speaks of it in its own words for at
 * least this share: a neighbour's words alone ("DiaSorin signed…" next to "Chen Jie said…")
 * do not make a person the answer to "who founded DiaSorin?".
 */
const OWN_SUPPORT = 0.15;

export interface AnsweringOptions {
  now?: () => Date;
  fusion?: FusionWeights;
  legs?: RetrievalLegs;
  threshold?: number;
}

/** Why a draft says what it says; a model writer rephrases only plain not-found replies. */
export type DraftReason =
  | 'answer'
  | 'not_found'
  | 'nothing_in_year'
  | 'no_subject'
  | 'about_bot'
  | 'instruction_request';

/** An answer before it gets an id, with what it was made from. */
export interface Draft {
  text: string;
  answered: boolean;
  kind: AnswerKind;
  reason: DraftReason;
  language: Language;
  sources: Source[];
  query: Query;
  passages: RankedPassage[];
  evidence: Evidence[];
  /** The estimated probability that the answer is right; `null` for replies that are not answers. */
  confidence: number | null;
}

interface Attempt {
  query: Query;
  passages: RankedPassage[];
  evidence: Evidence[];
}

/** Answers a validated question from a snapshot. */
export async function draftAnswer(
  question: string,
  conversation: readonly Turn[],
  snapshot: Snapshot,
  embedder: Embedder,
  options: AnsweringOptions = {},
): Promise<Draft> {
  const now = options.now?.() ?? new Date();
  const threshold = options.threshold ?? ANSWER_THRESHOLD;
  const query = buildQuery(question, snapshot, now);
  if (isInstructionRequest(question))
    return draftOf(composeRefusal(query.language, []), 'instruction_request', bare(query));
  if (isQuestionAboutBot(question))
    return draftOf(
      { text: messagesFor(query.language).aboutBot, sources: [] },
      'about_bot',
      bare(query),
    );
  // "Who is on it?" has no word of its own to search for, but the earlier questions have.
  const leansOnEarlier =
    earlierQuestions(conversation).length > 0 && looksLikeFollowUp(question, query.language);
  if (query.concepts.length === 0 && !leansOnEarlier) return overview(query, snapshot);
  const attempt = await bestAttempt(query, conversation, snapshot, embedder, options, now);
  if (!supports(attempt, threshold)) return refusal(attempt, snapshot, embedder, options);
  const composed = composeExtractiveAnswer(
    attempt.query,
    attempt.evidence,
    snapshot.lexicon,
    threshold,
  );
  return draftOf(composed, 'answer', attempt);
}

function draftOf(composed: ComposedAnswer, reason: DraftReason, attempt: Attempt): Draft {
  const answered = reason === 'answer';
  return {
    ...composed,
    answered,
    kind: answered ? 'answer' : 'not_found',
    reason,
    language: attempt.query.language,
    confidence: null,
    ...attempt,
  };
}

/** An attempt that retrieved nothing: for replies that need no passages. */
function bare(query: Query): Attempt {
  return { query, passages: [], evidence: [] };
}

/** The question alone, or with earlier questions as context when it leans on them or fails alone. */
async function bestAttempt(
  query: Query,
  conversation: readonly Turn[],
  snapshot: Snapshot,
  embedder: Embedder,
  options: AnsweringOptions,
  now: Date,
): Promise<Attempt> {
  const context = contextQuery(earlierQuestions(conversation), snapshot, now);
  const followUp = context !== null && looksLikeFollowUp(query.text, query.language);
  const first = await attemptFor(
    followUp ? withContext(query, context) : query,
    snapshot,
    embedder,
    options,
  );
  if (context === null || followUp || supports(first, options.threshold ?? ANSWER_THRESHOLD))
    return first;
  const second = await attemptFor(withContext(query, context), snapshot, embedder, options);
  return (second.evidence[0]?.coverage ?? 0) > (first.evidence[0]?.coverage ?? 0) ? second : first;
}

/** Earlier questions folded into one query: each follow-up keeps the context before it. */
function contextQuery(questions: readonly string[], snapshot: Snapshot, now: Date): Query | null {
  let context: Query | null = null;
  for (const question of questions) {
    const query = buildQuery(question, snapshot, now);
    context =
      context !== null && looksLikeFollowUp(question, query.language)
        ? withContext(query, context)
        : query;
  }
  return context;
}

/**
 * Whether the evidence answers the question: its best sentence covers enough of the
 * question, and the question asks about nothing the knowledge base has never heard of.
 */
function supports(attempt: Attempt, threshold: number): boolean {
  const { concepts, kind } = attempt.query;
  const unheardOf = concepts.some((concept) => !concept.known && mustBeKnown(concept, kind));
  if (unheardOf || (attempt.evidence[0]?.coverage ?? 0) < threshold) return false;
  if (!ruleFor(kind).asksForValue) return true;
  return attempt.evidence.some(
    (item) => item.fitsKind && item.coverage >= threshold && item.ownCoverage >= OWN_SUPPORT,
  );
}

/**
 * A concept the knowledge base cannot answer without: a name or number ("the capital of
 * France", "the 218 projects"), or the things a list or a count is of ("which vaccines…",
 * "how many employees…"). A year is checked by the time filter instead, and an earlier
 * turn's concept only adds context.
 */
function mustBeKnown(concept: Concept, kind: QuestionKind): boolean {
  if (concept.fromContext) return false;
  if (concept.specific) return concept.year === undefined;
  return concept.answerType && (kind === 'list' || kind === 'quantity');
}

async function attemptFor(
  query: Query,
  snapshot: Snapshot,
  embedder: Embedder,
  options: AnsweringOptions,
): Promise<Attempt> {
  const vector = await queryVector(query, embedder);
  const passages = retrieve(query, snapshot, vector, {
    legs: options.legs,
    fusion: options.fusion,
  });
  return {
    query,
    passages,
    evidence: gatherEvidence(query, passages, snapshot.analyzer, snapshot.lexicon),
  };
}

async function queryVector(query: Query, embedder: Embedder): Promise<ArrayLike<number>> {
  return embedder instanceof HashingEmbeddings
    ? embedder.embed(query.embeddingText)
    : embedder.embedQuery(query.embeddingText);
}

async function refusal(
  attempt: Attempt,
  snapshot: Snapshot,
  embedder: Embedder,
  options: AnsweringOptions,
): Promise<Draft> {
  const { query } = attempt;
  let reason: string | undefined;
  let nearest = attempt.passages;
  if (query.timeScope.kind === 'year' && attempt.passages.length === 0) {
    reason = messagesFor(query.language).nothingFromYear(query.timeScope.year);
    nearest = (
      await attemptFor({ ...query, timeScope: { kind: 'any' } }, snapshot, embedder, options)
    ).passages;
  }
  return draftOf(
    composeRefusal(query.language, nearest, reason),
    reason === undefined ? 'not_found' : 'nothing_in_year',
    attempt,
  );
}

/** A question about a time and nothing else ("what is the latest news?", "what happened in 2024?"). */
function overview(query: Query, snapshot: Snapshot): Draft {
  const { timeScope } = query;
  const messages = messagesFor(query.language);
  if (timeScope.kind === 'any')
    return draftOf({ text: messages.noQuestionWords, sources: [] }, 'no_subject', bare(query));
  const year = timeScope.kind === 'year' ? timeScope.year : undefined;
  const composed = composeLatestAnswer(snapshot, query.language, year);
  if (composed !== null) return draftOf(composed, 'answer', bare(query));
  const reason = messages.nothingFromYear(year ?? new Date().getFullYear());
  return draftOf(composeRefusal(query.language, [], reason), 'nothing_in_year', bare(query));
}
