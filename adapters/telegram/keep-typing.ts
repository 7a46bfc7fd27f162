/**
 * The "typing…" indicator while an answer is being written. Telegram shows it for about five
 * seconds, so it is renewed until the work is done. A failure to show it is logged and
 * never delays or stops the answer.
 */
import type { Context } from 'grammy';
import type { Logger } from '../../src/adapter-kit.js';
import { errorMessage } from '../../src/adapter-kit.js';

const RENEW_EVERY_MS = 4_000;

/** Runs `work` with the typing indicator shown in the chat of `ctx`. */
export async function keepTyping<T>(
  ctx: Context,
  logger: Logger,
  work: () => Promise<T>,
): Promise<T> {
  const showTyping = () => {
    ctx.replyWithChatAction('typing').catch((error: unknown) => {
      logger.warn(
        { chatId: ctx.chat?.id, reason: errorMessage(error) },
        'Could not show the typing indicator',
      );
    });
  };
  showTyping();
  const timer = setInterval(showTyping, RENEW_EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
