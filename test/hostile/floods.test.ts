/**
 * Floods stay small (issue 10, item 4). An asker over the limit is told once per window, not
 * once per message (200 mentions drew 190 notices); a chat's queue of questions is bounded,
 * with one notice when it overflows (2,000 Telegram messages built a backlog of 1,741 answers
 * that took minutes and blocked shutdown); a user's rating of an answer counts once (2,000
 * clicks added 2,000 records). The real grammY and bolt clients against stand-in APIs on
 * 127.0.0.1, over a real engine.
 */
import fs from 'node:fs/promises';
import type { Message } from 'grammy/types';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp } from '../../adapters/slack/index.js';
import { createTelegramBot, type TelegramAdapter } from '../../adapters/telegram/index.js';
import type { Engine } from '../../src/engine/answer-types.js';
import { CHAT_MESSAGES } from '../../src/engine/chat-messages.js';
import type { Logger } from '../../src/logger.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { mentionEvent } from '../slack/support/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../slack/support/slack-stand-in.js';
import { slackTestConfig } from '../slack/support/slack-test-config.js';
import { captureLogs } from '../support/capture-logs.js';
import { feedbackRows } from '../support/question-log-rows.js';
import { createTestEngine, makeTempDir, type TestEngine } from '../support/test-engine.js';
import { waitUntil } from '../support/wait-until.js';
import { FakeBotApiServer, type RecordedCall } from '../telegram/support/fake-bot-api-server.js';
import {
  CHINESE_USER,
  callbackUpdate,
  GROUP,
  privateChat,
  textUpdate,
  USER,
} from '../telegram/support/telegram-updates.js';

const TOKEN = '777777:flood-test-token';
const LUODIAN = 'which companies signed in Luodian?';
const QUESTIONS_PER_WINDOW = 10;
/** Questions that may wait in one chat behind the one being answered (src/engine/chat-queues.ts). */
const MAX_WAITING_PER_CHAT = 10;
const LIMITS = {
  maxQuestionChars: 1000,
  questionsPerWindow: QUESTIONS_PER_WINDOW,
  rateWindowSeconds: 600,
};

let testEngine: TestEngine;
let telegramApi: FakeBotApiServer;
let telegram: TelegramAdapter | undefined;

beforeAll(async () => {
  testEngine = await createTestEngine();
});

afterEach(async () => {
  await telegram?.stop();
  telegram = undefined;
  await telegramApi?.close();
});

afterAll(async () => {
  await testEngine.cleanup();
});

/** A Telegram bot on the engine, long polling a fresh stand-in Bot API server. */
async function startTelegram(
  engine: Engine = testEngine.engine,
  extra: { questionLog?: QuestionLog; logger?: Logger } = {},
): Promise<FakeBotApiServer> {
  telegramApi = new FakeBotApiServer(TOKEN);
  const apiRoot = await telegramApi.start();
  telegram = createTelegramBot(
    engine,
    {
      token: TOKEN,
      apiRoot,
      adminIds: [],
      webhookUrl: undefined,
      webhookSecret: undefined,
      limits: LIMITS,
      questionLog: extra.questionLog,
    },
    extra.logger ?? captureLogs().logger,
  );
  await telegram.start();
  return telegramApi;
}

const isRateNotice = (text: unknown) => String(text).startsWith('You are asking faster');
const isQueueNotice = (text: unknown) => String(text) === CHAT_MESSAGES.en.queueFull;
const isAnswer = (text: unknown) => String(text).includes('DiaSorin');

/** An engine whose answers wait until `release()`: questions pile up behind the first. */
function heldEngine(inner: Engine) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let asked = 0;
  const answer: Engine['answer'] = async (question, conversation) => {
    asked += 1;
    await released;
    return inner.answer(question, conversation);
  };
  // Everything but `answer` is the real engine's.
  const engine = new Proxy(inner, {
    get: (target, key) => (key === 'answer' ? answer : Reflect.get(target, key)),
  });
  return { engine, release, asked: () => asked };
}

