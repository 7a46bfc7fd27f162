/**
 * Keys of the conversations kept in ConversationMemory. Telegram includes only one level of
 * `reply_to_message`, so every message the bot sends is a key to the turns that led to it:
 * a reply to it continues that chain. A private chat is also one running conversation,
 * until /new.
 */
import type { Chat, Message } from 'grammy/types';
import { conversationKey } from '../../src/adapter-kit.js';

/** The running conversation of a private chat. */
export function chatKey(chatId: number): string {
  return conversationKey('telegram', chatId);
}

/** The reply chain that ends at one message. */
export function messageKey(chatId: number, messageId: number): string {
  return conversationKey('telegram', chatId, messageId);
}

/** Where the earlier turns of `message` are kept: the chain it replies to, else the private chat. */
export function conversationKeyOf(message: Message, botId: number): string | null {
  const replied = message.reply_to_message;
  if (replied !== undefined && isBotMessage(replied, botId))
    return messageKey(message.chat.id, replied.message_id);
  return message.chat.type === 'private' ? chatKey(message.chat.id) : null;
}

/**
 * Where a follow-up to an answer may come from: a reply to any message that carries it and,
 * in a private chat, the chat itself.
 */
export function followUpKeys(chat: Pick<Chat, 'id' | 'type'>, sentMessageIds: number[]): string[] {
  const keys = sentMessageIds.map((id) => messageKey(chat.id, id));
  return chat.type === 'private' ? [...keys, chatKey(chat.id)] : keys;
}

/** True for a message the bot wrote (not the service message that opens a forum topic). */
export function isBotMessage(message: Message, botId: number): boolean {
  return message.from?.id === botId && message.forum_topic_created === undefined;
}
