/**
 * `/kb reload`, `/kb status`, `/kb stats`, `/kb gaps` and `/kb digest` for the admins in
 * SLACK_ADMIN_USER_IDS. Anyone else is told how to become an admin, and the attempt is
 * logged. Replies are ephemeral: only the admin who asked sees the report.
 */
import type { Middleware, RespondArguments, SlackCommandMiddlewareArgs } from '@slack/bolt';
import {
  admitAdmin,
  chatMessagesFor,
  isAdminCommand,
  runAdminCommand,
} from '../../src/adapter-kit.js';
import { formatReport } from './format-report.js';
import type { SlackServices } from './slack-services.js';

const KB_USAGE =
  'Usage: `/kb reload` rebuilds the knowledge base from its documents and reports what changed; `/kb status` shows the documents, the snapshot and the uptime; `/kb stats` shows what members ask, `/kb gaps` what the knowledge base lacks, `/kb digest` both as the weekly digest. All are for admins (SLACK_ADMIN_USER_IDS).';

/** Slack's users run commands; the other platforms' users use them. */
const VERB = 'run';

export function adminCommands(services: SlackServices): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack, respond }) => {
    const action = command.text.trim().toLowerCase();
    // A slash command carries no language to detect; the reports are in English too.
    const messages = chatMessagesFor('en');
    if (!isAdminCommand(action)) return ack(ephemeral(KB_USAGE));
    const { user_id: userId } = command;
    const attempt = { userId, command: `/kb ${action}` };
    if (!admitAdmin(services.adminUserIds, attempt, services.logger))
      return ack(
        ephemeral(messages.notAdmin(attempt.command, userId, 'SLACK_ADMIN_USER_IDS', VERB)),
      );
    const { logger, questionLog, reportClock } = services;
    const request = { userId, logger, questionLog, reportClock };
    const report = async () =>
      ephemeral(formatReport((await runAdminCommand(services.engine, action, request)).join('\n')));
    // Slack waits 3 seconds for the acknowledgement: quick reports go in it, slower ones after.
    if (action === 'status' || action === 'stats') return ack(await report());
    await ack(action === 'reload' ? ephemeral(messages.reloading) : undefined);
    await respond(await report());
  };
}

function ephemeral(text: string): RespondArguments & { text: string } {
  return { response_type: 'ephemeral', text };
}
