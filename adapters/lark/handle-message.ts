/**
 * Which messages the bot answers, and how: every message in a private chat, and in groups
 * those that mention it. A command is run, text is a question, and anything else (an image,
 * a file, a sticker) gets a hint that only text can be asked. A failure gets an apology.
 */
import { commandOf, runCommand } from './commands.js';
import { errorBoundary } from './error-boundary.js';
import { handleQuestion } from './handle-question.js';
import { LARK_MESSAGES } from './lark-messages.js';
import type { LarkServices } from './lark-services.js';
import {
  type MessageReceiveEvent,
  type ReceivedMessage,
  receivedMessageOf,
} from './received-message.js';
import { replyNotice } from './reply.js';

export async function handleMessage(
  services: LarkServices,
  event: MessageReceiveEvent,
): Promise<void> {
  const message = receivedMessageOf(event, services.bot.openId);
  if (message === undefined || !(message.isPrivate || message.mentionsBot)) return;
  try {
    await respond(services, message);
  } catch (error) {
    await errorBoundary(services, message, error);
  }
}

async function respond(services: LarkServices, message: ReceivedMessage): Promise<void> {
  if (!message.isText) {
    // An image carries no language to answer in: the hint is given in both.
    const hint = `${LARK_MESSAGES.en.mediaHint}\n${LARK_MESSAGES.zh.mediaHint}`;
    return replyNotice(services, message, hint);
  }
  const command = commandOf(message.text);
  if (command !== null) return runCommand(services, message, command);
  return handleQuestion(services, message);
}
