/**
 * Sends an answer as replies to the question's message (in the same forum topic), with link
 * previews off and the 👍/👎 buttons under the last part of an answered reply.
 */
import type { Context } from 'grammy';
import type { Message } from 'grammy/types';
import type { Answer } from '../../src/adapter-kit.js';
import { feedbackKeyboard } from './feedback-buttons.js';
import { formatAnswer } from './format-answer.js';
import { replyHtml } from './reply-text.js';

/** The messages sent, in order. */
export async function sendAnswer(ctx: Context, answer: Answer): Promise<Message.TextMessage[]> {
  const parts = formatAnswer(answer);
  const sent: Message.TextMessage[] = [];
  for (const [index, part] of parts.entries()) {
    const isLast = index === parts.length - 1;
    const buttons = isLast && answer.answered ? { reply_markup: feedbackKeyboard(answer.id) } : {};
    sent.push(await replyHtml(ctx, part, buttons));
  }
  return sent;
}
