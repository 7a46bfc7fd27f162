/**
 * Answers one question: checks the asker's rate limit, gives the engine the conversation the
 * question continues, shows "typing…" meanwhile, sends the answer and remembers the exchange
 * for follow-ups. An answer the engine refuses (too long, empty) is sent like any other.
 */
import type { Context } from 'grammy';
import { detectLanguage } from '../../src/text/detect-language.js';
import type { BotDependencies } from './bot-dependencies.js';
import { botMessagesFor } from './bot-messages.js';
import { conversationKeyOf } from './conversation-keys.js';
import { keepTyping } from './keep-typing.js';
import { rememberTurns } from './remember-turns.js';
import { replyText } from './reply-text.js';
import { sendAnswer } from './send-answer.js';

export async function handleQuestion(
  ctx: Context,
  question: string,
  dependencies: BotDependencies,
): Promise<void> {
  const message = ctx.msg;
  if (message === undefined) return;
  if (!(await withinRateLimit(ctx, question, dependencies))) return;
  const key = conversationKeyOf(message, ctx.me.id);
  const conversation = key === null ? [] : dependencies.memory.turns(key);
  const answer = await keepTyping(ctx, dependencies.logger, () =>
    dependencies.engine.answer(question, conversation),
  );
  const sent = await sendAnswer(ctx, answer);
  const sentMessageIds = sent.map((reply) => reply.message_id);
  rememberTurns(dependencies.memory, {
    chat: message.chat,
    sentMessageIds,
    conversation,
    question,
    answer,
  });
  dependencies.logger.debug(
    { chatId: message.chat.id, answerId: answer.id, kind: answer.kind },
    'Answered a question',
  );
}

/** Counts the question against the asker's limit; when over it, says when to try again. */
async function withinRateLimit(
  ctx: Context,
  question: string,
  dependencies: BotDependencies,
): Promise<boolean> {
  const decision = await dependencies.limiter.consume(`telegram:${ctx.from?.id ?? ctx.chat?.id}`);
  if (decision.allowed) return true;
  const text = botMessagesFor(detectLanguage(question)).rateLimited(decision.retryAfterSeconds);
  await replyText(ctx, text);
  return false;
}
