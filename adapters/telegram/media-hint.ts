/**
 * Stickers, photos, files, voice notes and the like get a one-line hint of what the bot can
 * do: in private chats always, in groups only when they are addressed to the bot.
 */
import { Composer, type Context, type FilterQuery } from 'grammy';
import { isAddressedToBot } from './is-addressed-to-bot.js';
import { replyText } from './reply-text.js';
import { messagesForUser } from './telegram-messages.js';

const MEDIA = [
  'message:sticker',
  'message:photo',
  'message:document',
  'message:voice',
  'message:audio',
  'message:video',
  'message:video_note',
  'message:animation',
  'message:location',
  'message:venue',
  'message:contact',
  'message:poll',
  'message:dice',
] satisfies FilterQuery[];

export function mediaHint(): Composer<Context> {
  const composer = new Composer<Context>();
  composer
    .on(MEDIA)
    .filter((ctx) => ctx.message !== undefined && isAddressedToBot(ctx.message, ctx.me))
    .use((ctx) => replyText(ctx, messagesForUser(ctx.from).mediaHint));
  return composer;
}
