/**
 * The weekly digest reaches the admins' chats: configured as an operator configures it
 * (ADMIN_DIGEST_TELEGRAM_CHAT_ID, ADMIN_DIGEST_SLACK_CHANNEL), made by the real adapters
 * and posted through grammY and @slack/web-api to stand-ins of the Bot API and the Slack Web
 * API on 127.0.0.1, when the real cron schedule fires.
 */

import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { scheduleAdminDigest } from '../../src/admin-digest.js';
import { createChatAdapters } from '../../src/chat-adapters.js';
import { loadConfig } from '../../src/config.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import type { DigestSchedule } from '../../src/question-log/schedule-digest.js';
import { composeDigest } from '../../src/question-log/weekly-digest.js';
import { type SlackStandIn, startSlackStandIn } from '../slack/support/slack-stand-in.js';
import { type CapturedLogs, captureLogs } from '../support/capture-logs.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { waitUntil } from '../support/wait-until.js';
import { FakeBotApiServer } from '../telegram/support/fake-bot-api-server.js';
import { visibleText } from '../telegram/support/html-text.js';
import { SEED_NOW, SEED_TIME_ZONE, seedLog } from './support/seeded-log.js';

const TELEGRAM_TOKEN = '246810:DIGEST-token_abcdef';
const TELEGRAM_CHAT = '-1001234567890';
const SLACK_CHANNEL = 'C0ADMINS01';
/** Every second: the schedule fires within the test instead of next Monday. */
const EVERY_SECOND = '* * * * * *';
const CLOCK = { now: () => SEED_NOW, timeZone: SEED_TIME_ZONE };

let testEngine: TestEngine;
let questionLog: QuestionLog;

beforeAll(async () => {
  testEngine = await createTestEngine();
  questionLog = await QuestionLog.open({
    dataDir: testEngine.dataDir,
    pruneDaily: false,
    now: () => SEED_NOW,
  });
  seedLog(questionLog);
});

afterAll(async () => {
  questionLog?.close();
  await testEngine?.cleanup();
});

interface Delivery {
  telegram: FakeBotApiServer;
  slack: SlackStandIn;
  logs: CapturedLogs;
  /** Starts the schedule; stopped when the test finishes. */
  schedule(): DigestSchedule;
}

/** Both stand-ins, and the adapters made from the variables an operator sets. */
async function startDelivery(): Promise<Delivery> {
  const telegram = new FakeBotApiServer(TELEGRAM_TOKEN);
  const slack = await startSlackStandIn();
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: await telegram.start(),
    ADMIN_DIGEST_TELEGRAM_CHAT_ID: TELEGRAM_CHAT,
    SLACK_BOT_TOKEN: 'xoxb-digest-delivery-token',
    SLACK_SIGNING_SECRET: 'digest-delivery-signing-secret',
    SLACK_API_URL: slack.apiUrl,
    ADMIN_DIGEST_SLACK_CHANNEL: SLACK_CHANNEL,
  });
  const logs = captureLogs();
  const adapters = await createChatAdapters(testEngine.engine, questionLog, config, logs.logger);
  let digest: DigestSchedule | null = null;
  onTestFinished(async () => {
    // The schedule first, so that no run starts against closed servers.
    digest?.stop();
    await telegram.close();
    await slack.close();
  });
  const schedule = () => {
    const options = { engine: testEngine.engine, questionLog, adapters, logger: logs.logger };
    digest = scheduleAdminDigest({ ...options, pattern: EVERY_SECOND, clock: CLOCK });
    if (digest === null) throw new Error('No adapter had a chat for the digest');
    return digest;
  };
  return { telegram, slack, logs, schedule };
}

/** The digest's text for the seeded month, as the schedule composes it. */
function expectedDigest(): Promise<string> {
  const snapshot = testEngine.engine.currentSnapshot();
  return composeDigest(questionLog, snapshot, { now: SEED_NOW, timeZone: SEED_TIME_ZONE });
}

/** The messages the Bot API accepted for the digest's chat, as their readers see them. */
function telegramDigests(telegram: FakeBotApiServer): string[] {
  return telegram
    .callsOf('sendMessage')
    .filter((call) => call.body.chat_id === Number(TELEGRAM_CHAT) && call.result !== undefined)
    .map((call) => visibleText(String(call.body.text)));
}

