/**
 * The path every question takes on every chat platform: check the asker's rate limit, wait
 * for the chat's earlier questions, answer with the conversation the question continues,
 * send the answer, remember the exchange for follow-ups, and record it in the log. Platforms
 * differ only in how they send and where a follow-up can come from, which they pass in as an
 * `AnswerDelivery`. Floods stay small here, for every platform alike: an asker over the limit
 * is told once per window, and a chat with too many questions waiting is told once.
 */
import type { Logger } from 'pino';
import type { QuestionLog } from '../question-log/question-log.js';
import { detectLanguage } from '../text/detect-language.js';
import type { Answer, Engine, Language, Turn } from './answer-types.js';
import type { ChatQueues } from './chat-queues.js';
import type { ConversationMemory } from './conversation-memory.js';
import type { QuestionRateLimiter } from './rate-limiter.js';
import { recordQuestion } from './record-question.js';

/** What the flow needs of an adapter: its engine and its own bounded state. */
export interface ConversationServices {
  engine: Engine;
  memory: ConversationMemory;
  rateLimiter: QuestionRateLimiter;
  /** Each chat's questions, answered one at a time with a bounded number waiting. */
  chatQueues: ChatQueues;
  /** The adapter's logger (already tagged with the adapter's name). */
  logger: Logger;
  /** Where every answered question is recorded; nothing is recorded without one (tests). */
  questionLog?: QuestionLog | undefined;
}

/** A question as the platform received it. */
export interface AskedQuestion {
  /** The question as the engine should read it: mentions and markup removed. */
  text: string;
  /** Whose limit the question counts against (`askerKey('slack', 'U123')`). */
  askerKey: string;
  /** Who asked, for the question log, which keeps only a salted hash of the id (never logged). */
  asker: { platform: string; userId: string };
  /** The chat whose queue the question waits in (`conversationKey('slack', 'C123')`). */
  chatKey: string;
  /** Where the turns before the question are kept; null when it starts a conversation. */
  conversationKey: string | null;
  /** What identifies the question in the log (an update or event id, a chat). */
  logFields?: Record<string, unknown>;
}

/** How a platform shows work, sends the answer and tells an asker to wait. */
export interface AnswerDelivery {
  /**
   * Sends the answer where the question was asked and resolves with the conversation keys a
   * follow-up may come from (the thread, the reply chain, the private chat); empty for none.
   */
  sendAnswer(answer: Answer): Promise<readonly string[]>;
  /**
   * Tells the asker when to ask again, in the question's language (the shared wording is
   * `chatMessagesFor(language).rateLimited(seconds)`).
   */
  sendRateLimited(wait: { seconds: number; language: Language }): Promise<void>;
  /**
   * Tells the asker that too many questions wait in the chat (the shared wording is
   * `chatMessagesFor(language).queueFull`); sent once when the chat's queue overflows.
   */
  sendQueueFull(notice: { language: Language }): Promise<void>;
  /** Shows that the bot is working ("typing…", a reaction) while the answer is made and sent. */
  whileWorking?<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Answers one question once the chat's earlier questions are answered; resolves with the
 * answer, or null when the asker was over the limit or the chat's queue was full.
 */
export async function answerInConversation(
  services: ConversationServices,
  question: AskedQuestion,
  delivery: AnswerDelivery,
): Promise<Answer | null> {
  const receivedAt = Date.now();
  if (!(await withinRateLimit(services, question, delivery))) return null;
  const queued = services.chatQueues.add(question.chatKey, () =>
    answerInTurn(services, question, delivery, receivedAt),
  );
  if (queued.status === 'queued') return queued.done;
  await refuseOverflow(services, question, delivery, queued.firstRefusal);
  return null;
}

/**
 * Answers a question whose turn has come. An answer the engine refuses (too long, empty) is
 * sent like any other, but is no turn of the conversation: a follow-up continues from the
 * turns before it. It is recorded before it is sent, so that its 👍/👎 find it in the log.
 */
async function answerInTurn(
  services: ConversationServices,
  question: AskedQuestion,
  delivery: AnswerDelivery,
  receivedAt: number,
): Promise<Answer> {
  const before =
    question.conversationKey === null ? [] : services.memory.turns(question.conversationKey);
  const work = async () => {
    const answer = await services.engine.answer(question.text, before);
    recordQuestion(services, question, answer, Date.now() - receivedAt);
    return { answer, keys: await delivery.sendAnswer(answer) };
  };
  const { answer, keys } = await (delivery.whileWorking?.(work) ?? work());
  services.memory.remember(keys, turnsAfter(before, question.text, answer));
  services.logger.info(
    { ...question.logFields, answerId: answer.id, kind: answer.kind, language: answer.language },
    'Answered a question',
  );
  return answer;
}

function turnsAfter(before: readonly Turn[], question: string, answer: Answer): Turn[] {
  if (answer.kind === 'invalid_question') return [...before];
  return [
    ...before,
    { role: 'user', text: question },
    { role: 'assistant', text: answer.text, answered: answer.kind === 'answer' },
  ];
}

/**
 * Counts the question against the asker's limit; over it, says when to try again, once per
 * window: the asker's further questions in the window are dropped without a word.
 */
async function withinRateLimit(
  services: ConversationServices,
  question: AskedQuestion,
  delivery: AnswerDelivery,
): Promise<boolean> {
  const decision = await services.rateLimiter.consume(question.askerKey);
  if (decision.allowed) return true;
  services.logger[decision.noticeDue ? 'info' : 'debug'](
    // Not the asker's key: it holds the platform's user id, which is never logged.
    { ...question.logFields, retryAfterSeconds: decision.retryAfterSeconds },
    decision.noticeDue ? 'Rate-limited a question; told the asker' : 'Rate-limited a question',
  );
  if (!decision.noticeDue) return false;
  const language = detectLanguage(question.text);
  await delivery.sendRateLimited({ seconds: decision.retryAfterSeconds, language });
  return false;
}

/** A question refused because its chat's queue is full; the first since it drained is told. */
async function refuseOverflow(
  services: ConversationServices,
  question: AskedQuestion,
  delivery: AnswerDelivery,
  firstRefusal: boolean,
): Promise<void> {
  services.logger[firstRefusal ? 'warn' : 'debug'](
    question.logFields ?? {},
    'Refused a question: too many questions wait in its chat',
  );
  if (firstRefusal) await delivery.sendQueueFull({ language: detectLanguage(question.text) });
}
