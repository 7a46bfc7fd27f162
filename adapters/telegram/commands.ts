/**
 * The commands everyone may use: /start (welcome and examples), /help, /ask <question>
 * (the way to ask in a group without a mention) and /new (forget the conversation).
 */
import { Composer, type Context } from 'grammy';
import { chatKey } from './conversation-keys.js';
import { handleQuestion } from './handle-question.js';
import { replyText } from './reply-text.js';
import { messagesForUser } from './telegram-messages.js';
import type { TelegramServices } from './telegram-services.js';

export function commands(services: TelegramServices): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command('start', (ctx) =>
    replyText(ctx, messagesForUser(ctx.from).welcome(ctx.me.username)),
  );
  composer.command('help', (ctx) =>
    replyText(ctx, messagesForUser(ctx.from).help(ctx.me.username)),
  );
  composer.command('ask', (ctx) => handleQuestion(ctx, ctx.match, services));
  composer.command('new', (ctx) => {
    services.memory.forget(chatKey(ctx.chat.id));
    const messages = messagesForUser(ctx.from);
    return replyText(
      ctx,
      ctx.chat.type === 'private' ? messages.newConversation : messages.newConversationInGroup,
    );
  });
  return composer;
}
