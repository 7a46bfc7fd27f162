import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramBot } from '../../adapters/telegram/index.js';
import type { LimitsConfig } from '../../src/config.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { captureLogs } from '../support/capture-logs.js';
import { feedbackRows } from '../support/question-log-rows.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { entitiesAreValid, tagsOf, visibleText } from './support/html-text.js';
import { type ApiCall, recordApiCalls } from './support/recording-api.js';
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

const TOKEN = '123456:TEST-unit-token_abcdef';
const LUODIAN = 'Which companies signed in Luodian?';

let testEngine: TestEngine;
let questionLog: QuestionLog;

beforeAll(async () => {
  testEngine = await createTestEngine();
  questionLog = await QuestionLog.open({ dataDir: testEngine.dataDir, pruneDaily: false });
});

afterAll(async () => {
  questionLog.close();
  await testEngine.engine.close();
  await testEngine.cleanup();
});

interface BotOptions extends RecordingEngineOptions {
  limits?: Partial<LimitsConfig>;
}

function createTestBot(options: BotOptions = {}) {
  const recorded = recordingEngine(testEngine.engine, options);
  const logs = captureLogs();
  const limits = {
    maxQuestionChars: 1000,
    questionsPerWindow: 100,
    rateWindowSeconds: 60,
    ...options.limits,
  };
  const config = {
    token: TOKEN,
    apiRoot: 'http://127.0.0.1:9',
    adminIds: [ADMIN.id],
    webhookUrl: undefined,
    webhookSecret: undefined,
    limits,
    questionLog,
  };
  const telegram = createTelegramBot(recorded.engine, config, logs.logger);
  telegram.bot.botInfo = BOT_INFO;
  const api = recordApiCalls(telegram.bot);
  return { telegram, bot: telegram.bot, api, logs, ...recorded };
}

function buttonsOf(call: ApiCall | undefined): { text: string; callback_data: string }[] {
  const markup = call?.payload.reply_markup as
    | { inline_keyboard?: { text: string; callback_data: string }[][] }
    | undefined;
  return markup?.inline_keyboard?.flat() ?? [];
}

function replyTarget(call: ApiCall | undefined): number | undefined {
  return (call?.payload.reply_parameters as { message_id?: number } | undefined)?.message_id;
}

