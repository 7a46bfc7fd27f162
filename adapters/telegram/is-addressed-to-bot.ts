/**
 * Whether a message is meant for the bot: everything in a private chat; in groups and
 * supergroups only a mention by username or a reply to one of the bot's messages (commands
 * are routed separately), so that the bot stays quiet in ordinary group talk.
 */
import type { Message, UserFromGetMe } from 'grammy/types';
import { botMentions } from './bot-mentions.js';
import { isBotMessage } from './conversation-keys.js';

export function isAddressedToBot(message: Message, me: UserFromGetMe): boolean {
  if (message.chat.type === 'private') return true;
  const replied = message.reply_to_message;
  if (replied !== undefined && isBotMessage(replied, me.id)) return true;
  return botMentions(message, me.username).length > 0;
}
