/**
 * HTTP input is bounded before it is trusted (issue 10, item 5). Bodies are limited and a cap
 * holds the number of requests taken in at once, before any route reads a body or checks a
 * signature (100 unsigned 4 MB posts once held 100 MB); malformed JSON with a valid Telegram
 * secret gets 400, not a 500 that makes Telegram deliver it again; HOST chooses the address
 * the server listens on (it listened on every interface). `npm start` runs as a real process
 * with the Telegram webhook and Slack's HTTP events, against stand-in APIs on 127.0.0.1;
 * requests are written byte by byte over raw sockets, as an attacker would.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackStandIn, startSlackStandIn } from '../slack/support/slack-stand-in.js';
import { timeLimit } from '../support/time-limits.js';
import { waitUntil } from '../support/wait-until.js';
import { FakeBotApiServer } from '../telegram/support/fake-bot-api-server.js';
import { textUpdate } from '../telegram/support/telegram-updates.js';
import {
  type SharedKnowledgeBot,
  startBotOverSharedKnowledge,
} from './support/bot-over-shared-knowledge.js';

const TELEGRAM_TOKEN = '123456:http-input-test-token';
const WEBHOOK_SECRET = 'http-input-webhook-secret';
const WEBHOOK_PATH = '/telegram/webhook';
/** The requests the server takes in at once (REQUEST_LIMITS in src/http/request-gate.ts). */
const MAX_IN_FLIGHT = 32;

let telegram: FakeBotApiServer;
let slack: SlackStandIn;
let bot: SharedKnowledgeBot;
const openSockets = new Set<net.Socket>();

beforeAll(
  async () => {
    telegram = new FakeBotApiServer(TELEGRAM_TOKEN);
    slack = await startSlackStandIn();
    bot = await startBotOverSharedKnowledge({
      HOST: '127.0.0.1',
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: await telegram.start(),
      TELEGRAM_WEBHOOK_URL: `https://kb.example.org${WEBHOOK_PATH}`,
      TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-http-input-test-token',
      SLACK_SIGNING_SECRET: 'http-input-signing-secret',
      SLACK_API_URL: slack.apiUrl,
    });
    await waitUntil(
      async () => (await fetch(`${base()}/healthz`).catch(() => null))?.ok === true,
      () => `a healthy bot (log:\n${bot.stderr})`,
      60_000,
    );
  },
  timeLimit({ processes: 1 }) + 60_000,
);

afterAll(async () => {
  for (const socket of openSockets) socket.destroy();
  await bot.cleanup();
  await telegram.close();
  await slack.close();
});

function base(host = '127.0.0.1'): string {
  return `http://${host}:${bot.port}`;
}

/**
 * Opens a connection and writes a request's head and the first bytes of its body, leaving the
 * rest unsent; resolves with the status the server answers with, or null if it has not
 * answered within `withinMs`.
 */
function startRequest(
  head: string[],
  firstBytes = '',
  withinMs = 10_000,
): { socket: net.Socket; status: Promise<number | null> } {
  const socket = net.connect(bot.port, '127.0.0.1');
  openSockets.add(socket);
  socket.on('error', () => {});
  socket.write(`${head.join('\r\n')}\r\n\r\n${firstBytes}`);
  const status = new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), withinMs);
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk;
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (match === null) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
  return { socket, status };
}

function post(path: string, headers: string[]): string[] {
  return [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', ...headers];
}

describe('bodies', () => {
  it('refuses a 4 MB post with 413 before a byte of its body is sent', async () => {
    const { socket, status } = startRequest(
      post('/slack/events', ['Content-Type: application/json', 'Content-Length: 4194304']),
    );
    expect(await status).toBe(413);
    socket.destroy();
  });

  it('refuses a post that does not declare its length (chunked) with 411', async () => {
    const { socket, status } = startRequest(
      post(WEBHOOK_PATH, ['Content-Type: application/json', 'Transfer-Encoding: chunked']),
      '5\r\n{"upd\r\n',
    );
    expect(await status).toBe(411);
    socket.destroy();
  });
});

describe('requests taken in at once', () => {
  it(`holds ${MAX_IN_FLIGHT} unsigned slow posts, answers the next with 503, and serves again once they go`, async () => {
    const slow = Array.from({ length: MAX_IN_FLIGHT }, () =>
      startRequest(
        post('/slack/events', ['Content-Type: application/json', 'Content-Length: 1000000']),
        '{"token":"',
        60_000,
      ),
    );
    let probe: number | null = null;
    await waitUntil(
      async () => {
        const { socket, status } = startRequest(
          post('/slack/events', ['Content-Type: application/json', 'Content-Length: 2']),
          '{}',
        );
        probe = await status;
        socket.destroy();
        return probe === 503;
      },
      () => `a 503 for the request past the cap (last answer: ${probe})`,
      20_000,
    );
    // /healthz reads no body and stays out of the count, so a supervisor still sees the bot.
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);

    for (const { socket } of slow) socket.destroy();
    await waitUntil(
      async () => {
        const response = await fetch(`${base()}/slack/events`, { method: 'POST', body: '{}' });
        return response.status === 401;
      },
      'an unsigned post refused by its signature check again',
      20_000,
    );
  }, 60_000);
});

describe('the Telegram webhook', () => {
  const send = (body: string, secret = WEBHOOK_SECRET) =>
    fetch(`${base()}${WEBHOOK_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body,
    });

  it('answers malformed JSON with the right secret with 400, not a 5xx Telegram would redeliver', async () => {
    expect((await send('{"update_id": 1, "message": {')).status).toBe(400);
    expect((await send('[]')).status).toBe(400);
    expect((await send('{"message": {}}')).status).toBe(400);
  });

  it('still refuses a wrong secret with 401 and takes a real update with 200', async () => {
    expect((await send('{not json', 'not-the-secret')).status).toBe(401);
    expect((await send(JSON.stringify(textUpdate('/help')))).status).toBe(200);
  });
});

describe('HOST', () => {
  it('listens on the address HOST names (127.0.0.1), and on no other', async () => {
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);
    const elsewhere = await fetch(`${base('127.0.0.2')}/healthz`).then(
      (response) => `answered ${response.status}`,
      (error: unknown) => String((error as { cause?: { code?: string } }).cause?.code),
    );
    expect(elsewhere).toBe('ECONNREFUSED');
    expect(bot.stderr).toMatch(/"host":"127\.0\.0\.1".*HTTP server listening/);
  });
});
