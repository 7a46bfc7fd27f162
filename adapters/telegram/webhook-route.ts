/**
 * The webhook endpoint, served by the composition root on PORT: POST at the path of
 * TELEGRAM_WEBHOOK_URL. grammY's webhook callback compares the X-Telegram-Bot-Api-Secret-Token
 * header with TELEGRAM_WEBHOOK_SECRET and answers 401 when it differs or is missing; only then
 * is the body read. A body that is not a Telegram update (malformed JSON, no update_id) gets
 * 400: a 5xx would make Telegram deliver it again and again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Bot, webhookCallback } from 'grammy';
import type { Update } from 'grammy/types';
import type { HttpRoute } from '../../src/adapter-kit.js';
import { InvalidRequestError } from '../../src/adapter-kit.js';

/**
 * Telegram waits for the response and redelivers on timeout; answering 200 after this long
 * and finishing in the background avoids a redelivery (which would be dropped anyway).
 */
const RESPOND_WITHIN_MS = 8_000;

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export function webhookRoute(
  bot: Bot,
  webhookUrl: string,
  secretToken: string | undefined,
): HttpRoute {
  const handle = webhookCallback(bot, nodeHttp, {
    secretToken,
    onTimeout: 'return',
    timeoutMilliseconds: RESPOND_WITHIN_MS,
  });
  return {
    method: 'POST',
    path: new URL(webhookUrl).pathname,
    handle: async (request, response) => {
      try {
        await handle(request, response);
      } catch (error) {
        if (!(error instanceof InvalidRequestError) || response.headersSent) throw error;
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: error.message }));
      }
    },
  };
}

/**
 * grammY's adapter for node:http, with the update read and checked by `readUpdate`. The
 * update is a getter because grammY reads it only after the secret matched.
 */
function nodeHttp(request: IncomingMessage, response: ServerResponse) {
  const header = request.headers[SECRET_HEADER];
  return {
    get update() {
      return readUpdate(request);
    },
    header: Array.isArray(header) ? header[0] : header,
    end: () => response.end(),
    respond: (json: string) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(json),
    unauthorized: () => response.writeHead(401).end('secret token is wrong'),
  };
}

/** The request's update; an InvalidRequestError when the body is not one. */
async function readUpdate(request: IncomingMessage): Promise<Update> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const update = parseJson(Buffer.concat(chunks).toString('utf8'));
  if (typeof update !== 'object' || update === null || !Number.isInteger(update.update_id))
    throw new InvalidRequestError('the body is not a Telegram update: it has no update_id');
  return update as Update;
}

function parseJson(text: string): { update_id?: unknown } | null {
  try {
    return JSON.parse(text) as { update_id?: unknown } | null;
  } catch {
    throw new InvalidRequestError('the body is not JSON');
  }
}
