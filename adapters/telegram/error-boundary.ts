/**
 * The bot's one error boundary (installed as `bot.catch` and around every handler): logs the
 * update id and the error's message (never a stack or a request URL, which would hold the
 * token) and tells the user, briefly, that something went wrong. The bot keeps serving.
 */
import type { BotError, Context } from 'grammy';
import type { Logger } from '../../src/adapter-kit.js';
import { errorMessage } from '../../src/adapter-kit.js';
import { replyText } from './reply-text.js';
import { messagesForUser } from './telegram-messages.js';

export type BotErrorHandler = (error: BotError<Context>) => Promise<void>;

export function errorBoundary(token: string, logger: Logger): BotErrorHandler {
  const reasonOf = (error: unknown) => errorMessage(error).replaceAll(token, '[redacted]');
  return async (error) => {
    const updateId = error.ctx.update.update_id;
    logger.error({ updateId, reason: reasonOf(error.error) }, 'Failed to handle a Telegram update');
    try {
      await apologize(error.ctx);
    } catch (apologyError) {
      logger.warn({ updateId, reason: reasonOf(apologyError) }, 'Could not send the apology');
    }
  };
}

async function apologize(ctx: Context): Promise<void> {
  const apology = messagesForUser(ctx.from).apology;
  if (ctx.callbackQuery !== undefined) await ctx.answerCallbackQuery({ text: apology });
  else if (ctx.chat !== undefined) await replyText(ctx, apology);
}
