/**
 * Slack redelivers an event it believes was not acknowledged (header x-slack-retry-num, same
 * `event_id`), and a reconnecting socket may deliver one twice. This global middleware lets
 * each event id through once, so a question is never answered twice.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../src/adapter-kit.js';
import { BoundedMap } from '../../src/adapter-kit.js';

const REMEMBERED_EVENTS = 10_000;
// Slack stops retrying after about an hour (three retries with backoff).
const REMEMBERED_FOR_MS = 2 * 60 * 60 * 1000;

export function ignoreDuplicateEvents(logger: Logger): Middleware<AnyMiddlewareArgs> {
  const seen = new BoundedMap<string, true>(REMEMBERED_EVENTS, REMEMBERED_FOR_MS);
  return async ({ body, context, next }) => {
    const eventId = eventIdOf(body);
    if (eventId !== undefined && seen.has(eventId)) {
      logger.info(
        { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
        'Ignored a redelivered Slack event',
      );
      return;
    }
    if (eventId !== undefined) seen.set(eventId, true);
    await next();
  };
}

/** The Events API `event_id` of a request body; undefined for commands and actions. */
export function eventIdOf(body: unknown): string | undefined {
  const eventId = (body as { event_id?: unknown } | undefined)?.event_id;
  return typeof eventId === 'string' ? eventId : undefined;
}
