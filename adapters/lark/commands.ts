/**
 * Commands in a message to the bot: /help, /new (forget the conversation), and the admin
 * commands (/reload, /status, /stats, /gaps, /digest, /docs [word], /remove <id>). Anything
 * else starting with "/" gets a pointer to /help instead of being asked.
 */
import { detectLanguage, isAdminCommand } from '../../src/adapter-kit.js';
import { adminCommand } from './admin-commands.js';
import { conversationKeyOf } from './conversation-keys.js';
import { bilingualHelp, larkMessagesFor } from './lark-messages.js';
import type { LarkServices } from './lark-services.js';
import type { ReceivedMessage } from './received-message.js';
import { replyNotice } from './reply.js';

/** A command and what follows it: "/Remove uploads-report" → remove, "uploads-report". */
export interface TypedCommand {
  name: string;
  /** The rest of the message, trimmed; empty when the command stands alone. */
  argument: string;
}

/** The command a message starts with, or null for a question. */
export function commandOf(text: string): TypedCommand | null {
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(text.trim());
  if (match === null) return null;
  return { name: (match[1] ?? '').toLowerCase(), argument: (match[2] ?? '').trim() };
}

export async function runCommand(
  services: LarkServices,
  message: ReceivedMessage,
  command: TypedCommand,
): Promise<void> {
  const { name, argument } = command;
  if (isAdminCommand(name)) return adminCommand(services, message, name, argument);
  if (name === 'help' || name === 'start') return replyNotice(services, message, bilingualHelp());
  const messages = larkMessagesFor(detectLanguage(message.text));
  if (name !== 'new') return replyNotice(services, message, messages.unknownCommand);
  services.memory.forget(conversationKeyOf(message));
  const done = message.isPrivate ? messages.newConversation : messages.newConversationInGroup;
  return replyNotice(services, message, done);
}
