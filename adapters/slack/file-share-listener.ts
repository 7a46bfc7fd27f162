/**
 * A file an admin (SLACK_ADMIN_USER_IDS) shares with the bot in a direct message is added to
 * the knowledge base, the message it comes with read as metadata ("date: 2025-06-30"). The
 * reply, in the DM, is that file's part of the reload report and questions the document
 * answers, or why nothing was stored; an ⏳ on the message shows the work. Anyone else's file
 * gets a hint of what the bot reads, and nothing of it is downloaded.
 */
import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { detectLanguage } from '../../src/adapter-kit.js';
import { addSharedFile } from './add-shared-file.js';
import { formatReport } from './format-report.js';
import { slackMessagesFor } from './slack-messages.js';
import type { SlackServices } from './slack-services.js';
import { withWorkingIndicator } from './working-indicator.js';

/** A person's message sharing files in the bot's DM. */
interface FileShare {
  channel: string;
  ts: string;
  userId: string;
  text: string;
  fileIds: string[];
}

export function fileShareListener(
  services: SlackServices,
): Middleware<SlackEventMiddlewareArgs<'message'>> {
  return async ({ event, client }) => {
    const share = fileShareOf(event);
    if (share === undefined) return;
    if (!services.adminUserIds.has(share.userId)) {
      const hint = slackMessagesFor(detectLanguage(share.text)).fileHint;
      await client.chat.postMessage({ channel: share.channel, text: hint });
      return;
    }
    for (const fileId of share.fileIds) {
      const lines = await withWorkingIndicator(client, share, services.logger, () =>
        addSharedFile(services, client, { fileId, caption: share.text, userId: share.userId }),
      );
      await client.chat.postMessage({
        channel: share.channel,
        text: formatReport(lines.join('\n')),
      });
    }
  };
}

/** The fields of a `file_share` message event; bolt's union of message subtypes lacks them. */
interface RawFileShare {
  subtype?: string;
  bot_id?: string;
  user?: string;
  channel?: string;
  channel_type?: string;
  ts?: string;
  text?: string;
  files?: { id?: string }[];
}

function fileShareOf(event: object): FileShare | undefined {
  const raw = event as RawFileShare;
  if (raw.subtype !== 'file_share' || raw.channel_type !== 'im' || raw.bot_id !== undefined)
    return undefined;
  if (raw.user === undefined || raw.channel === undefined || raw.ts === undefined) return undefined;
  const fileIds = (raw.files ?? []).flatMap((file) => (file.id === undefined ? [] : [file.id]));
  return { channel: raw.channel, ts: raw.ts, userId: raw.user, text: raw.text ?? '', fileIds };
}
