/**
 * The webhook endpoint, served by the composition root on PORT: POST at the path of
 * TELEGRAM_WEBHOOK_URL. grammY's adapter compares the X-Telegram-Bot-Api-Secret-Token header
 * with TELEGRAM_WEBHOOK_SECRET in constant time and answers 401 when it differs or is missing.
 */
import { type Bot, webhookCallback } from 'grammy';
import type { HttpRoute } from '../../src/http/http-route.js';

/**
 * Telegram waits for the response and redelivers on timeout; answering 200 after this long
 * and finishing in the background avoids a redelivery (which would be dropped anyway).
 */
const RESPOND_WITHIN_MS = 8_000;

export function webhookRoute(
  bot: Bot,
  webhookUrl: string,
  secretToken: string | undefined,
): HttpRoute {
  const handle = webhookCallback(bot, 'http', {
    secretToken,
    onTimeout: 'return',
    timeoutMilliseconds: RESPOND_WITHIN_MS,
  });
  return {
    method: 'POST',
    path: new URL(webhookUrl).pathname,
    handle: async (request, response) => void (await handle(request, response)),
  };
}
