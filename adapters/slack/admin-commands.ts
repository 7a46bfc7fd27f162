/**
 * `/kb <command> [argument]` for the admins in SLACK_ADMIN_USER_IDS: reload, status, docs
 * [word], remove <id>, stats, gaps and digest run as on every platform (runAdminCommand), and
 * add says how to share a document with the bot, since a slash command cannot carry a file.
 * Anyone else is told how to become an admin, and the attempt is logged. Replies are
 * ephemeral: only the admin who asked sees the report.
 */
import type {
  Middleware,
  RespondArguments,
  RespondFn,
  SlackCommandMiddlewareArgs,
} from '@slack/bolt';
import {
  type AdminCommand,
  admitAdmin,
  isAdminCommand,
  runAdminCommand,
} from '../../src/adapter-kit.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { formatReport } from './format-report.js';
import { KB_ADD_INSTRUCTIONS } from './kb-add-instructions.js';
import { parseKbCommand } from './kb-command.js';
import { slackMessagesFor } from './slack-messages.js';
import type { SlackServices } from './slack-services.js';

const KB_USAGE = escapeMrkdwn(
  'Usage: `/kb reload` rebuilds the knowledge base from its documents and reports what changed; `/kb status` shows the documents, the snapshot and the uptime; `/kb docs` lists the documents, newest first, with their ids (`/kb docs <word>` those whose id, title or path holds the word); `/kb remove <id>` removes a document added through the chat; `/kb add` tells how to add one (share the file with me in a direct message); `/kb stats` shows what members ask, `/kb gaps` what the knowledge base lacks, `/kb digest` both as the weekly digest. All are for admins (SLACK_ADMIN_USER_IDS).',
);

/** Slack's users run commands; the other platforms' users use them. */
const VERB = 'run';

/** Answered within the acknowledgement: Slack waits 3 seconds for it, and these take less. */
const QUICK: ReadonlySet<AdminCommand> = new Set(['status', 'stats', 'docs']);

// A slash command carries no language to detect; the reports are in English too.
const MESSAGES = slackMessagesFor('en');

type Ack = SlackCommandMiddlewareArgs['ack'];

export function adminCommands(services: SlackServices): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack, respond }) => {
    const { name, argument } = parseKbCommand(command.text);
    if (name !== 'add' && !isAdminCommand(name)) return ack(ephemeral(KB_USAGE));
    const { user_id: userId } = command;
    const attempt = { userId, command: `/kb ${name}` };
    if (!admitAdmin(services.adminUserIds, attempt, services.logger))
      return ack(
        ephemeral(MESSAGES.notAdmin(attempt.command, userId, 'SLACK_ADMIN_USER_IDS', VERB)),
      );
    if (name === 'add') return ack(ephemeral(KB_ADD_INSTRUCTIONS));
    const { logger, questionLog, reportClock } = services;
    const request = { userId, logger, questionLog, reportClock, argument };
    const report = async () =>
      ephemeral(formatReport((await runAdminCommand(services.engine, name, request)).join('\n')));
    await answer(name, argument, report, { ack, respond });
  };
}

/** A quick report goes in the acknowledgement; a slow one follows a notice of the work. */
async function answer(
  name: AdminCommand,
  argument: string,
  report: () => Promise<RespondArguments>,
  reply: { ack: Ack; respond: RespondFn },
): Promise<void> {
  if (QUICK.has(name)) return reply.ack(await report());
  await reply.ack(notice(name, argument));
  await reply.respond(await report());
}

function notice(name: AdminCommand, argument: string): RespondArguments | undefined {
  if (name === 'reload') return ephemeral(MESSAGES.reloading);
  if (name === 'remove' && argument !== '')
    return ephemeral(MESSAGES.removing(escapeMrkdwn(argument)));
  return undefined;
}

function ephemeral(text: string): RespondArguments & { text: string } {
  return { response_type: 'ephemeral', text };
}
