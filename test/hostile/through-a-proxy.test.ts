/**
 * In mainland China, Telegram, Slack and OpenAI are usually reached through a proxy (issue 10,
 * item 3): HTTPS_PROXY and HTTP_PROXY must carry the Telegram, Slack and model clients'
 * traffic, and NO_PROXY must exempt the hosts it names. `npm start` runs as a real process
 * with a small proxy on 127.0.0.1 that records every address it is asked to reach, and the
 * stand-in APIs behind it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StandInOpenAI, startStandInOpenAI } from '../model/stand-in-openai-server.js';
import { postEvent } from '../slack/support/signed-request.js';
import { mentionEvent } from '../slack/support/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../slack/support/slack-stand-in.js';
import { type LocalProxy, startLocalProxy } from '../support/local-proxy.js';
import { timeLimit } from '../support/time-limits.js';
import { waitUntil } from '../support/wait-until.js';
import { FakeBotApiServer } from '../telegram/support/fake-bot-api-server.js';
import { privateChat, textUpdate, USER } from '../telegram/support/telegram-updates.js';
import {
  type SharedKnowledgeBot,
  startBotOverSharedKnowledge,
} from './support/bot-over-shared-knowledge.js';

const TELEGRAM_TOKEN = '123456:proxy-test-token';
const SIGNING_SECRET = 'proxy-test-signing-secret';
const LUODIAN = 'Which companies signed in Luodian?';

let proxy: LocalProxy;
let telegram: FakeBotApiServer;
let telegramApiRoot: string;
let slack: SlackStandIn;
let openai: StandInOpenAI;
let bot: SharedKnowledgeBot | undefined;

beforeAll(async () => {
  proxy = await startLocalProxy();
  telegram = new FakeBotApiServer(TELEGRAM_TOKEN);
  telegramApiRoot = await telegram.start();
  slack = await startSlackStandIn();
  openai = await startStandInOpenAI();
});

afterEach(async () => {
  await bot?.cleanup();
  bot = undefined;
});

afterAll(async () => {
  await proxy.close();
  await telegram.close();
  await slack.close();
  await openai.close();
});

/** host:port of each stand-in, as the proxy records a CONNECT to it. */
function standIns() {
  return {
    telegram: new URL(telegramApiRoot).host,
    slack: new URL(slack.apiUrl).host,
    model: new URL(openai.baseUrl).host,
  };
}

async function startBot(extra: Record<string, string> = {}): Promise<SharedKnowledgeBot> {
  const started = await startBotOverSharedKnowledge({
    HTTPS_PROXY: proxy.url,
    HTTP_PROXY: proxy.url,
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: telegramApiRoot,
    SLACK_BOT_TOKEN: 'xoxb-proxy-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    OPENAI_BASE_URL: openai.baseUrl,
    OPENAI_CHAT_MODEL: 'stand-in-model',
    ...extra,
  });
  bot = started;
  await waitUntil(
    async () =>
      (await fetch(`http://127.0.0.1:${started.port}/healthz`).catch(() => null))?.ok === true,
    () => `a healthy bot (log:\n${started.stderr})`,
    60_000,
  );
  return started;
}

/** Asks on Telegram and on Slack, and waits until both answers are posted. */
async function askOnBothPlatforms(running: SharedKnowledgeBot, channel: string): Promise<void> {
  const modelCalls = openai.requests.length;
  telegram.queueUpdate(textUpdate(LUODIAN, { from: USER, chat: privateChat(USER) }));
  const posted = await postEvent(
    `http://127.0.0.1:${running.port}/slack/events`,
    mentionEvent({ text: LUODIAN, channel }),
    { signingSecret: SIGNING_SECRET },
  );
  expect(posted.status, running.stderr).toBe(200);
  await telegram.waitForCall('sendMessage', (body) => String(body.text).includes('DiaSorin'));
  await slack.waitFor(
    'chat.postMessage',
    (body) => body.channel === channel && JSON.stringify(body).includes('DiaSorin'),
  );
  expect(openai.requests.length).toBeGreaterThan(modelCalls);
}

describe('with HTTPS_PROXY and HTTP_PROXY set', () => {
  it(
    'reaches Telegram, Slack and the model through the proxy',
    async () => {
      const running = await startBot();
      await askOnBothPlatforms(running, 'C0PROXIED');

      const { telegram: telegramHost, slack: slackHost, model } = standIns();
      expect(proxy.targets).toContain(telegramHost);
      expect(proxy.targets).toContain(slackHost);
      expect(proxy.targets).toContain(model);
      expect(running.stderr).not.toContain('proxy-test-token');
    },
    timeLimit({ processes: 1 }) + 30_000,
  );

  it(
    'connects directly to the hosts NO_PROXY names, and through the proxy to the others',
    async () => {
      const { telegram: telegramHost, slack: slackHost, model } = standIns();
      const before = proxy.targets.length;
      const running = await startBot({ NO_PROXY: `localhost, ${slackHost}` });
      await askOnBothPlatforms(running, 'C0DIRECT');

      const proxied = proxy.targets.slice(before);
      expect(proxied).toContain(telegramHost);
      expect(proxied).toContain(model);
      expect(proxied).not.toContain(slackHost);
    },
    timeLimit({ processes: 1 }) + 30_000,
  );
});
