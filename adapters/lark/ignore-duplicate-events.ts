/**
 * Lark redelivers an event it believes was not received (no answer within 3 seconds, a
 * reconnecting long connection), with the same event id. Each id is let through once, so a
 * question is never answered twice and a rating never counted twice.
 */
import { BoundedMap, type Logger } from '../../src/adapter-kit.js';

const REMEMBERED_EVENTS = 10_000;
// Lark retries a failed delivery for several hours (after 15 s, 5 min, 1 h and 6 h).
const REMEMBERED_FOR_MS = 12 * 60 * 60 * 1000;

/** Returns a check that is true the first time it sees an event id, and false after. */
export function ignoreDuplicateEvents(logger: Logger): (eventId: string | undefined) => boolean {
  const seen = new BoundedMap<string, true>(REMEMBERED_EVENTS, REMEMBERED_FOR_MS);
  return (eventId) => {
    if (eventId === undefined) return true;
    if (seen.has(eventId)) {
      logger.info({ eventId }, 'Ignored a redelivered Lark event');
      return false;
    }
    seen.set(eventId, true);
    return true;
  };
}
