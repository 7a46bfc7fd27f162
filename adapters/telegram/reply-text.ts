/**
 * Replies to the message being handled: quoted when it still exists (and in its forum topic,
 * which grammY's `ctx.reply` adds), with link previews off.
 */
import type { Context } from 'grammy';
import type { Message } from 'grammy/types';

/** Options for any reply to the message in `ctx`. */
export function replyOptions(ctx: Context) {
  const messageId = ctx.msg?.message_id;
  const quote =
    messageId === undefined
      ? {}
      : { reply_parameters: { message_id: messageId, allow_sending_without_reply: true } };
  return { link_preview_options: { is_disabled: true }, ...quote };
}

/** A plain-text reply; plain text needs no escaping. */
export async function replyText(ctx: Context, text: string): Promise<void> {
  await ctx.reply(text, replyOptions(ctx));
}

/** An HTML reply; `html` must already be escaped. */
export function replyHtml(
  ctx: Context,
  html: string,
  extra: Parameters<Context['reply']>[1] = {},
): Promise<Message.TextMessage> {
  return ctx.reply(html, { ...replyOptions(ctx), parse_mode: 'HTML', ...extra });
}