describe('one asker flooding', () => {
  it(`on Slack, 200 mentions get ${QUESTIONS_PER_WINDOW} answers and one rate-limit notice`, async () => {
    const slack: SlackStandIn = await startSlackStandIn();
    const app = createSlackApp(
      testEngine.engine,
      slackTestConfig(slack.apiUrl, { limits: LIMITS }),
      captureLogs().logger,
    );
    await app.start();
    try {
      for (let index = 0; index < 200; index += 1) {
        await app.app.processEvent({
          body: mentionEvent({ text: LUODIAN, channel: 'C0FLOOD', user: 'U0FLOODER' }),
          ack: async () => {},
        });
      }
      const notices = slack.callsTo('chat.postEphemeral', (body) => body.user === 'U0FLOODER');
      expect(notices).toHaveLength(1);
      expect(String(notices[0]?.body.text)).toMatch(/asking faster/);
      const answers = slack.callsTo('chat.postMessage', (body) => body.channel === 'C0FLOOD');
      expect(answers).toHaveLength(QUESTIONS_PER_WINDOW);
    } finally {
      await app.stop();
      await slack.close();
    }
  });

  it(`on Telegram, 2,000 messages get ${QUESTIONS_PER_WINDOW} answers and one notice, and the bot stops at once`, async () => {
    const api = await startTelegram();
    const updates = Array.from({ length: 2000 }, () =>
      textUpdate(LUODIAN, { from: USER, chat: privateChat(USER) }),
    );
    for (const update of updates) api.queueUpdate(update);
    const lastUpdate = updates.at(-1)?.update_id ?? 0;
    // Every update was fetched once getUpdates asks for the ones after the last.
    await api.waitForCalls('getUpdates', (body) => Number(body.offset) > lastUpdate, 1, 30_000);
    await api.waitForCalls('sendMessage', (body) => isAnswer(body.text), QUESTIONS_PER_WINDOW);

    const stopped = Date.now();
    await telegram?.stop();
    telegram = undefined;
    expect(Date.now() - stopped).toBeLessThan(15_000);
    const sent = api.callsOf('sendMessage');
    expect(sent.filter((call) => isRateNotice(call.body.text))).toHaveLength(1);
    expect(sent.filter((call) => isAnswer(call.body.text))).toHaveLength(QUESTIONS_PER_WINDOW);
  }, 60_000);
});

describe('one busy chat', () => {
  it(`answers the question in hand and ${MAX_WAITING_PER_CHAT} waiting, and tells the group once that it is full`, async () => {
    const held = heldEngine(testEngine.engine);
    const api = await startTelegram(held.engine);
    const askers = Array.from({ length: 40 }, (_, index) => ({ ...USER, id: 9000 + index }));
    const updates = askers.map((from) => textUpdate(`/ask ${LUODIAN}`, { from, chat: GROUP }));
    for (const update of updates) api.queueUpdate(update);

    await api.waitForCall('sendMessage', (body) => isQueueNotice(body.text));
    await waitUntil(() => held.asked() === 1, 'the first question being answered');
    held.release();
    await api.waitForCalls('sendMessage', (body) => isAnswer(body.text), 1 + MAX_WAITING_PER_CHAT);
    await telegram?.stop();
    telegram = undefined;

    const sent = api.callsOf('sendMessage');
    expect(sent.filter((call) => isAnswer(call.body.text))).toHaveLength(1 + MAX_WAITING_PER_CHAT);
    expect(sent.filter((call) => isQueueNotice(call.body.text))).toHaveLength(1);
    expect(held.asked()).toBe(1 + MAX_WAITING_PER_CHAT);
  }, 60_000);
});

describe('feedback clicks', () => {
  it('count once per user per answer, however often the buttons are clicked', async () => {
    const dataDir = await makeTempDir('kb-flood-log-');
    const questionLog = await QuestionLog.open({ dataDir, pruneDaily: false });
    const logs = captureLogs();
    try {
      const api = await startTelegram(testEngine.engine, { questionLog, logger: logs.logger });
      const question = textUpdate(LUODIAN, { from: USER, chat: privateChat(USER) });
      api.queueUpdate(question);
      const answer = await api.replyTo(question.message?.message_id ?? 0);
      const message = answer.result as Message.TextMessage;
      const up = buttonData(answer, '👍');

      const clicks = Array.from({ length: 2000 }, () => callbackUpdate(up, message, USER));
      for (const click of clicks) api.queueUpdate(click);
      api.queueUpdate(callbackUpdate(buttonData(answer, '👎'), message, CHINESE_USER));
      await api.waitForCalls('answerCallbackQuery', () => true, clicks.length + 1, 60_000);

      const answerId = up.replace('fb:up:', '');
      const ratings = feedbackRows(questionLog.file, answerId).map((row) => row.rating);
      expect(ratings.sort()).toEqual(['down', 'up']);
      // Written once per user, not once per click.
      const written = logs.records().filter((record) => record.msg === 'Recorded feedback');
      expect(written).toHaveLength(2);
    } finally {
      await telegram?.stop();
      telegram = undefined;
      questionLog.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});

function buttonData(call: RecordedCall, label: string): string {
  const markup = call.body.reply_markup as {
    inline_keyboard: { text: string; callback_data: string }[][];
  };
  const button = markup.inline_keyboard.flat().find((candidate) => candidate.text === label);
  if (button === undefined) throw new Error(`No ${label} button under the answer`);
  return button.callback_data;
}
