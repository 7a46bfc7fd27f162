import type { Message } from 'grammy/types';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramBot, type TelegramAdapter } from '../../adapters/telegram/index.js';
import { type HttpServer, startHttpServer } from '../../src/http/start-http-server.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { type CapturedLogs, captureLogs } from '../support/capture-logs.js';
import { feedbackRows } from '../support/question-log-rows.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { SNAPSHOT_BUILD_MS, timeLimit } from '../support/time-limits.js';
import { FakeBotApiServer, type RecordedCall } from './support/fake-bot-api-server.js';
import { type RecordingEngineOptions, recordingEngine } from './support/recording-engine.js';
import {
  ADMIN,
  BOT_INFO,
  CHINESE_USER,
  callbackUpdate,
  GROUP,
  stickerUpdate,
  textUpdate,
  USER,
} from './support/telegram-updates.js';

const TOKEN = '654321:E2E-token_abcdef';
const WEBHOOK_SECRET = 'e2e-webhook-secret_123';
const LUODIAN = 'which companies signed in Luodian?';

let testEngine: TestEngine;
let questionLog: QuestionLog;
let running: {
  server: FakeBotApiServer;
  telegram: TelegramAdapter;
  logs: CapturedLogs;
  http?: HttpServer;
}[] = [];

beforeAll(async () => {
  testEngine = await createTestEngine();
  questionLog = await QuestionLog.open({ dataDir: testEngine.dataDir, pruneDaily: false });
});

afterAll(async () => {
  questionLog.close();
  await testEngine.engine.close();
  await testEngine.cleanup();
});

afterEach(async () => {
  for (const { server, telegram, logs, http } of running) {
    await http?.close();
    await telegram.stop();
    await server.close();
    expect(logs.lines.join('')).not.toContain(TOKEN);
  }
  running = [];
});

interface StartOptions extends RecordingEngineOptions {
  webhookUrl?: string;
  /** Runs before the bot starts, e.g. to make some Bot API calls fail. */
  prepare?: (server: FakeBotApiServer) => void;
}

async function startBot(options: StartOptions = {}) {
  const server = new FakeBotApiServer(TOKEN);
  const apiRoot = await server.start();
  options.prepare?.(server);
  const recorded = recordingEngine(testEngine.engine, options);
  const logs = captureLogs();
  const webhook =
    options.webhookUrl === undefined
      ? { webhookUrl: undefined, webhookSecret: undefined }
      : { webhookUrl: options.webhookUrl, webhookSecret: WEBHOOK_SECRET };
  const limits = { maxQuestionChars: 1000, questionsPerWindow: 100, rateWindowSeconds: 60 };
  const telegram = createTelegramBot(
    recorded.engine,
    { token: TOKEN, apiRoot, adminIds: [ADMIN.id], ...webhook, limits, questionLog },
    logs.logger,
  );
  running.push({ server, telegram, logs });
  await telegram.start();
  return { server, telegram, logs, ...recorded };
}

function sentMessage(call: RecordedCall): Message.TextMessage {
  return call.result as Message.TextMessage;
}

function buttonData(call: RecordedCall, label: string): string {
  const markup = call.body.reply_markup as {
    inline_keyboard: { text: string; callback_data: string }[][];
  };
  const button = markup.inline_keyboard.flat().find((candidate) => candidate.text === label);
  if (button === undefined) throw new Error(`No ${label} button under the answer`);
  return button.callback_data;
}

