/**
 * Downloads a file someone sent the bot, the Bot API's way: getFile gives its path, and the
 * bytes come from `<api root>/file/bot<token>/<path>`, through the proxy when one applies.
 * The token is part of that address, so it is taken out of any error before it is shown.
 */
import type { Api } from 'grammy';
import type { NetworkConfig } from '../../src/adapter-kit.js';
import { errorMessage, proxyFetchFor } from '../../src/adapter-kit.js';
import { TELEGRAM_API } from './telegram-api.js';

/** The most a bot may download through the Bot API (getFile refuses larger files). */
export const BOT_API_DOWNLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

/** Starts downloading the file with this id: its bytes as they arrive. */
export type FileDownloader = (api: Api, fileId: string) => Promise<AsyncIterable<Uint8Array>>;

export function fileDownloader(
  token: string,
  apiRoot: string | undefined,
  network: NetworkConfig,
): FileDownloader {
  const root = apiRoot ?? TELEGRAM_API;
  const fetchFile = proxyFetchFor(root, network.proxy) ?? fetch;
  return async (api, fileId) => {
    try {
      const file = await api.getFile(fileId);
      if (file.file_path === undefined)
        throw new Error('Telegram gave no path to download the file from');
      const response = await fetchFile(`${root}/file/bot${token}/${file.file_path}`);
      if (!response.ok || response.body === null)
        throw new Error(`Telegram answered the download with HTTP ${response.status}`);
      return response.body;
    } catch (error) {
      throw new Error(errorMessage(error).replaceAll(token, '[redacted]'));
    }
  };
}
