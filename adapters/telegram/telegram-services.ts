/** What the bot's handlers share: the engine, the question log and the adapter's own state. */
import type { ConversationServices, ReportClock } from '../../src/adapter-kit.js';
import type { FileDownloader } from './download-file.js';

export interface TelegramServices extends ConversationServices {
  /** Telegram user ids (as text) allowed to run the admin commands. */
  adminIds: ReadonlySet<string>;
  /** Downloads a file sent to the bot, for the documents admins add. */
  downloadFile: FileDownloader;
  /** The days /stats, /gaps and /digest count; the real clock and the server's zone unset. */
  reportClock?: ReportClock | undefined;
}
