/**
 * Answers one question through the flow every platform shares (rate limit → the chat's queue
 * → answer with the conversation → send → remember → log), with Telegram's parts: "typing…"
 * while working, replies to the question's message, and every reply a key a follow-up may
 * continue from.
 */
import type { Context } from 'grammy';
import { answerInConversation, askerKey, chatMessagesFor } from '../../src/adapter-kit.js';
import { chatKey, conversationKeyOf, followUpKeys } from './conversation-keys.js';
import { keepTyping } from './keep-typing.js';
import { replyText } from './reply-text.js';
import { sendAnswer } from './send-answer.js';
import type { TelegramServices } from './telegram-services.js';

export async function handleQuestion(
  ctx: Context,
  question: string,
  services: TelegramServices,
): Promise<void> {
  const message = ctx.msg;
  if (message === undefined) return;
  const userId = String(ctx.from?.id ?? message.chat.id);
  await answerInConversation(
    services,
    {
      text: question,
      askerKey: askerKey('telegram', userId),
      asker: { platform: 'telegram', userId },
      chatKey: chatKey(message.chat.id),
      conversationKey: conversationKeyOf(message, ctx.me.id),
      logFields: { updateId: ctx.update.update_id, chatId: message.chat.id },
    },
    {
      whileWorking: (work) => keepTyping(ctx, services.logger, work),
      sendAnswer: async (answer) => {
        const sent = await sendAnswer(ctx, answer);
        return followUpKeys(
          message.chat,
          sent.map((reply) => reply.message_id),
        );
      },
      sendRateLimited: ({ seconds, language }) =>
        replyText(ctx, chatMessagesFor(language).rateLimited(seconds)),
      sendQueueFull: ({ language }) => replyText(ctx, chatMessagesFor(language).queueFull),
    },
  );
}
