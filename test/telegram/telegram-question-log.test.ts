/**
 * The question log on Telegram, end to end: the real bot (grammY, long polling) against the
 * stand-in Bot API, a real engine and a real log in a temp DATA_DIR. Questions land in the
 * log without the user id, a 👎 asks what was wrong and records the reason once, and admins
 * read /stats, /gaps and /digest from a log seeded with a month of questions.
 */
import type { Message, User } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createTelegramBot } from '../../adapters/telegram/index.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { SEED_NOW, SEED_TIME_ZONE, seedLog } from '../question-log/support/seeded-log.js';
import { logFileBytes, tempDataDir } from '../question-log/support/temp-data-dir.js';
import { captureLogs } from '../support/capture-logs.js';
import { feedbackRows, questionRows } from '../support/question-log-rows.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { FakeBotApiServer, type RecordedCall } from './support/fake-bot-api-server.js';
import { visibleText } from './support/html-text.js';
import {
  ADMIN,
  CHINESE_USER,
  callbackUpdate,
  textUpdate,
  USER,
} from './support/telegram-updates.js';

const TOKEN = '246810:question-log-token';
const LUODIAN = 'Which companies signed in Luodian?';
/** A member whose id is long enough to be found in the database's bytes if it were there. */
const MEMBER: User = { id: 987_654_321_012, is_bot: false, first_name: 'Mei', language_code: 'en' };
const LIMITS = { maxQuestionChars: 1000, questionsPerWindow: 100, rateWindowSeconds: 60 };

let testEngine: TestEngine;

beforeAll(async () => {
  testEngine = await createTestEngine();
});

afterAll(async () => {
  await testEngine.cleanup();
});

/** A started bot over a new log (seeded when asked), stopped and closed when the test ends. */
async function startBot(options: { seeded?: boolean } = {}) {
  const dataDir = await tempDataDir();
  const clock = options.seeded ? { now: () => SEED_NOW } : {};
  const log = await QuestionLog.open({ dataDir, pruneDaily: false, ...clock });
  if (options.seeded) seedLog(log);
  const server = new FakeBotApiServer(TOKEN);
  const apiRoot = await server.start();
  const telegram = createTelegramBot(
    testEngine.engine,
    {
      token: TOKEN,
      apiRoot,
      adminIds: [ADMIN.id],
      webhookUrl: undefined,
      webhookSecret: undefined,
      limits: LIMITS,
      questionLog: log,
      reportClock: { now: () => SEED_NOW, timeZone: SEED_TIME_ZONE },
    },
    captureLogs().logger,
  );
  onTestFinished(async () => {
    await telegram.stop();
    await server.close();
    log.close();
  });
  await telegram.start();
  /** Sends a message from `from` and waits for the bot's reply. */
  const ask = async (text: string, from: User = MEMBER) => {
    const update = textUpdate(text, { from });
    server.queueUpdate(update);
    return server.replyTo(update.message?.message_id ?? 0);
  };
  return { server, log, dataDir, ask };
}

function buttons(call: RecordedCall | undefined): { text: string; callback_data: string }[] {
  const markup = call?.body.reply_markup as
    | { inline_keyboard: { text: string; callback_data: string }[][] }
    | undefined;
  return markup?.inline_keyboard.flat() ?? [];
}

function buttonData(call: RecordedCall, label: string): string {
  const button = buttons(call).find((candidate) => candidate.text === label);
  if (button === undefined) throw new Error(`No ${label} button on the message`);
  return button.callback_data;
}

describe('questions asked on Telegram', () => {
  it('are recorded with platform, language, outcome, kind, cited documents and latency, under a hash of the asker', async () => {
    const { log, dataDir, ask } = await startBot();
    const answer = await ask(LUODIAN);
    await ask('哪些企业在北上海生物医药产业园签约？');
    await ask('What is the price of bananas on Mars?');

    const rows = questionRows(log.file);
    expect(
      rows.map(({ question, language, answered, kind }) => [question, language, answered, kind]),
    ).toEqual([
      [LUODIAN, 'en', 1, 'answer'],
      ['哪些企业在北上海生物医药产业园签约？', 'zh', 1, 'answer'],
      ['What is the price of bananas on Mars?', 'en', 0, 'not_found'],
    ]);
    expect(rows.every((row) => row.platform === 'telegram')).toBe(true);
    expect(new Set(rows.map((row) => row.userHash)).size).toBe(1);
    expect(rows[0]?.citedDocuments.length).toBeGreaterThan(0);
    expect(rows[2]?.citedDocuments).toEqual([]);
    expect(rows.every((row) => typeof row.latencyMs === 'number')).toBe(true);
    // The 👍 under the answer names the question's row.
    expect(buttonData(answer, '👍')).toBe(`fb:up:${rows[0]?.answerId}`);
    const bytes = await logFileBytes(dataDir);
    expect(bytes.includes(Buffer.from(LUODIAN))).toBe(true);
    expect(bytes.includes(Buffer.from(String(MEMBER.id)))).toBe(false);
  });
});

