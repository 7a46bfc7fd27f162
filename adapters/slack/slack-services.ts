/**
 * What the Slack listeners share: the engine, the thread memory, the rate limiter, the admin
 * list, the question log and the logger. One object built by createSlackApp, passed to every
 * listener.
 */
import type { ConversationServices, ReportClock } from '../../src/adapter-kit.js';
import type { SharedFileReader } from './shared-file.js';

export interface SlackServices extends ConversationServices {
  /** Member ids allowed to run the /kb commands. */
  adminUserIds: ReadonlySet<string>;
  /** A file shared with the bot, as the documents admins add are read. */
  readSharedFile: SharedFileReader;
  /** The days /kb stats, gaps and digest count; the real clock and the server's zone unset. */
  reportClock?: ReportClock | undefined;
}
