/**
 * A file shared with the bot, as the engine takes an upload: files.info gives its name and
 * size (checked before anything is downloaded) and its `url_private_download`, fetched with
 * the bot token through the proxy when one applies. The token goes only to Slack's own
 * hosts (or to SLACK_API_URL's, where a stand-in serves both), never to an address a file
 * record could name elsewhere. Without the files:read scope Slack answers with its sign-in
 * page instead of the file; that is refused with the scope to add.
 */
import type { webApi } from '@slack/bolt';
import type { DocumentUpload, NetworkConfig } from '../../src/adapter-kit.js';
import { proxyFetchFor } from '../../src/adapter-kit.js';
import { SLACK_API } from './slack-client-options.js';

/** The upload of a shared file, with the caption (message) it came with. */
export type SharedFileReader = (
  client: webApi.WebClient,
  fileId: string,
  caption: string | undefined,
) => Promise<DocumentUpload>;

export function sharedFileReader(
  botToken: string,
  apiUrl: string | undefined,
  network: NetworkConfig,
): SharedFileReader {
  const apiOrigin = new URL(apiUrl ?? SLACK_API).origin;
  return async (client, fileId, caption) => {
    const { file } = await client.files.info({ file: fileId });
    const fileName = file?.name ?? '';
    const address = file?.url_private_download ?? file?.url_private;
    return {
      fileName,
      declaredBytes: file?.size,
      caption,
      download: async () => {
        if (address === undefined || !isSlackAddress(address, apiOrigin))
          throw new Error('Slack gave no address of its own to download the file from');
        return download(address, fileName, botToken, network);
      },
    };
  };
}

async function download(
  address: string,
  fileName: string,
  botToken: string,
  network: NetworkConfig,
): Promise<AsyncIterable<Uint8Array>> {
  const fetchFile = proxyFetchFor(address, network.proxy) ?? fetch;
  const response = await fetchFile(address, { headers: { authorization: `Bearer ${botToken}` } });
  if (!response.ok || response.body === null)
    throw new Error(`Slack answered the download with HTTP ${response.status}`);
  const isPage = response.headers.get('content-type')?.startsWith('text/html') ?? false;
  if (isPage && !/\.html?$/i.test(fileName)) {
    await response.body.cancel();
    throw new Error(
      'Slack sent its sign-in page instead of the file; give the app the files:read scope and reinstall it',
    );
  }
  return response.body;
}

function isSlackAddress(address: string, apiOrigin: string): boolean {
  if (!URL.canParse(address)) return false;
  const url = new URL(address);
  if (url.origin === apiOrigin) return true;
  return (
    url.protocol === 'https:' &&
    (url.hostname === 'slack.com' || url.hostname.endsWith('.slack.com'))
  );
}
