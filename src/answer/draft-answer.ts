/**
 * The offline answering pipeline for one question: build the query (with the conversation
 * as context when the question leans on it), retrieve, gather and rank the evidence
 * sentences, compose the answer, and let the answerability model decide from the answer's
 * features whether to give it or to say plainly that the knowledge base does not hold it.
 */
import type { AnswerKind, Source, Turn } from '../engine/answer-types.js';
import type { Embedder } from '../index/embedder.js';
import { HashingEmbeddings } from '../index/hashing-embeddings.js';
import { ruleFor } from '../kinds/question-kinds.js';
import { buildQuery, type Query } from '../retrieval/build-query.js';
import type { FusionWeights } from '../retrieval/fuse-rankings.js';
import { type RankedPassage, type RetrievalLegs, retrieve } from '../retrieval/retrieve.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Language } from '../text/detect-language.js';
import { answerFeatures } from './answer-features.js';
import { ANSWERABILITY, type AnswerabilityModel } from './answerability.js';
import { type ComposedAnswer, composeExtractiveAnswer } from './compose-extractive-answer.js';
import { composeLatestAnswer } from './compose-latest-answer.js';
import { composeRefusal } from './compose-refusal.js';
import { isQuestionAboutBot } from './detect-bot-question.js';
import { isInstructionRequest } from './detect-instruction-request.js';
import {
  earlierQuestions,
  lastAnswer,
  leansOnConversation,
  namesOf,
  withContext,
} from './follow-up.js';
import { type Evidence, gatherEvidence } from './gather-evidence.js';
import type { LogisticModel } from './logistic-model.js';
import { messagesFor } from './messages.js';
import { rankSentences } from './rank-sentences.js';

export interface AnsweringOptions {
  now?: () => Date;
  fusion?: FusionWeights;
  legs?: RetrievalLegs;
  /** Give the composed answer whatever the answerability model says (for fitting and evaluation). */
  force?: boolean;
  /** Models other than the fitted ones (for fitting). */
  models?: { ranker?: LogisticModel; answerability?: AnswerabilityModel };
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
  /** The estimated probability that the answer is right; `null` when no answer was composed. */
  confidence: number | null;
  /** What the answerability model saw, when an answer was composed. */
  features: Record<string, number> | null;
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
  const leansOnEarlier = earlierQuestions(conversation).length > 0 && leansOnConversation(query);
  if (query.concepts.length === 0 && !leansOnEarlier) return overview(query, snapshot);
  const attempt = await bestAttempt(query, conversation, snapshot, embedder, options, now);
  const composed = composeExtractiveAnswer(attempt.query, attempt.evidence, snapshot.lexicon);
  if (
    composed === null ||
    !typedAnswerHolds(attempt.query, composed) ||
    asksForUnknownThings(attempt.query)
  )
    return refusal(attempt, snapshot, embedder, options, null);
  const model = options.models?.answerability ?? ANSWERABILITY;
  const features = answerFeatures(attempt.query, composed, attempt.evidence, attempt.passages);
  const confidence = model.confidence(features);
  if (!options.force && confidence < model.threshold)
    return refusal(attempt, snapshot, embedder, options, { confidence, features });
  return { ...draftOf(composed, 'answer', attempt), confidence, features };
}

function draftOf(composed: ComposedAnswer, reason: DraftReason, attempt: Attempt): Draft {
  const answered = reason === 'answer';
  return {
    text: composed.text,
    sources: composed.sources,
    answered,
    kind: answered ? 'answer' : 'not_found',
    reason,
    language: attempt.query.language,
    confidence: null,
    features: null,
    ...attempt,
  };
}

/**
 * A question that asks for a value (a count, a sum, an area, a date, a person, a place) is
 * answered only with a value of that kind about the asked subject: "20 companies" does not
 * answer "how many employees", and a sentence naming none of the question's names (another
 * body's chairman) does not answer "who chairs Shanghai Pharma?".
 */
function typedAnswerHolds(query: Query, composed: ComposedAnswer): boolean {
  if (!ruleFor(query.kind).asksForValue) return true;
  return composed.value !== undefined && (composed.primary?.specificCoverage ?? 0) > 0;
}

/**
 * True when a list or a count is of things the knowledge base has never heard of ("which
 * vaccines…" with no vaccine in it, "how many employees…"): no list or number it holds is of
 * them. An unknown name is weighed by the answerability model instead (`unknownNames`): the
 * pages may write it another way (an acronym spelled out, another transliteration).
 */
function asksForUnknownThings(query: Query): boolean {
  return (
    (query.kind === 'list' || query.kind === 'quantity') &&
    query.concepts.some((concept) => concept.answerType && !concept.fromContext && !concept.known)
  );
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
  const context = contextQuery(conversation, snapshot, now);
  const followUp = context !== null && leansOnConversation(query);
  const first = await attemptFor(
    followUp ? withContext(query, context) : query,
    snapshot,
    embedder,
    options,
  );
  if (context === null || followUp) return first;
  const second = await attemptFor(withContext(query, context), snapshot, embedder, options);
  return (second.evidence[0]?.score ?? 0) > (first.evidence[0]?.score ?? 0) ? second : first;
}

/**
 * Earlier questions folded into one query (each follow-up keeps the context before it),
 * with the names the last answer gave.
 */
function contextQuery(conversation: readonly Turn[], snapshot: Snapshot, now: Date): Query | null {
  let context: Query | null = null;
  for (const question of earlierQuestions(conversation)) {
    const query = buildQuery(question, snapshot, now);
    context = context !== null && leansOnConversation(query) ? withContext(query, context) : query;
  }
  const answered = lastAnswer(conversation);
  if (context === null || answered === null) return context;
  return withContext(context, namesOf(buildQuery(answered, snapshot, now)));
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
  const gathered = gatherEvidence(query, passages, snapshot.analyzer, snapshot.lexicon);
  const evidence = rankSentences(gathered, query, passages, options.models?.ranker);
  return { query, passages, evidence };
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
  judged: { confidence: number; features: Record<string, number> } | null,
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
  const draft = draftOf(
    composeRefusal(query.language, nearest, reason),
    reason === undefined ? 'not_found' : 'nothing_in_year',
    attempt,
  );
  return { ...draft, confidence: judged?.confidence ?? null, features: judged?.features ?? null };
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