describe('over long polling', () => {
  it('answers "which companies signed in Luodian?" with the companies and their sources', async () => {
    const { server } = await startBot();
    const question = textUpdate(LUODIAN);
    server.queueUpdate(question);

    const reply = await server.replyTo(question.message?.message_id ?? 0);
    const html = String(reply.body.text);
    expect(html).toContain('Shanghai Pharma');
    expect(html).toContain('DiaSorin');
    expect(html).toMatch(/<b>Sources<\/b>\n1\. /);
    expect(reply.body.parse_mode).toBe('HTML');
    expect(buttonData(reply, '👍')).toMatch(/^fb:up:/);
    expect(server.callsOf('sendChatAction')[0]?.body).toMatchObject({
      chat_id: USER.id,
      action: 'typing',
    });
    expect(server.callsOf('getUpdates')[0]?.body.allowed_updates).toEqual([
      'message',
      'callback_query',
    ]);
  });

  it('registers the command menus in English and Chinese', async () => {
    const { server } = await startBot();
    await server.waitForCalls('setMyCommands', () => true, 4);
    const defaultMenus = server
      .callsOf('setMyCommands')
      .filter((call) => (call.body.scope as { type: string }).type === 'default');
    expect(defaultMenus.map((call) => call.body.language_code)).toEqual(
      expect.arrayContaining([undefined, 'zh']),
    );
    const menu = (defaultMenus[0]?.body.commands ?? []) as { command: string }[];
    const commands = menu.map((entry) => entry.command);
    expect(commands).toEqual(expect.arrayContaining(['start', 'help', 'ask', 'new']));
  });

  it("shows the admin commands, /docs and /remove among them, only in admins' private chats, in both languages", async () => {
    const { server } = await startBot();
    const menus = await server.waitForCalls('setMyCommands', () => true, 4);
    const commandsOf = (scope: string, language?: string) => {
      const menu = menus.find(
        (call) =>
          (call.body.scope as { type: string }).type === scope &&
          call.body.language_code === language,
      );
      return ((menu?.body.commands ?? []) as { command: string }[]).map((entry) => entry.command);
    };
    const adminCommands = ['reload', 'status', 'stats', 'gaps', 'digest', 'docs', 'remove'];
    for (const language of [undefined, 'zh']) {
      expect(commandsOf('chat', language)).toEqual(expect.arrayContaining(adminCommands));
      expect(commandsOf('default', language)).not.toContain('docs');
      expect(commandsOf('default', language)).not.toContain('remove');
    }
    const adminMenu = menus.find((call) => (call.body.scope as { type: string }).type === 'chat');
    expect(adminMenu?.body.scope).toEqual({ type: 'chat', chat_id: ADMIN.id });
  });

  it('answers a Chinese question in Chinese', async () => {
    const { server } = await startBot();
    const question = textUpdate('哪些企业在北上海生物医药产业园签约？', { from: CHINESE_USER });
    server.queueUpdate(question);
    const html = String((await server.replyTo(question.message?.message_id ?? 0)).body.text);
    expect(html).toContain('上海医药');
    expect(html).toContain('<b>来源</b>');
  });

  it('answers a reply to its answer in a group as a follow-up', async () => {
    const { server, questions } = await startBot();
    const question = textUpdate(`@${BOT_INFO.username} ${LUODIAN}`, { chat: GROUP });
    server.queueUpdate(question);
    const answer = sentMessage(await server.replyTo(question.message?.message_id ?? 0));

    const followUp = textUpdate('how much did they invest in total?', {
      chat: GROUP,
      replyTo: answer,
    });
    server.queueUpdate(followUp);
    const reply = await server.replyTo(followUp.message?.message_id ?? 0);
    expect(String(reply.body.text)).toContain('10 billion');
    expect(questions[1]?.conversation[0]).toEqual({ role: 'user', text: LUODIAN });
  });

  it(
    'posts the reload report to an admin and refuses anyone else',
    async () => {
      const { server } = await startBot();
      const byUser = textUpdate('/reload', { from: USER });
      const byAdmin = textUpdate('/reload', { from: ADMIN });
      server.queueUpdate(byUser);
      server.queueUpdate(byAdmin);

      const refusal = await server.replyTo(byUser.message?.message_id ?? 0);
      expect(refusal.body.text).toBe(
        'Only admins can use /reload. Your user id is 555; an admin can add it to TELEGRAM_ADMIN_IDS.',
      );
      const replies = server.repliesTo(byAdmin.message?.message_id ?? 0, 2, SNAPSHOT_BUILD_MS);
      const [reloading, report] = await replies;
      expect(String(reloading?.body.text)).toMatch(/^Reloading…/);
      expect(String(report?.body.text)).toMatch(/^Reloaded in [\d.]+ s: \d+ documents/);
    },
    timeLimit({ builds: 1 }),
  );

  it('acknowledges a 👍 click and records it in the question log', async () => {
    const { server } = await startBot();
    const question = textUpdate(LUODIAN, { from: CHINESE_USER });
    server.queueUpdate(question);
    const answer = await server.replyTo(question.message?.message_id ?? 0);
    const data = buttonData(answer, '👍');

    server.queueUpdate(callbackUpdate(data, sentMessage(answer), CHINESE_USER));
    const acknowledgement = await server.waitForCall('answerCallbackQuery');
    expect(acknowledgement.body.text).toBe('感谢您的反馈！');
    const ratings = feedbackRows(questionLog.file, data.replace('fb:up:', ''));
    expect(ratings.map(({ rating, reason }) => ({ rating, reason }))).toEqual([
      { rating: 'up', reason: null },
    ]);
  });

  it('gives a sticker a hint of what it can do', async () => {
    const { server } = await startBot();
    const sticker = stickerUpdate();
    server.queueUpdate(sticker);
    const hint = await server.replyTo(sticker.message?.message_id ?? 0);
    expect(String(hint.body.text)).toContain('I can only read text.');
  });

  it('keeps answering when Telegram refuses the menus and asks it to slow down', async () => {
    const { server, telegram, logs } = await startBot({
      prepare: (server) => {
        const refused = {
          status: 400,
          body: { ok: false, error_code: 400, description: 'Bad Request: BOT_COMMANDS_TOO_MUCH' },
        };
        server.failNext('setMyCommands', refused, refused, refused, refused);
        server.failNext('sendMessage', {
          status: 429,
          body: {
            ok: false,
            error_code: 429,
            description: 'Too Many Requests: retry after 0',
            parameters: { retry_after: 0 },
          },
        });
      },
    });
    const question = textUpdate(LUODIAN);
    server.queueUpdate(question);

    // The first attempt gets the 429; auto-retry sends the same answer again.
    const [limited, retried] = await server.repliesTo(question.message?.message_id ?? 0, 2);
    expect(limited?.result).toBeUndefined();
    expect(retried?.body.text).toBe(limited?.body.text);
    expect(String(retried?.body.text)).toContain('Shanghai Pharma');
    await telegram.stop();
    const menuWarnings = logs
      .records()
      .filter((record) =>
        String(record.msg).startsWith('Could not register the Telegram command menu'),
      );
    expect(menuWarnings).toHaveLength(4);
  });

  it('sends the answers in flight before stop() resolves', async () => {
    const { server, telegram } = await startBot({ slowOn: 'slowly' });
    const question = textUpdate(`${LUODIAN} (asked slowly)`);
    server.queueUpdate(question);
    await server.waitForCall('sendChatAction');

    await telegram.stop();
    // The reply to the slow question was sent (its words, "asked slowly", need not be answered).
    const replies = server.callsOf('sendMessage').filter((call) => call.result !== undefined);
    expect(replies).toHaveLength(1);
    expect(String(replies[0]?.body.chat_id)).toBe(String(question.message?.chat.id));
  });
});

