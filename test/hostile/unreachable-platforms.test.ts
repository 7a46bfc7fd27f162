/**
 * Unreachable or failing platforms never hang the bot (issue 10, item 3). With a platform's
 * API unreachable at start, the bot used to log nothing and retry forever, and SIGTERM did
 * not stop it; a post stuck in a platform's retries held a stopping bot for minutes; Slack's
 * Web API retried a call ten times over half an hour. Real processes (`npm start`'s entry
 * point) and the real grammY and bolt clients, against a closed port, a server that never
 * answers, and stand-in APIs on 127.0.0.1.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp } from '../../adapters/slack/index.js';
import { postEvent } from '../slack/support/signed-request.js';
import { mentionEvent } from '../slack/support/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../slack/support/slack-stand-in.js';
import { slackTestConfig } from '../slack/support/slack-test-config.js';
import { captureLogs } from '../support/capture-logs.js';
import { closedPort, type SilentServer, startSilentServer } from '../support/silent-servers.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { timeLimit } from '../support/time-limits.js';
import { waitUntil } from '../support/wait-until.js';
import { FakeBotApiServer } from '../telegram/support/fake-bot-api-server.js';
import { privateChat, textUpdate, USER } from '../telegram/support/telegram-updates.js';
import {
  exitCodeWithin,
  logged,
  type SharedKnowledgeBot,
  serving,
  startBotOverSharedKnowledge,
} from './support/bot-over-shared-knowledge.js';

const TELEGRAM_TOKEN = '123456:unreachable-test-token';
const SLACK_TOKEN = 'xoxb-unreachable-test-token';
const SIGNING_SECRET = 'unreachable-test-signing-secret';

const running: SharedKnowledgeBot[] = [];
const servers: { close(): Promise<void> }[] = [];

async function startBot(environment: Record<string, string>): Promise<SharedKnowledgeBot> {
  const bot = await startBotOverSharedKnowledge(environment);
  running.push(bot);
  return bot;
}

async function silentServer(): Promise<SilentServer> {
  const server = await startSilentServer();
  servers.push(server);
  return server;
}

afterEach(async () => {
  for (const bot of running.splice(0)) await bot.cleanup();
  for (const server of servers.splice(0)) await server.close();
});

function expectNoSecretIn(log: string): void {
  for (const secret of ['unreachable-test-token', SIGNING_SECRET])
    expect(log).not.toContain(secret);
}

/**
 * The first attempt is logged within seconds of start-up; the bound is wide because starting
 * tsx and loading the engine alone took over 30 s with two test suites beside this one.
 */
const FIRST_LOG_MS = 90_000;

