/**
 * Answers one question through the flow every platform shares (rate limit → the chat's queue
 * → answer with the conversation → send → remember → log), with Lark's parts: the answer as a card in reply to
 * the question (in its thread in groups), remembered with the card so a rating can update it.
 */
import { answerInConversation, askerKey, chatMessagesFor } from '../../src/adapter-kit.js';
import { chatKeyOf, conversationKeyOf } from './conversation-keys.js';
import { formatAnswer } from './format-answer.js';
import type { LarkServices } from './lark-services.js';
import type { ReceivedMessage } from './received-message.js';
import { replyCard, replyNotice } from './reply.js';

export async function handleQuestion(
  services: LarkServices,
  message: ReceivedMessage,
): Promise<void> {
  const key = conversationKeyOf(message);
  await answerInConversation(
    services,
    {
      text: message.text,
      askerKey: askerKey('lark', message.senderOpenId),
      asker: { platform: 'lark', userId: message.senderOpenId },
      chatKey: chatKeyOf(message),
      conversationKey: key,
      logFields: { eventId: message.eventId, chatId: message.chatId },
    },
    {
      sendAnswer: async (answer) => {
        const cardId = await replyCard(services, message, formatAnswer(answer));
        if (answer.answered) services.sentAnswers.set(cardId, answer);
        return [key];
      },
      sendRateLimited: ({ seconds, language }) =>
        replyNotice(services, message, chatMessagesFor(language).rateLimited(seconds)),
      sendQueueFull: ({ language }) =>
        replyNotice(services, message, chatMessagesFor(language).queueFull),
    },
  );
}
