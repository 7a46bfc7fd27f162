/**
 * Admin commands for the open ids in LARK_ADMIN_OPEN_IDS: /reload rebuilds the knowledge
 * snapshot and posts the report, /status describes the engine and names the caller's open
 * id, /stats, /gaps and /digest report from the question log, /docs [word] lists the
 * documents and /remove <id> removes one added through the chat. Anyone else is told their
 * open id, so that an admin can add it, and the attempt is logged.
 */
import {
  type AdminCommand,
  admitAdmin,
  chatMessagesFor,
  runAdminCommand,
} from '../../src/adapter-kit.js';
import type { LarkServices } from './lark-services.js';
import type { ReceivedMessage } from './received-message.js';
import { replyNotice } from './reply.js';

export async function adminCommand(
  services: LarkServices,
  message: ReceivedMessage,
  command: AdminCommand,
  argument: string,
): Promise<void> {
  // A command carries no language to detect; the reports are in English too.
  const messages = chatMessagesFor('en');
  const userId = message.senderOpenId;
  if (!admitAdmin(services.adminOpenIds, { userId, command: `/${command}` }, services.logger)) {
    const refusal = messages.notAdmin(`/${command}`, userId, 'LARK_ADMIN_OPEN_IDS');
    return replyNotice(services, message, refusal);
  }
  if (command === 'reload') await replyNotice(services, message, messages.reloading);
  const { logger, questionLog, reportClock } = services;
  const lines = await runAdminCommand(services.engine, command, {
    userId,
    logger,
    argument,
    questionLog,
    reportClock,
  });
  const caller = command === 'status' ? [messages.yourUserId(userId)] : [];
  await replyNotice(services, message, [...lines, ...caller].join('\n'));
}
