/**
 * Telegram updates as the Bot API sends them, for tests: text messages (with the entities
 * Telegram would add for commands and mentions), replies, media and button clicks.
 */
import type { Chat, Message, MessageEntity, Update, User, UserFromGetMe } from 'grammy/types';

export const BOT_INFO: UserFromGetMe = {
  id: 999_000,
  is_bot: true,
  first_name: 'Knowledge Bot',
  username: 'kb_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export const ADMIN: User = { id: 42, is_bot: false, first_name: 'Ada', language_code: 'en' };
export const USER: User = { id: 555, is_bot: false, first_name: 'Lin', language_code: 'en' };
export const CHINESE_USER: User = {
  id: 777,
  is_bot: false,
  first_name: '王',
  language_code: 'zh-hans',
};
export const BOT_USER: User = {
  id: BOT_INFO.id,
  is_bot: true,
  first_name: BOT_INFO.first_name,
  username: BOT_INFO.username,
};
export const GROUP: Chat.SupergroupChat = {
  id: -100_123,
  type: 'supergroup',
  title: 'Biomed association',
  is_forum: true,
};

/** A message in a private chat or a group, as updates carry them. */
type ChatMessage = Message & Update.NonChannel;

let nextUpdateId = 1_000;
let nextMessageId = 1;

export function privateChat(user: User): Chat.PrivateChat {
  return { id: user.id, type: 'private', first_name: user.first_name };
}

export interface MessageOptions {
  from?: User;
  chat?: Chat;
  replyTo?: Message;
  /** A forum topic of the group. */
  threadId?: number;
}

/** A text message, with bot_command and mention entities where Telegram would put them. */
export function textMessage(text: string, options: MessageOptions = {}): Message.TextMessage {
  const from = options.from ?? USER;
  const topic =
    options.threadId === undefined
      ? {}
      : { message_thread_id: options.threadId, is_topic_message: true };
  return {
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: options.chat ?? privateChat(from),
    from,
    text,
    entities: entitiesOf(text),
    ...topic,
    ...(options.replyTo === undefined
      ? {}
      : { reply_to_message: { ...options.replyTo, reply_to_message: undefined } }),
  } as Message.TextMessage;
}

/** An update carrying a message. */
export function messageUpdate(message: Message): Update {
  return { update_id: nextUpdateId++, message: message as ChatMessage };
}

/** An update carrying a text message. */
export function textUpdate(text: string, options: MessageOptions = {}): Update {
  return messageUpdate(textMessage(text, options));
}

/** A sticker in a private chat. */
export function stickerUpdate(from: User = USER): Update {
  const sticker = {
    file_id: 'sticker-1',
    file_unique_id: 'u1',
    type: 'regular',
    width: 512,
    height: 512,
    is_animated: false,
    is_video: false,
  };
  return messageUpdate({
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: privateChat(from),
    from,
    sticker,
  } as Message);
}

/** A file sent to the bot, with its caption; in the sender's private chat unless `chat` says otherwise. */
export function documentUpdate(
  document: { file_id: string; file_unique_id: string; file_size?: number; file_name?: string },
  options: { caption?: string; from?: User; chat?: Chat } = {},
): Update {
  const from = options.from ?? USER;
  return messageUpdate({
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: options.chat ?? privateChat(from),
    from,
    document,
    ...(options.caption === undefined
      ? {}
      : { caption: options.caption, caption_entities: entitiesOf(options.caption) }),
  } as Message);
}

/** A click on an inline button under `message`. */
export function callbackUpdate(data: string, message: Message, from: User = USER): Update {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: `cb-${nextUpdateId}`,
      from,
      chat_instance: 'ci',
      data,
      message: message as ChatMessage,
    },
  };
}

/** The message the bot sent, as Telegram would echo it inside a reply. */
export function botMessage(
  messageId: number,
  chat: Chat.PrivateChat | Chat.SupergroupChat,
  text: string,
): Message.TextMessage {
  return { message_id: messageId, date: Math.floor(Date.now() / 1000), chat, from: BOT_USER, text };
}

function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/\w+(@\w+)?/.exec(text);
  if (command !== null)
    entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const mention of text.matchAll(/(?<![\w/])@\w+/g)) {
    entities.push({ type: 'mention', offset: mention.index, length: mention[0].length });
  }
  return entities;
}
