/**
 * `npm start` with chat tokens set: the composition root runs Telegram (long polling) and
 * Slack (HTTP events) in one process, serves /healthz and /slack/events on PORT, and stops
 * cleanly on SIGTERM. Real processes, stand-in platform servers on 127.0.0.1.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEvent } from '../slack/support/signed-request.js';
import { mentionEvent } from '../slack/support/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../slack/support/slack-stand-in.js';
import { makeTempDir, REPOSITORY_KNOWLEDGE } from '../support/test-engine.js';
import { FakeBotApiServer } from '../telegram/support/fake-bot-api-server.js';
import { privateChat, textUpdate, USER } from '../telegram/support/telegram-updates.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TELEGRAM_TOKEN = '123456:start-test-token';
const SIGNING_SECRET = 'start-test-signing-secret';

let root: string;
let port: number;
let telegram: FakeBotApiServer;
let slack: SlackStandIn;
let bot: ChildProcess;
let stderr = '';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: free } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return free;
}

async function waitForHealth(): Promise<Response> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
    if (response?.ok) return response;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the bot never answered /healthz:\n${stderr}`);
}

beforeAll(async () => {
  root = await makeTempDir('kb-start-');
  await fs.cp(REPOSITORY_KNOWLEDGE, path.join(root, 'knowledge'), { recursive: true });
  telegram = new FakeBotApiServer(TELEGRAM_TOKEN);
  const apiRoot = await telegram.start();
  slack = await startSlackStandIn();
  port = await freePort();
  bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: root,
      KNOWLEDGE_DIR: path.join(root, 'knowledge'),
      DATA_DIR: path.join(root, 'data'),
      PORT: String(port),
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      SLACK_BOT_TOKEN: 'xoxb-start-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
    },
  });
  bot.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
});

afterAll(async () => {
  if (bot.exitCode === null) bot.kill('SIGKILL');
  await telegram.close();
  await slack.close();
  await fs.rm(root, { recursive: true, force: true });
});

describe('npm start with Telegram and Slack tokens', () => {
  it('answers on both platforms from one process and serves /healthz', async () => {
    const health = (await (await waitForHealth()).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'ok', documents: 9 });

    telegram.queueUpdate(
      textUpdate('Which companies signed in Luodian?', { from: USER, chat: privateChat(USER) }),
    );
    const reply = await telegram.waitForCall('sendMessage', (body) =>
      String(body.text).includes('DiaSorin'),
    );
    expect(String(reply.body.text)).toContain('Sources');

    const response = await postEvent(
      `http://127.0.0.1:${port}/slack/events`,
      mentionEvent({ text: 'which companies signed in Luodian?' }),
      {
        signingSecret: SIGNING_SECRET,
      },
    );
    expect(response.status).toBe(200);
    const posted = await slack.waitFor('chat.postMessage', (body) =>
      JSON.stringify(body).includes('DiaSorin'),
    );
    expect(posted.body.thread_ts).toBeDefined();
  });

  it('stops cleanly on SIGTERM, with no token in its logs', async () => {
    const exited = new Promise<number | null>((resolve) =>
      bot.once('exit', (code) => resolve(code)),
    );
    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('stopping: letting answers in flight finish');
    for (const secret of ['start-test-token', SIGNING_SECRET]) expect(stderr).not.toContain(secret);
  });
});