describe('a question in a private chat', () => {
  it('is answered in HTML with the companies, numbered sources, no link preview and feedback buttons', async () => {
    const { bot, api, answers } = createTestBot();
    const update = textUpdate(LUODIAN);
    await bot.handleUpdate(update);

    const [reply] = api.callsOf('sendMessage');
    const html = String(reply?.payload.text);
    expect(reply?.payload.parse_mode).toBe('HTML');
    expect(replyTarget(reply)).toBe(update.message?.message_id);
    expect(reply?.payload.link_preview_options).toEqual({ is_disabled: true });
    expect(html).toContain('Shanghai Pharma');
    expect(html).toContain('DiaSorin');
    expect(html).toMatch(/<b>Sources<\/b>\n1\. .+ — .+, \d{4}-\d{2}-\d{2}/);
    expect(visibleText(html)).toContain(answers[0]?.text.trim());
    expect(tagsOf(html).every((tag) => /^<(b|\/b|\/a|a href="[^"]*")>$/.test(tag))).toBe(true);
    expect(entitiesAreValid(html)).toBe(true);
    expect(buttonsOf(reply).map((button) => button.text)).toEqual(['👍', '👎']);
    for (const button of buttonsOf(reply))
      expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
  });

  it('shows "typing…" before the answer', async () => {
    const { bot, api } = createTestBot();
    await bot.handleUpdate(textUpdate(LUODIAN));
    const methods = api.calls.map((call) => call.method);
    expect(methods.indexOf('sendChatAction')).toBeLessThan(methods.indexOf('sendMessage'));
    expect(api.callsOf('sendChatAction')[0]?.payload.action).toBe('typing');
  });

  it('still gets its answer when the typing indicator fails, and the failure is logged', async () => {
    const { bot, api, logs } = createTestBot();
    api.failMethod('sendChatAction', 'Bad Request: not enough rights');
    await bot.handleUpdate(textUpdate(LUODIAN));
    expect(api.sentTexts()[0]).toContain('Shanghai Pharma');
    expect(
      logs.records().some((record) => record.msg === 'Could not show the typing indicator'),
    ).toBe(true);
  });

  it('in Chinese is answered in Chinese with Chinese headings', async () => {
    const { bot, api } = createTestBot();
    await bot.handleUpdate(
      textUpdate('哪些企业在北上海生物医药产业园签约？', { from: CHINESE_USER }),
    );
    const html = api.sentTexts()[0] ?? '';
    expect(html).toContain('上海医药');
    expect(html).toContain('<b>来源</b>');
  });

  it('continues the conversation until /new', async () => {
    const { bot, api, questions } = createTestBot();
    await bot.handleUpdate(textUpdate(LUODIAN));
    await bot.handleUpdate(textUpdate('how much did they invest in total?'));
    expect(questions[1]?.conversation.map((turn) => turn.role)).toEqual(['user', 'assistant']);
    expect(questions[1]?.conversation[0]?.text).toBe(LUODIAN);
    expect(api.sentTexts()[1]).toContain('10 billion');

    await bot.handleUpdate(textUpdate('/new'));
    expect(api.sentTexts()[2]).toContain('forgotten');
    await bot.handleUpdate(textUpdate('how much did they invest in total?'));
    expect(questions[2]?.conversation).toEqual([]);
  });

  it('that is too long is refused with the limit, as the engine words it', async () => {
    const { bot, api } = createTestBot();
    await bot.handleUpdate(textUpdate(`Which companies ${'signed '.repeat(200)}?`));
    expect(api.sentTexts()[0]).toContain('the limit is 1,000');
    expect(buttonsOf(api.callsOf('sendMessage')[0])).toEqual([]);
  });
});

describe('in a group', () => {
  const inGroup = { chat: GROUP, threadId: 7 };

  it('ordinary talk is ignored', async () => {
    const { bot, api, questions } = createTestBot();
    await bot.handleUpdate(textUpdate(LUODIAN, inGroup));
    expect(api.calls).toEqual([]);
    expect(questions).toEqual([]);
  });

  it('a mention is answered as a reply in the same forum topic, without the mention in the question', async () => {
    const { bot, api, questions } = createTestBot();
    const update = textUpdate(`@${BOT_INFO.username} ${LUODIAN}`, inGroup);
    await bot.handleUpdate(update);
    const [reply] = api.callsOf('sendMessage');
    expect(reply?.payload.message_thread_id).toBe(7);
    expect(replyTarget(reply)).toBe(update.message?.message_id);
    expect(String(reply?.payload.text)).toContain('Shanghai Pharma');
    expect(questions[0]?.question).toBe(LUODIAN);
    expect(api.callsOf('sendChatAction')[0]?.payload.message_thread_id).toBe(7);
  });

  it('/ask is answered', async () => {
    const { bot, api, questions } = createTestBot();
    await bot.handleUpdate(
      textUpdate(
        `/ask@${BOT_INFO.username} What support does Baoshan offer biomedical companies?`,
        inGroup,
      ),
    );
    expect(questions[0]?.question).toBe('What support does Baoshan offer biomedical companies?');
    expect(api.sentTexts()[0]).toContain('<b>Sources</b>');
  });

  it('a reply to the bot is a follow-up that carries the earlier turns of the reply chain', async () => {
    const { bot, api, questions } = createTestBot();
    await bot.handleUpdate(textUpdate(`@${BOT_INFO.username} ${LUODIAN}`, inGroup));
    const [answer] = api.sent;
    const followUp = textUpdate('how much did they invest in total?', {
      ...inGroup,
      replyTo: answer,
    });
    await bot.handleUpdate(followUp);

    expect(questions[1]?.conversation[0]).toEqual({ role: 'user', text: LUODIAN });
    const reply = api.callsOf('sendMessage')[1];
    expect(replyTarget(reply)).toBe(followUp.message?.message_id);
    expect(String(reply?.payload.text)).toContain('10 billion');
  });

  it('a sticker not meant for the bot is ignored', async () => {
    const { bot, api } = createTestBot();
    const update = stickerUpdate();
    if (update.message !== undefined) update.message.chat = GROUP;
    await bot.handleUpdate(update);
    expect(api.calls).toEqual([]);
  });
});

describe('admin commands', () => {
  it('/reload by an admin says "Reloading…" and then posts the report', async () => {
    const { bot, api } = createTestBot();
    await bot.handleUpdate(textUpdate('/reload', { from: ADMIN }));
    const [first, report] = api.sentTexts();
    expect(first).toMatch(/^Reloading…/);
    expect(report).toMatch(/^Reloaded in [\d.]+ s: \d+ documents/);
  });

  it('/reload by anyone else is refused with their user id, and the attempt is logged without the token', async () => {
    const { bot, api, logs } = createTestBot();
    await bot.handleUpdate(textUpdate('/reload', { from: USER }));
    expect(api.sentTexts()).toEqual([
      'Only admins can use /reload. Your user id is 555; an admin can add it to TELEGRAM_ADMIN_IDS.',
    ]);
    const warning = logs.records().find((record) => record.code === 'NOT_AUTHORIZED');
    expect(warning).toMatchObject({ level: 40, userId: '555', command: '/reload' });
    expect(logs.lines.join('')).not.toContain(TOKEN);
  });

  it('/status by an admin describes the engine and the caller’s user id', async () => {
    const { bot, api } = createTestBot();
    await bot.handleUpdate(textUpdate('/status', { from: ADMIN }));
    const [status] = api.sentTexts();
    expect(status).toMatch(/^Documents: \d+, passages: \d+\./);
    expect(status).toContain('Your user id: 42.');
  });

  it('/status by anyone else is refused', async () => {
    const { bot, api } = createTestBot();
    await bot.handleUpdate(textUpdate('/status', { from: USER }));
    expect(api.sentTexts()).toEqual([
      'Only admins can use /status. Your user id is 555; an admin can add it to TELEGRAM_ADMIN_IDS.',
    ]);
  });
});

describe('commands for everyone', () => {
  it('/start welcomes with three example questions, in the user’s language', async () => {
    const { bot, api } = createTestBot();
    await bot.handleUpdate(textUpdate('/start'));
    await bot.handleUpdate(textUpdate('/start', { from: CHINESE_USER }));
    const [english, chinese] = api.sentTexts();
    expect(english).toContain('• Which companies signed in Luodian?');
    expect(english).toContain('• 哪些企业在北上海生物医药产业园签约？');
    expect(english).toContain('• What support does Baoshan offer biomedical companies?');
    expect(chinese).toContain('可以试试这些问题');
  });

  it('/help names every admin command, /docs and /remove among them, in the user’s language', async () => {
    const { bot, api } = createTestBot();
    await bot.handleUpdate(textUpdate('/help'));
    await bot.handleUpdate(textUpdate('/help', { from: CHINESE_USER }));
    const [english, chinese] = api.sentTexts();
    expect(english).toContain(
      '/reload, /status, /stats, /gaps, /digest, /docs, /remove <id>: for admins, who add a document by sending me the file in a private chat',
    );
    expect(chinese).toContain(
      '/reload、/status、/stats、/gaps、/digest、/docs、/remove <编号>：仅限管理员；管理员在私聊中把文件发给我即可添加文档',
    );
  });

  it('an unknown command points to /help instead of being asked', async () => {
    const { bot, api, questions } = createTestBot();
    await bot.handleUpdate(textUpdate('/frobnicate'));
    expect(api.sentTexts()[0]).toContain('/help');
    expect(questions).toEqual([]);
  });
});

describe('feedback buttons', () => {
  it('a 👍 click is acknowledged and recorded in the question log', async () => {
    const { bot, api } = createTestBot();
    await bot.handleUpdate(textUpdate(LUODIAN));
    const up = buttonsOf(api.callsOf('sendMessage')[0]).find((button) => button.text === '👍');
    const answerId = up?.callback_data.replace('fb:up:', '');
    const [answer] = api.sent;
    if (up === undefined || answer === undefined) throw new Error('The answer has no 👍 button');
    await bot.handleUpdate(callbackUpdate(up.callback_data, answer));

    expect(api.callsOf('answerCallbackQuery')[0]?.payload.text).toBe('Thanks for the feedback!');
    const ratings = feedbackRows(questionLog.file, answerId ?? '');
    expect(ratings.map(({ rating, reason }) => ({ rating, reason }))).toEqual([
      { rating: 'up', reason: null },
    ]);
  });
});

describe('limits and failures', () => {
  it('a user over the rate limit is told politely when to try again', async () => {
    const { bot, api, questions } = createTestBot({
      limits: { questionsPerWindow: 2, rateWindowSeconds: 60 },
    });
    for (let index = 0; index < 3; index += 1) await bot.handleUpdate(textUpdate(LUODIAN));
    expect(api.sentTexts()[2]).toMatch(
      /^You are asking faster than I can answer\. Please try again in \d+ seconds?\.$/,
    );
    expect(questions).toHaveLength(2);
  });

  it('an update delivered twice is answered once', async () => {
    const { bot, api } = createTestBot();
    const update = textUpdate(LUODIAN);
    await bot.handleUpdate(update);
    await bot.handleUpdate(structuredClone(update));
    expect(api.callsOf('sendMessage')).toHaveLength(1);
  });

  it('a sticker gets a hint of what the bot can do', async () => {
    const { bot, api } = createTestBot();
    await bot.handleUpdate(stickerUpdate());
    expect(api.sentTexts()).toEqual([expect.stringContaining('I can only read text.')]);
  });

  it('an engine failure gets an apology and a log line with the update id; the bot keeps serving', async () => {
    const { bot, api, logs } = createTestBot({ failOn: 'explode' });
    const broken = textUpdate('please explode');
    await bot.handleUpdate(broken);
    await bot.handleUpdate(textUpdate(LUODIAN));

    const [apology, answer] = api.sentTexts();
    expect(apology).toBe(
      'Sorry, something went wrong while answering. Please try again in a moment.',
    );
    expect(answer).toContain('Shanghai Pharma');
    const error = logs.records().find((record) => record.level === 50);
    expect(error).toMatchObject({ updateId: broken.update_id, reason: 'The engine broke down' });
    expect(logs.lines.join('')).not.toContain(TOKEN);
  });

  it('a failing setMyCommands is logged and does not stop start; the bot answers and stops cleanly', async () => {
    const { telegram, bot, api, logs } = createTestBot();
    api.failMethod('setMyCommands', 'Bad Request: BOT_COMMANDS_TOO_MUCH');
    await telegram.start();
    await bot.handleUpdate(textUpdate(LUODIAN));
    await telegram.stop();

    expect(api.sentTexts()[0]).toContain('Shanghai Pharma');
    const menus = api
      .callsOf('setMyCommands')
      .map((call) => [(call.payload.scope as { type: string }).type, call.payload.language_code]);
    expect(menus).toEqual(
      expect.arrayContaining([
        ['default', undefined],
        ['default', 'zh'],
        ['chat', undefined],
        ['chat', 'zh'],
      ]),
    );
    expect(
      logs
        .records()
        .filter((record) =>
          String(record.msg).startsWith('Could not register the Telegram command menu'),
        ),
    ).toHaveLength(4);
  });
});
