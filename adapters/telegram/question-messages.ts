/**
 * Which text messages are questions: every one in a private chat, and in groups those that
 * mention the bot or reply to it (the mention is not part of the question). A message that
 * starts with an unknown command gets a pointer to /help instead.
 */
import { Composer, type Context } from 'grammy';
import type { Message } from 'grammy/types';
import { botMentions, withoutEntities } from './bot-mentions.js';
import { handleQuestion } from './handle-question.js';
import { isAddressedToBot } from './is-addressed-to-bot.js';
import { replyText } from './reply-text.js';
import { messagesForUser } from './telegram-messages.js';
import type { TelegramServices } from './telegram-services.js';

export function questionMessages(services: TelegramServices): Composer<Context> {
  const composer = new Composer<Context>();
  const addressed = composer.on('message:text').filter((ctx) => isAddressedToBot(ctx.msg, ctx.me));
  addressed.filter(startsWithCommand, (ctx) =>
    replyText(ctx, messagesForUser(ctx.from).unknownCommand),
  );
  addressed.on('message:text', (ctx) =>
    handleQuestion(ctx, questionText(ctx.msg, ctx.me.username), services),
  );
  return composer;
}

/** The question in a message: its text without mentions of the bot. */
export function questionText(message: Message, username: string): string {
  return withoutEntities(message.text ?? '', botMentions(message, username));
}

function startsWithCommand(ctx: Context): boolean {
  return (
    ctx.msg?.entities?.some((entity) => entity.type === 'bot_command' && entity.offset === 0) ??
    false
  );
}