describe('a platform unreachable at start', () => {
  it(
    'Telegram: logs the address it cannot reach within seconds, then exits non-zero naming TELEGRAM_API_ROOT',
    async () => {
      const apiRoot = `http://127.0.0.1:${await closedPort()}`;
      const bot = await startBot({
        TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
        TELEGRAM_API_ROOT: apiRoot,
        CONNECT_TIMEOUT_SECONDS: '5',
      });

      await logged(bot, new RegExp(`Cannot reach Telegram at ${apiRoot}`), FIRST_LOG_MS);
      expect(await exitCodeWithin(bot, 60_000)).not.toBe(0);
      expect(bot.stderr).toMatch(/Could not reach Telegram at .*Check TELEGRAM_API_ROOT/);
      expectNoSecretIn(bot.stderr);
    },
    timeLimit({ processes: 1 }) + FIRST_LOG_MS + 60_000,
  );

  it(
    'Slack: logs the address it cannot reach within seconds, then exits non-zero naming SLACK_API_URL',
    async () => {
      const apiUrl = `http://127.0.0.1:${await closedPort()}/api/`;
      const bot = await startBot({
        SLACK_BOT_TOKEN: SLACK_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: apiUrl,
        CONNECT_TIMEOUT_SECONDS: '5',
      });

      await logged(bot, /Cannot reach Slack at http:\/\/127\.0\.0\.1:\d+\/api\//, FIRST_LOG_MS);
      expect(await exitCodeWithin(bot, 60_000)).not.toBe(0);
      expect(bot.stderr).toMatch(/Could not reach Slack at .*Check SLACK_API_URL/);
      expectNoSecretIn(bot.stderr);
    },
    timeLimit({ processes: 1 }) + FIRST_LOG_MS + 60_000,
  );

  it.each([
    [
      'Telegram',
      (url: string): Record<string, string> => ({
        TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
        TELEGRAM_API_ROOT: url,
      }),
    ],
    [
      'Slack',
      (url: string): Record<string, string> => ({
        SLACK_BOT_TOKEN: SLACK_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: `${url}/api/`,
      }),
    ],
  ])(
    '%s answering nothing: each attempt gives up and is logged, and SIGTERM stops the bot within 30 s',
    async (platform, variables) => {
      const silent = await silentServer();
      const bot = await startBot(variables(silent.url));
      await serving(bot);
      // An attempt gives up after 10 s without an answer; the bot says so and tries again.
      await logged(bot, new RegExp(`Cannot reach ${platform} at ${silent.url}`), 40_000);

      bot.process.kill('SIGTERM');
      expect(await exitCodeWithin(bot, 30_000)).not.toBeNull();
      expect(bot.stderr).toContain('stopping: letting answers in flight finish');
    },
    timeLimit({ processes: 1 }) + 70_000,
  );
});

describe('SIGTERM while answers are stuck in a platform’s retries', () => {
  let telegram: FakeBotApiServer;
  let slack: SlackStandIn;

  beforeAll(async () => {
    telegram = new FakeBotApiServer(TELEGRAM_TOKEN);
    slack = await startSlackStandIn();
  });

  afterAll(async () => {
    await telegram.close();
    await slack.close();
  });

  it(
    'exits within the 10 s deadline although Telegram and Slack keep answering 429 "retry later"',
    async () => {
      const bot = await startBot({
        TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
        TELEGRAM_API_ROOT: await telegram.start(),
        SLACK_BOT_TOKEN: SLACK_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
      });
      await waitUntil(
        async () =>
          (await fetch(`http://127.0.0.1:${bot.port}/healthz`).catch(() => null))?.ok === true,
        () => `a healthy bot (log:\n${bot.stderr})`,
        60_000,
      );
      const tooManyRequests = {
        status: 429,
        body: {
          ok: false,
          error_code: 429,
          description: 'Too Many Requests: retry after 30',
          parameters: { retry_after: 30 },
        },
      };
      telegram.failNext('sendMessage', ...Array.from({ length: 5 }, () => tooManyRequests));
      slack.interruptNext('chat.postMessage', 5, { retryAfterSeconds: 30 });

      telegram.queueUpdate(
        textUpdate('Which companies signed in Luodian?', { from: USER, chat: privateChat(USER) }),
      );
      const posted = await postEvent(
        `http://127.0.0.1:${bot.port}/slack/events`,
        mentionEvent({ text: 'which companies signed in Luodian?' }),
        { signingSecret: SIGNING_SECRET },
      );
      expect(posted.status).toBe(200);
      await telegram.waitForCall('sendMessage');
      await slack.waitFor('chat.postMessage');

      bot.process.kill('SIGTERM');
      expect(await exitCodeWithin(bot, 30_000)).not.toBeNull();
      expect(bot.stderr).toContain('SHUTDOWN_TIMEOUT_SECONDS');
      expectNoSecretIn(bot.stderr);
    },
    timeLimit({ processes: 1 }) + 90_000,
  );
});

describe('the Slack Web API', () => {
  let testEngine: TestEngine;
  let slack: SlackStandIn;

  beforeAll(async () => {
    [testEngine, slack] = await Promise.all([createTestEngine(), startSlackStandIn()]);
  });

  afterAll(async () => {
    await slack.close();
    await testEngine.cleanup();
  });

  it('gives up on a post after a few attempts within seconds (not ten over half an hour), and logs the failure', async () => {
    const logs = captureLogs();
    const app = createSlackApp(testEngine.engine, slackTestConfig(slack.apiUrl), logs.logger);
    await app.start();
    slack.interruptNext('chat.postMessage', 50, 'drop');

    void app.app.processEvent({
      body: mentionEvent({ text: 'which companies signed in Luodian?', channel: 'C0DROPPED' }),
      ack: async () => {},
    });
    await waitUntil(
      () => logs.text().includes('A Slack listener failed'),
      () => `the failure logged (posts tried: ${slack.callsTo('chat.postMessage').length})`,
      25_000,
    );
    const answerAttempts = slack.callsTo(
      'chat.postMessage',
      (body) => body.channel === 'C0DROPPED' && String(body.text).includes('DiaSorin'),
    );
    expect(answerAttempts.length).toBeGreaterThan(1);
    expect(answerAttempts.length).toBeLessThanOrEqual(3);
    await app.stop();
  }, 45_000);
});
