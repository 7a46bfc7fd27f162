/**
 * Lark's request URL for events and card callbacks (LARK_MODE=http) as a route on the bot's
 * one HTTP server: POST /lark/events. A request that fails its checks gets 400 or 401 and is
 * not processed; a trusted one goes to the same dispatcher as the long connection, and its
 * result (a card callback's toast) is the response. Lark waits at most 3 seconds, so
 * questions are answered in the background.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventDispatcher } from '@larksuiteoapi/node-sdk';
import type { HttpRoute, Logger } from '../../src/adapter-kit.js';
import { type EventSecrets, openEventRequest } from './event-request.js';

export const LARK_EVENTS_PATH = '/lark/events';

/** Lark's events are a few kilobytes; anything far larger is not from Lark. */
const LARGEST_BODY_BYTES = 1024 * 1024;

export function larkEventsRoute(
  dispatcher: EventDispatcher,
  secrets: EventSecrets,
  isAccepting: () => boolean,
  logger: Logger,
): HttpRoute {
  return {
    method: 'POST',
    path: LARK_EVENTS_PATH,
    async handle(request, response) {
      // Before start() and after stop(): Lark retries later, when the bot is back.
      if (!isAccepting()) return send(response, 503, { error: 'not running' });
      const raw = await readBody(request);
      if (raw === null) return send(response, 413, { error: 'body too large' });
      const opened = openEventRequest(raw, request.headers, secrets);
      if (opened.kind === 'refused') {
        logger.warn({ status: opened.status, reason: opened.reason }, 'Refused a Lark request');
        return send(response, opened.status, { error: opened.reason });
      }
      if (opened.kind === 'challenge') return send(response, 200, { challenge: opened.challenge });
      const result: unknown = await dispatcher.invoke(opened.body, { needCheck: false });
      send(response, 200, typeof result === 'object' && result !== null ? result : {});
    },
  };
}

/** The body as text, or null when it is larger than any event. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > LARGEST_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
