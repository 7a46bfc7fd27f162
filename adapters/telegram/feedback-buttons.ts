/**
 * 👍/👎 buttons under an answer, and the reasons asked after a 👎 (feedback-reasons.ts). A
 * click is recorded in the question log, which counts one rating per user per answer, then
 * acknowledged with a short thanks; a user's first 👎 of an answer is followed by "what was
 * wrong?", once however often they click. The callback data (`fb:up:<answer id>`,
 * `fr:wrong:<answer id>`) stays far below Telegram's 64-byte limit: answer ids are 8
 * characters.
 */
import { Composer, type Context, InlineKeyboard } from 'grammy';
import {
  type FeedbackEntry,
  type FeedbackReason,
  ratingOf,
  reasonOf,
  recordFeedback,
} from '../../src/adapter-kit.js';
import { askWhatWasWrong, REASON_DATA, showReasonChosen } from './feedback-reasons.js';
import { messagesForUser } from './telegram-messages.js';
import type { TelegramServices } from './telegram-services.js';

const FEEDBACK_DATA = /^fb:(up|down):([\w-]{1,56})$/;

/** The keyboard attached to an answered reply. */
export function feedbackKeyboard(answerId: string): InlineKeyboard {
  return new InlineKeyboard().text('👍', `fb:up:${answerId}`).text('👎', `fb:down:${answerId}`);
}

/** Handles clicks on the feedback and reason buttons. */
export function feedbackButtons(
  services: Pick<TelegramServices, 'questionLog' | 'logger'>,
): Composer<Context> {
  const composer = new Composer<Context>();
  composer.callbackQuery(FEEDBACK_DATA, async (ctx) => {
    const [, rating, answerId = ''] = ctx.match;
    const feedback = feedbackFrom(ctx, answerId, ratingOf(rating) ?? 'down');
    // Recorded first, so that "thanks" means it was kept; a failure gets the apology instead.
    const { askReason } = await recordFeedback(services, feedback);
    await ctx.answerCallbackQuery({ text: messagesForUser(ctx.from).feedbackThanks });
    if (askReason) await askWhatWasWrong(ctx, answerId);
  });
  composer.callbackQuery(REASON_DATA, async (ctx) => {
    const [, picked, answerId = ''] = ctx.match;
    const reason = reasonOf(picked) ?? 'wrong';
    await recordFeedback(services, feedbackFrom(ctx, answerId, 'down', reason));
    await ctx.answerCallbackQuery({ text: messagesForUser(ctx.from).feedbackThanks });
    await showReasonChosen(ctx, reason, services.logger);
  });
  // A button of an older version of the bot: stop the client's spinner, record nothing.
  composer.on('callback_query:data', (ctx) => ctx.answerCallbackQuery());
  return composer;
}

function feedbackFrom(
  ctx: Context,
  answerId: string,
  rating: FeedbackEntry['rating'],
  reason?: FeedbackReason,
): FeedbackEntry {
  const userId = String(ctx.from?.id ?? 'unknown');
  return {
    answerId,
    rating,
    platform: 'telegram',
    userId,
    ...(reason === undefined ? {} : { reason }),
  };
}
