/**
 * Commands in a message to the bot: /help, /new (forget the conversation), and the admin
 * commands (/reload, /status, /stats, /gaps, /digest). Anything else starting with "/" gets a
 * pointer to /help instead of being asked.
 */
import { detectLanguage, isAdminCommand } from '../../src/adapter-kit.js';
import { adminCommand } from './admin-commands.js';
import { conversationKeyOf } from './conversation-keys.js';
import { bilingualHelp, larkMessagesFor } from './lark-messages.js';
import type { LarkServices } from './lark-services.js';
import type { ReceivedMessage } from './received-message.js';
import { replyNotice } from './reply.js';

/** The command a message starts with ("/Status now" → "status"), or null for a question. */
export function commandOf(text: string): string | null {
  return /^\/(\S+)/.exec(text.trim())?.[1]?.toLowerCase() ?? null;
}

export async function runCommand(
  services: LarkServices,
  message: ReceivedMessage,
  command: string,
): Promise<void> {
  if (isAdminCommand(command)) return adminCommand(services, message, command);
  if (command === 'help' || command === 'start')
    return replyNotice(services, message, bilingualHelp());
  const messages = larkMessagesFor(detectLanguage(message.text));
  if (command !== 'new') return replyNotice(services, message, messages.unknownCommand);
  services.memory.forget(conversationKeyOf(message));
  const done = message.isPrivate ? messages.newConversation : messages.newConversationInGroup;
  return replyNotice(services, message, done);
}
