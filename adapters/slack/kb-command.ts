/**
 * `/kb reload` and `/kb status` for the admins in SLACK_ADMIN_USER_IDS. Anyone else is told
 * how to become an admin, and the attempt is logged. Replies are ephemeral: only the admin
 * who asked sees the report.
 */
import type { Middleware, RespondArguments, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { describeStatus } from '../../src/engine/describe-status.js';
import { NotAuthorizedError } from '../../src/errors.js';
import { describeReloadReport } from '../../src/snapshot/reload-report.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { SlackServices } from './slack-services.js';

const KB_USAGE =
  'Usage: `/kb reload` rebuilds the knowledge base from its documents and reports what changed; `/kb status` shows the documents, the snapshot and the uptime. Both are for admins (SLACK_ADMIN_USER_IDS).';

export function kbCommand(services: SlackServices): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack, respond }) => {
    const action = command.text.trim().toLowerCase();
    if (action !== 'reload' && action !== 'status') return ack(ephemeral(KB_USAGE));
    if (!services.adminUserIds.includes(command.user_id))
      return ack(ephemeral(refusal(services, command.user_id, action)));
    if (action === 'status')
      return ack(ephemeral(codeBlock(describeStatus(services.engine.status()))));
    await ack(ephemeral('Reloading the knowledge base… the report follows.'));
    const report = await services.engine.reload();
    services.logger.info(
      { userId: command.user_id, ok: report.ok, snapshotId: report.snapshotId },
      'Reloaded from Slack /kb reload',
    );
    await respond(ephemeral(codeBlock(describeReloadReport(report))));
  };
}

function refusal(services: SlackServices, userId: string, action: string): string {
  const error = new NotAuthorizedError(userId, `/kb ${action}`);
  services.logger.warn({ code: error.code, userId }, error.message);
  return `Only admins can run /kb ${action}. Your user id is ${userId}; an admin can add it to SLACK_ADMIN_USER_IDS.`;
}

/** Report lines in a code block, so that file names with _ or * are not read as formatting. */
function codeBlock(lines: string[]): string {
  return `\`\`\`\n${escapeMrkdwn(lines.join('\n'))}\n\`\`\``;
}

function ephemeral(text: string): RespondArguments & { text: string } {
  return { response_type: 'ephemeral', text };
}
