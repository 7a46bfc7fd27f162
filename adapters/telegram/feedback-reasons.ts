/**
 * "What was wrong?" after a 👎: three buttons (wrong, incomplete, not what I asked), in the
 * rater's language, in a reply to the answer. Once one is picked, the buttons give way to the
 * choice, so that the question is answered once and the chat shows what was recorded.
 */
import { type Context, InlineKeyboard } from 'grammy';
import {
  chatMessagesFor,
  errorMessage,
  FEEDBACK_REASONS,
  type FeedbackReason,
  type Language,
  type Logger,
} from '../../src/adapter-kit.js';
import { replyOptions } from './reply-text.js';
import { userLanguage } from './user-language.js';

/** A reason button's callback data: `fr:<reason>:<answer id>`. */
export const REASON_DATA = /^fr:(wrong|incomplete|not_asked):([\w-]{1,56})$/;

/** The three reasons, on one row. */
export function reasonKeyboard(answerId: string, language: Language): InlineKeyboard {
  const labels = chatMessagesFor(language).feedbackReasons;
  const keyboard = new InlineKeyboard();
  for (const reason of FEEDBACK_REASONS) keyboard.text(labels[reason], `fr:${reason}:${answerId}`);
  return keyboard;
}

/** Asks the rater of the answer the click came from what was wrong with it. */
export async function askWhatWasWrong(ctx: Context, answerId: string): Promise<void> {
  const language = userLanguage(ctx.from?.language_code);
  await ctx.reply(chatMessagesFor(language).whatWasWrong, {
    ...replyOptions(ctx),
    reply_markup: reasonKeyboard(answerId, language),
  });
}

/**
 * Replaces the buttons with the choice. A failure (the message was deleted meanwhile) is
 * logged: the reason is recorded either way.
 */
export async function showReasonChosen(
  ctx: Context,
  reason: FeedbackReason,
  logger: Logger,
): Promise<void> {
  const messages = chatMessagesFor(userLanguage(ctx.from?.language_code));
  try {
    await ctx.editMessageText(`${messages.whatWasWrong} ${messages.feedbackReasons[reason]}`);
  } catch (error) {
    logger.warn({ reason: errorMessage(error) }, 'Could not show the reason picked');
  }
}