describe('a 👎', () => {
  it('asks what was wrong in the rater’s language, and records the reason with it once, however often clicked', async () => {
    const { server, log, ask } = await startBot();
    const answer = await ask(LUODIAN, CHINESE_USER);
    const answerId = buttonData(answer, '👎').replace('fb:down:', '');
    const message = answer.result as Message.TextMessage;
    let clicks = 0;
    /** Clicks a button and waits until the click is answered, so that clicks come in order. */
    const click = async (data: string, on: Message) => {
      server.queueUpdate(callbackUpdate(data, on, CHINESE_USER));
      clicks += 1;
      await server.waitForCalls('answerCallbackQuery', () => true, clicks);
    };

    await click(`fb:down:${answerId}`, message);
    const prompt = await server.waitForCall('sendMessage', (body) => body.text === '哪里不对？');
    expect(buttons(prompt).map((button) => button.text)).toEqual([
      '答案有误',
      '不完整',
      '答非所问',
    ]);
    expect(server.callsOf('answerCallbackQuery')[0]?.body.text).toBe('感谢您的反馈！');
    await click(`fb:down:${answerId}`, message);
    const reason = buttonData(prompt, '不完整');
    await click(reason, prompt.result as Message.TextMessage);
    await click(reason, prompt.result as Message.TextMessage);

    const ratings = feedbackRows(log.file, answerId);
    expect(ratings.map(({ rating, reason }) => ({ rating, reason }))).toEqual([
      { rating: 'down', reason: 'incomplete' },
    ]);
    expect(
      server.callsOf('sendMessage').filter((call) => call.body.text === '哪里不对？'),
    ).toHaveLength(1);
    const shown = await server.waitForCall('editMessageText');
    expect(shown.body.text).toBe('哪里不对？ 不完整');
  });
});

describe('admin reports on a log of 258 questions', () => {
  it('/stats shows an admin the month’s figures, in fixed-width text', async () => {
    const { ask } = await startBot({ seeded: true });
    const reply = await ask('/stats', ADMIN);
    const html = String(reply.body.text);
    expect(html.startsWith('<pre>')).toBe(true);
    const text = visibleText(html);
    expect(text).toContain('Questions, 2025-06-01 to 2025-06-30 (Asia/Shanghai): 258');
    expect(text).toContain('Answered: 50% (129 of 258)');
    expect(text).toContain(
      '👎: 25% of 172 ratings (43 👎; wrong 15, incomplete 14, not what was asked 14)',
    );
    expect(text).toContain('  telegram  86 questions, answered 50%, 👎 0%');
  });

  it('/gaps shows an admin what was refused or rated 👎, with example questions', async () => {
    const { ask } = await startBot({ seeded: true });
    const text = visibleText(String((await ask('/gaps', ADMIN)).body.text));
    expect(text).toContain(
      'Knowledge gaps, 2025-06-01 to 2025-06-30 (Asia/Shanghai): 172 questions refused or rated 👎',
    );
    expect(text).toContain('  · What is the membership fee?');
    expect(text).toContain('  · When is the 2025 subsidy application deadline?');
  });

  it('/digest sends the weekly digest to the admin who asks, now', async () => {
    const { ask } = await startBot({ seeded: true });
    const text = visibleText(String((await ask('/digest', ADMIN)).body.text));
    expect(text).toMatch(/^Weekly digest, 2025-06-30\n\nQuestions, 2025-06-01 to 2025-06-30/);
    expect(text).toContain('Knowledge gaps, 2025-06-24 to 2025-06-30 (Asia/Shanghai)');
  });

  it.each(['/stats', '/gaps', '/digest'])(
    '%s is refused to anyone else, with their user id',
    async (command) => {
      const { ask } = await startBot({ seeded: true });
      const reply = await ask(command, USER);
      expect(reply.body.text).toBe(
        `Only admins can use ${command}. Your user id is 555; an admin can add it to TELEGRAM_ADMIN_IDS.`,
      );
    },
  );
});
