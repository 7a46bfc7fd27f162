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
/** A bot process starts by building or loading its snapshot: slow on a busy CI machine. */
const START_TIMEOUT = 90_000;

interface RunningBot {
  process: ChildProcess;
  port: number;
  readonly stderr: string;
  exited: Promise<number | null>;
}

let root: string;
let telegram: FakeBotApiServer;
let telegramApiRoot: string;
let slack: SlackStandIn;
let bot: RunningBot;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: free } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return free;
}

/** `npm start`'s entry point with both platforms' tokens, pointed at the stand-ins. */
async function startBot(dataDir: string): Promise<RunningBot> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: root,
      KNOWLEDGE_DIR: path.join(root, 'knowledge'),
      DATA_DIR: dataDir,
      PORT: String(port),
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: telegramApiRoot,
      SLACK_BOT_TOKEN: 'xoxb-start-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
    },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    process: child,
    port,
    exited,
    get stderr() {
      return stderr;
    },
  };
}

/** /healthz answers 200 once every chat adapter runs; the bot's log explains any failure. */
async function waitForHealth(running: RunningBot): Promise<Response> {
  for (let attempt = 0; attempt < 800; attempt += 1) {
    const response = await fetch(`http://127.0.0.1:${running.port}/healthz`).catch(() => null);
    if (response?.ok) return response;
    if (running.process.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the bot never answered /healthz:\n${running.stderr}`);
}

beforeAll(async () => {
  root = await makeTempDir('kb-start-');
  await fs.cp(REPOSITORY_KNOWLEDGE, path.join(root, 'knowledge'), { recursive: true });
  telegram = new FakeBotApiServer(TELEGRAM_TOKEN);
  telegramApiRoot = await telegram.start();
  slack = await startSlackStandIn();
  bot = await startBot(path.join(root, 'data'));
});

afterAll(async () => {
  if (bot.process.exitCode === null) bot.process.kill('SIGKILL');
  await telegram.close();
  await slack.close();
  await fs.rm(root, { recursive: true, force: true });
});

describe('npm start with Telegram and Slack tokens', () => {
  it(
    'answers on both platforms from one process and serves /healthz',
    async () => {
      const health = (await (await waitForHealth(bot)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({ status: 'ok', documents: 9 });

      telegram.queueUpdate(
        textUpdate('Which companies signed in Luodian?', { from: USER, chat: privateChat(USER) }),
      );
      const reply = await telegram.waitForCall('sendMessage', (body) =>
        String(body.text).includes('DiaSorin'),
      );
      expect(String(reply.body.text)).toContain('Sources');

      const response = await postEvent(
        `http://127.0.0.1:${bot.port}/slack/events`,
        mentionEvent({ text: 'which companies signed in Luodian?' }),
        {
          signingSecret: SIGNING_SECRET,
        },
      );
      expect(response.status, bot.stderr).toBe(200);
      const posted = await slack.waitFor('chat.postMessage', (body) =>
        JSON.stringify(body).includes('DiaSorin'),
      );
      expect(posted.body.thread_ts).toBeDefined();
    },
    START_TIMEOUT,
  );

  it('stops cleanly on SIGTERM, with no token in its logs', async () => {
    bot.process.kill('SIGTERM');
    expect(await bot.exited, bot.stderr).toBe(0);
    expect(bot.stderr).toContain('stopping: letting answers in flight finish');
    for (const secret of ['start-test-token', SIGNING_SECRET])
      expect(bot.stderr).not.toContain(secret);
  });

  it(
    'exits with the fix named when Slack rejects its token, instead of serving Telegram alone',
    async () => {
      slack.failNext('auth.test', 'invalid_auth');
      const refused = await startBot(path.join(root, 'data'));
      expect(await refused.exited, refused.stderr).toBe(1);
      expect(refused.stderr).toContain('Slack rejected SLACK_BOT_TOKEN (invalid_auth)');
      expect(refused.stderr).not.toContain('start-test-token');
    },
    START_TIMEOUT,
  );
});
