/**
 * Keys of the conversations kept in ConversationMemory. A private chat with the bot is one
 * running conversation, until /new. In a group the bot answers in a thread under the
 * question, so each thread (named by its first message) is its own conversation.
 */
import { conversationKey } from '../../src/adapter-kit.js';
import type { ReceivedMessage } from './received-message.js';

export function conversationKeyOf(message: ReceivedMessage): string {
  return message.isPrivate
    ? conversationKey('lark', message.chatId)
    : conversationKey('lark', message.chatId, message.rootId ?? message.messageId);
}

/** The key of a chat as a whole, whose questions wait in one queue. */
export function chatKeyOf(message: ReceivedMessage): string {
  return conversationKey('lark', message.chatId);
}
