/**
 * 👍/👎 buttons under an answer. A click is appended to the shared feedback log through the
 * engine, then acknowledged with a short thanks. The callback data (`fb:up:<answer id>`)
 * stays far below Telegram's 64-byte limit because answer ids are 8 characters.
 */
import { Composer, type Context, InlineKeyboard } from 'grammy';
import type { Feedback } from '../../src/engine/answer-types.js';
import type { BotDependencies } from './bot-dependencies.js';
import { messagesForUser } from './bot-messages.js';

const FEEDBACK_DATA = /^fb:(up|down):([\w-]{1,56})$/;

/** The keyboard attached to an answered reply. */
export function feedbackKeyboard(answerId: string): InlineKeyboard {
  return new InlineKeyboard().text('👍', `fb:up:${answerId}`).text('👎', `fb:down:${answerId}`);
}

/** Handles clicks on the feedback buttons. */
export function feedbackButtons(dependencies: Pick<BotDependencies, 'engine'>): Composer<Context> {
  const composer = new Composer<Context>();
  composer.callbackQuery(FEEDBACK_DATA, async (ctx) => {
    const [, rating, answerId = ''] = ctx.match;
    // Recorded first, so that "thanks" means it was kept; a failure gets the apology instead.
    await dependencies.engine.recordFeedback(
      feedbackFrom(ctx, rating === 'up' ? 'up' : 'down', answerId),
    );
    await ctx.answerCallbackQuery({
      text: messagesForUser(ctx.from).feedbackThanks,
    });
  });
  // A button of an older version of the bot: stop the client's spinner, record nothing.
  composer.on('callback_query:data', (ctx) => ctx.answerCallbackQuery());
  return composer;
}

function feedbackFrom(ctx: Context, rating: Feedback['rating'], answerId: string): Feedback {
  const message = ctx.callbackQuery?.message;
  const messageText = message !== undefined && 'text' in message ? message.text : undefined;
  return {
    answerId,
    rating,
    platform: 'telegram',
    userId: String(ctx.from?.id ?? 'unknown'),
    messageText,
  };
}
