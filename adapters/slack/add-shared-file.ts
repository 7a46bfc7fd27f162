/**
 * Adds a file shared with the bot to the knowledge base, for an admin: the file as
 * files.info describes it, the message it came with as its metadata, and the engine's
 * reply lines (addUploadedDocument, as on every platform). Files reach it only shared in a
 * DM (file-share-listener.ts): a slash command cannot carry one, so `/kb add` explains this.
 */
import type { webApi } from '@slack/bolt';
import { addUploadedDocument, errorMessage } from '../../src/adapter-kit.js';
import type { SlackServices } from './slack-services.js';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

export async function addSharedFile(
  services: SlackServices,
  client: webApi.WebClient,
  file: { fileId: string; caption: string; userId: string },
): Promise<string[]> {
  const request = { userId: file.userId, logger: services.logger };
  const upload = await services
    .readSharedFile(client, file.fileId, captionText(file.caption))
    .catch((error: unknown) => {
      services.logger.warn(
        { fileId: file.fileId, reason: errorMessage(error) },
        'files.info failed',
      );
      return errorMessage(error);
    });
  if (typeof upload === 'string')
    return [
      `File ${file.fileId} was not added: Slack would not describe it (${upload}); give the app the files:read scope, reinstall it and share the file again.`,
      'Nothing was stored.',
    ];
  return (await addUploadedDocument(services.engine, upload, request)).lines;
}

/**
 * The message as the admin typed it, lines kept: a link is its address (`url: <https://…>`),
 * a mention is nothing, and Slack's `&amp;`, `&lt;`, `&gt;` are characters again.
 */
export function captionText(slackText: string): string {
  return slackText
    .replace(/<([^<>]*)>/g, (_match, inner: string) =>
      /^[@!#]/.test(inner) ? '' : (inner.split('|', 1)[0] ?? ''),
    )
    .replace(/&(amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}