/** The messages the Web API accepted for the digest's channel. */
function slackDigests(slack: SlackStandIn): string[] {
  return slack
    .callsTo('chat.postMessage', (body) => body.channel === SLACK_CHANNEL)
    .filter((call) => call.ok)
    .map((call) => String(call.body.text));
}

function waitForDigests(delivery: Delivery, telegramCount: number, slackCount: number) {
  return waitUntil(
    () =>
      telegramDigests(delivery.telegram).length >= telegramCount &&
      slackDigests(delivery.slack).length >= slackCount,
    `${telegramCount} digests in Telegram and ${slackCount} in Slack`,
  );
}

/** Whether each attempt to post to the platform's digest chat was accepted, in order. */
function attempts(delivery: Delivery, platform: string): boolean[] {
  if (platform === 'telegram')
    return delivery.telegram
      .callsOf('sendMessage')
      .filter((call) => call.body.chat_id === Number(TELEGRAM_CHAT))
      .map((call) => call.result !== undefined);
  return delivery.slack
    .callsTo('chat.postMessage', (body) => body.channel === SLACK_CHANNEL)
    .map((call) => call.ok);
}

describe('the weekly digest, when its schedule fires', () => {
  it('goes to ADMIN_DIGEST_TELEGRAM_CHAT_ID and ADMIN_DIGEST_SLACK_CHANNEL, with the figures of the log', async () => {
    const delivery = await startDelivery();
    delivery.schedule();
    await waitForDigests(delivery, 1, 1);

    const digest = await expectedDigest();
    expect(digest).toMatch(/^Weekly digest, 2025-06-30\n/);
    expect(digest).toContain('Questions, 2025-06-01 to 2025-06-30 (Asia/Shanghai): 258');
    expect(telegramDigests(delivery.telegram)[0]).toBe(digest);
    const [posted] = delivery.telegram.callsOf('sendMessage');
    expect(posted?.body).toMatchObject({
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
    // A code block, so that the columns and the sparkline line up in Slack too.
    expect(slackDigests(delivery.slack)[0]).toMatch(/^```\nWeekly digest, 2025-06-30\n/);
    expect(slackDigests(delivery.slack)[0]).toContain(
      'Questions, 2025-06-01 to 2025-06-30 (Asia/Shanghai): 258',
    );
    const sent = delivery.logs
      .records()
      .filter((record) => record.msg === 'Sent the weekly digest');
    expect(sent.map((record) => record.adapter)).toEqual(
      expect.arrayContaining(['telegram', 'slack']),
    );
  });

  it.each([
    {
      refusing: 'telegram',
      refuse: (delivery: Delivery) =>
        delivery.telegram.failNext('sendMessage', {
          status: 403,
          body: {
            ok: false,
            error_code: 403,
            description: 'Forbidden: bot was kicked from the supergroup chat',
          },
        }),
      reason: /bot was kicked/,
    },
    {
      refusing: 'slack',
      refuse: (delivery: Delivery) => delivery.slack.failNext('chat.postMessage', 'not_in_channel'),
      reason: /not_in_channel/,
    },
  ])(
    'a refusal by $refusing is logged, the other platform still gets it, and the schedule runs on',
    async ({ refusing, refuse, reason }) => {
      const delivery = await startDelivery();
      refuse(delivery);
      const digest = delivery.schedule();

      const refused = (record: Record<string, unknown>) =>
        record.adapter === refusing &&
        String(record.msg).startsWith('Could not send the weekly digest');
      await delivery.logs.waitFor(refused);
      const logged = delivery.logs.records().find(refused);
      expect(logged).toMatchObject({ level: 50 });
      expect(String(logged?.reason)).toMatch(reason);
      expect(String(logged?.msg)).toContain('check that the bot is still a member of its chat');

      // Each run posts once to each platform: the other platform's first post is the refused
      // run's, and a later run reaches the platform that refused.
      const other = refusing === 'telegram' ? 'slack' : 'telegram';
      await waitUntil(
        () => attempts(delivery, other).length >= 1 && attempts(delivery, refusing).includes(true),
        `a later digest reaching ${refusing}`,
      );
      expect(attempts(delivery, refusing)[0]).toBe(false);
      expect(attempts(delivery, other)[0]).toBe(true);
      expect(digest.nextRun()).not.toBeNull();
    },
  );
});
