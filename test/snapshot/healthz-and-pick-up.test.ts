/**
 * A running bot and `npm run reload` as two real processes on one knowledge base: while no
 * snapshot serves, /healthz answers 503 saying why; a snapshot the reload process builds is
 * picked up by the bot within seconds, with a log line, and /healthz answers 200 naming it.
 * Slack's stand-in on 127.0.0.1 gives the bot a platform to run (and so an HTTP server).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, startBotProcess } from '../cli/support/bot-process.js';
import { type SlackStandIn, startSlackStandIn } from '../slack/support/slack-stand-in.js';
import { runCli } from '../support/run-cli.js';
import { makeTempDir } from '../support/test-engine.js';
import { timeLimit } from '../support/time-limits.js';
import { waitUntil } from '../support/wait-until.js';

let root: string;
let environment: Record<string, string>;
let slack: SlackStandIn;
let bot: BotProcess;

interface Health {
  status: number;
  body: Record<string, unknown>;
}

async function health(): Promise<Health | null> {
  const response = await fetch(`http://127.0.0.1:${bot.port}/healthz`).catch(() => null);
  if (response === null) return null;
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The first /healthz answer that `matches`, polled; the bot's log explains a failure. */
async function healthWhen(matches: (answer: Health) => boolean): Promise<Health> {
  let last: Health | null = null;
  await waitUntil(
    async () => {
      if (bot.process.exitCode !== null) throw new Error(`the bot exited:\n${bot.stderr}`);
      last = await health();
      return last !== null && matches(last);
    },
    () => `the /healthz answer awaited (last: ${JSON.stringify(last)}; log:\n${bot.stderr})`,
    60_000,
  );
  return last as unknown as Health;
}

beforeAll(async () => {
  root = await makeTempDir('kb-healthz-');
  await fs.mkdir(path.join(root, 'knowledge'));
  // Nothing readable: the bot starts, but no snapshot can be built.
  await fs.writeFile(path.join(root, 'knowledge', 'broken.pdf'), '%PDF-1.4 garbage');
  environment = {
    HOME: root,
    HOST: '127.0.0.1',
    KNOWLEDGE_DIR: path.join(root, 'knowledge'),
    DATA_DIR: path.join(root, 'data'),
  };
  slack = await startSlackStandIn();
  bot = await startBotProcess({
    ...environment,
    SLACK_BOT_TOKEN: 'xoxb-healthz-test-token',
    SLACK_SIGNING_SECRET: 'healthz-test-signing-secret',
    SLACK_API_URL: slack.apiUrl,
  });
});

afterAll(async () => {
  if (bot.process.exitCode === null) {
    bot.process.kill('SIGTERM');
    await bot.exited;
  }
  await slack.close();
  await fs.rm(root, { recursive: true, force: true });
});

describe('a running bot and npm run reload in another process', () => {
  it(
    'answer /healthz with 503 and the reason while no snapshot serves, then 200 once the reload built one',
    async () => {
      const unavailable = await healthWhen(
        ({ body }) => typeof body.reason === 'string' && body.reason.includes('snapshot'),
      );
      expect(unavailable.status).toBe(503);
      expect(unavailable.body).toMatchObject({ status: 'unavailable', snapshot: null });
      expect(unavailable.body.reason).toMatch(/no knowledge snapshot serves .*npm run reload/);

      await fs.rm(path.join(root, 'knowledge', 'broken.pdf'));
      await fs.writeFile(
        path.join(root, 'knowledge', 'meilan.txt'),
        'The 2024 Meilan Lake conference was held in Baoshan. Biopharma companies grew to 428 in 2024.',
      );
      const reload = await runCli(['reload'], environment);
      expect(reload.code, reload.stderr).toBe(0);
      const installed = /\(snapshot ([\w-]+)\)/.exec(reload.stdout)?.[1];
      expect(installed).toBeDefined();

      const serving = await healthWhen(({ status }) => status === 200);
      expect(serving.body).toMatchObject({ status: 'ok', snapshot: installed, documents: 1 });
      expect(bot.stderr).toContain(`snapshot ${installed} picked up`);
    },
    timeLimit({ builds: 2, processes: 2 }),
  );
});
