/**
 * What the Lark handlers share: the engine, the conversation memory, the rate limiter, the
 * Open Platform API, the admin list, the bot's own open id (known once started), the answers
 * of the cards sent (to update them after a rating) and the work in flight.
 */
import type {
  Answer,
  BoundedMap,
  ConversationServices,
  InFlightWork,
  ReportClock,
} from '../../src/adapter-kit.js';
import type { LarkApi } from './lark-api.js';

export interface LarkServices extends ConversationServices {
  api: LarkApi;
  /** Open ids (ou_…) allowed to run the admin commands. */
  adminOpenIds: ReadonlySet<string>;
  /** The days /stats, /gaps and /digest count; the real clock and the server's zone unset. */
  reportClock?: ReportClock | undefined;
  /** The bot's own open id, read at start: in groups, a question mentions it. */
  bot: { openId: string | undefined };
  /** The answer each recent card carries, by the card's message id. */
  sentAnswers: BoundedMap<string, Answer>;
  /** Answers and card updates being worked on, which stop() waits for. */
  inFlight: InFlightWork;
}