describe('starting', () => {
  it('with a token Telegram rejects fails with a message that names the variable and the fix', async () => {
    const server = new FakeBotApiServer('111111:some-other-token');
    const apiRoot = await server.start();
    const logs = captureLogs();
    const limits = { maxQuestionChars: 1000, questionsPerWindow: 100, rateWindowSeconds: 60 };
    const config = {
      token: TOKEN,
      apiRoot,
      adminIds: [],
      webhookUrl: undefined,
      webhookSecret: undefined,
      limits,
    };
    const telegram = createTelegramBot(testEngine.engine, config, logs.logger);
    running.push({ server, telegram, logs });

    const failure = await telegram.start().then(
      () => null,
      (error: unknown) => error as Error & { code?: string },
    );
    expect(failure).toMatchObject({ code: 'CONFIG_INVALID', variable: 'TELEGRAM_BOT_TOKEN' });
    expect(failure?.message).toContain('Copy the token again from @BotFather');
    expect(failure?.message).not.toContain(TOKEN);
  });
});

describe('in webhook mode', () => {
  const webhookUrl = 'https://kb.example.org/telegram/webhook';

  async function startWebhookBot() {
    const bot = await startBot({ webhookUrl });
    const http = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: bot.telegram.routes,
      health: () => ({ adapters: ['telegram'] }),
      logger: bot.logs.logger,
    });
    const entry = running.at(-1);
    if (entry !== undefined) entry.http = http;
    const post = (body: unknown, headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${http.port}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    return { ...bot, http, post };
  }

  it('registers the webhook with its secret instead of polling', async () => {
    const { server } = await startWebhookBot();
    expect(server.callsOf('setWebhook')[0]?.body).toMatchObject({
      url: webhookUrl,
      secret_token: WEBHOOK_SECRET,
    });
    expect(server.callsOf('getUpdates')).toEqual([]);
  });

  it('refuses a request with a wrong or missing secret with 401, without answering it', async () => {
    const { server, post, questions } = await startWebhookBot();
    const wrong = await post(textUpdate(LUODIAN), {
      'X-Telegram-Bot-Api-Secret-Token': 'not-the-secret',
    });
    const missing = await post(textUpdate(LUODIAN), {});
    expect([wrong.status, missing.status]).toEqual([401, 401]);
    expect(questions).toEqual([]);
    expect(server.callsOf('sendMessage')).toEqual([]);
  });

  it('answers an update posted with the right secret', async () => {
    const { server, post } = await startWebhookBot();
    const question = textUpdate(LUODIAN);
    const response = await post(question, { 'X-Telegram-Bot-Api-Secret-Token': WEBHOOK_SECRET });
    expect(response.status).toBe(200);
    const reply = await server.replyTo(question.message?.message_id ?? 0);
    expect(String(reply.body.text)).toContain('Shanghai Pharma');
  });

  it('leaves GET /healthz to the composition root', async () => {
    const { http } = await startWebhookBot();
    const response = await fetch(`http://127.0.0.1:${http.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', adapters: ['telegram'] });
  });
});
