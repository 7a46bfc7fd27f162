/**
 * The Lark adapter event by event: events pushed through the SDK's own dispatcher, as the
 * long connection and the HTTP route push them, with a real engine and the real SDK client
 * talking to a stand-in Open Platform on 127.0.0.1.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createLarkBot, type LarkAdapterConfig } from '../../adapters/lark/index.js';
import { ConfigError } from '../../src/errors.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { SEED_NOW, SEED_TIME_ZONE, seedLog } from '../question-log/support/seeded-log.js';
import { tempDataDir } from '../question-log/support/temp-data-dir.js';
import { captureLogs } from '../support/capture-logs.js';
import { feedbackRows } from '../support/question-log-rows.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { timeLimit } from '../support/time-limits.js';
import {
  type RecordingEngineOptions,
  recordingEngine,
} from '../telegram/support/recording-engine.js';
import { buttonsOf, cardOf, cardText, sourcesText } from './support/card-text.js';
import {
  ADMIN_OPEN_ID,
  cardActionEvent,
  type LarkEvent,
  messageEvent,
  messageIdOf,
  USER_OPEN_ID,
  VERIFICATION_TOKEN,
} from './support/lark-events.js';
import {
  APP_SECRET,
  type LarkStandIn,
  sentMessageId,
  startLarkStandIn,
  TENANT_TOKEN,
} from './support/lark-stand-in.js';
import { larkTestConfig } from './support/lark-test-config.js';

const LUODIAN = 'Which companies signed in Luodian?';
const FOLLOW_UP = 'how much did they invest in total?';

let testEngine: TestEngine;
let standIn: LarkStandIn;
let questionLog: QuestionLog;

beforeAll(async () => {
  testEngine = await createTestEngine();
  standIn = await startLarkStandIn();
  questionLog = await QuestionLog.open({ dataDir: testEngine.dataDir, pruneDaily: false });
});

afterAll(async () => {
  questionLog.close();
  await standIn.close();
  await testEngine.engine.close();
  await testEngine.cleanup();
});

interface BotOptions extends RecordingEngineOptions {
  config?: Partial<LarkAdapterConfig>;
  /** An engine of the test's own, for tests that change the knowledge base. */
  engine?: TestEngine;
}

/** A started bot, and `push`, which hands it an event and waits until it is handled. */
async function startTestBot(options: BotOptions = {}) {
  const recorded = recordingEngine((options.engine ?? testEngine).engine, options);
  const logs = captureLogs();
  const lark = createLarkBot(
    recorded.engine,
    larkTestConfig(standIn.domain, { questionLog, ...options.config }),
    logs.logger,
  );
  await lark.start();
  const push = async (event: LarkEvent): Promise<unknown> => {
    const result: unknown = await lark.dispatcher.invoke(event, { needCheck: false });
    await lark.settled();
    return result;
  };
  return { lark, push, logs, ...recorded };
}

/** The replies the bot sent to the message of `event`. */
function repliesTo(event: LarkEvent) {
  return standIn.callsTo('message.reply').filter((call) => call.messageId === messageIdOf(event));
}

describe('a question in a private chat', () => {
  it('is answered with the engine’s answer as a card quoting it, with numbered sources and 👍/👎', async () => {
    const { push } = await startTestBot();
    const question = messageEvent(LUODIAN);
    await push(question);
    const expected = await testEngine.engine.answer(LUODIAN);

    const [reply] = repliesTo(question);
    expect(reply?.body).toMatchObject({ msg_type: 'interactive', reply_in_thread: false });
    expect(reply?.authorization).toBe(`Bearer ${TENANT_TOKEN}`);
    expect(cardText(reply)).toBe(expected.text.trim());
    const sourceLines = sourcesText(reply).split('\n');
    expect(sourceLines[0]).toBe('**Sources**');
    expect(sourceLines).toHaveLength(expected.sources.length + 1);
    for (const [index, source] of expected.sources.entries()) {
      const line = sourceLines[index + 1];
      expect(line).toMatch(new RegExp(`^${source.n}\\. .+ · \\d{4}-\\d{2}-\\d{2}$`));
      if (source.url !== null) expect(line).toContain(`](${new URL(source.url).href})`);
    }
    expect(buttonsOf(reply).map((button) => button.text.content)).toEqual([
      '👍 Helpful',
      '👎 Not helpful',
    ]);
    expect(cardOf(reply).config).toMatchObject({ update_multi: true });
  });

  it('in Chinese is answered in Chinese, with Chinese headings and buttons', async () => {
    const { push } = await startTestBot();
    const question = messageEvent('哪些企业在北上海生物医药产业园签约？');
    await push(question);
    const [reply] = repliesTo(question);
    expect(cardText(reply)).toContain('上海医药');
    expect(sourcesText(reply)).toMatch(/^\*\*来源\*\*\n1\. /);
    expect(buttonsOf(reply)[0]?.text.content).toBe('👍 有帮助');
  });

  it('continues the conversation until /new', async () => {
    const { push, questions } = await startTestBot();
    await push(messageEvent(LUODIAN));
    const followUp = messageEvent(FOLLOW_UP);
    await push(followUp);
    const conversation = questions[1]?.conversation ?? [];
    expect(conversation.map((turn) => turn.role)).toEqual(['user', 'assistant']);
    expect(conversation[0]?.text).toBe(LUODIAN);
    const expected = await testEngine.engine.answer(FOLLOW_UP, conversation);
    expect(cardText(repliesTo(followUp)[0])).toBe(expected.text.trim());

    const reset = messageEvent('/new');
    await push(reset);
    expect(cardText(repliesTo(reset)[0])).toContain('forgotten');
    await push(messageEvent(FOLLOW_UP));
    expect(questions[2]?.conversation).toEqual([]);
  });

  it('that is too long gets the engine’s refusal, without buttons, and is no turn of the conversation', async () => {
    const { push, questions } = await startTestBot();
    await push(messageEvent(LUODIAN));
    const tooLong = messageEvent(`Which companies ${'signed '.repeat(200)}?`);
    await push(tooLong);
    expect(cardText(repliesTo(tooLong)[0])).toContain('the limit is 1,000');
    expect(buttonsOf(repliesTo(tooLong)[0])).toEqual([]);
    await push(messageEvent(FOLLOW_UP));
    const conversation = questions[2]?.conversation ?? [];
    expect(conversation.map((turn) => turn.role)).toEqual(['user', 'assistant']);
    expect(conversation[0]?.text).toBe(LUODIAN);
  });

  it('from another bot or app is ignored', async () => {
    const { push, questions } = await startTestBot();
    const fromApp = messageEvent(LUODIAN, { senderType: 'app' });
    await push(fromApp);
    expect(questions).toEqual([]);
    expect(repliesTo(fromApp)).toEqual([]);
  });

  it('sent as an image gets a hint, in both languages, that only text can be asked', async () => {
    const { push, questions } = await startTestBot();
    const image = messageEvent('', { messageType: 'image', content: '{"image_key":"img_1"}' });
    await push(image);
    expect(cardText(repliesTo(image)[0])).toMatch(/^I can only read text\.[\s\S]*我只能读取文字/);
    expect(questions).toEqual([]);
  });
});

describe('in a group', () => {
  it('talk that does not mention the bot is ignored', async () => {
    const { push, questions } = await startTestBot();
    const chatter = messageEvent(LUODIAN, { chat: 'group', mentionBot: false });
    await push(chatter);
    expect(questions).toEqual([]);
    expect(repliesTo(chatter)).toEqual([]);
  });

  it('a mention is answered in the message’s thread, without the mention in the question', async () => {
    const { push, questions } = await startTestBot();
    const question = messageEvent(LUODIAN, { chat: 'group' });
    await push(question);
    expect(questions[0]?.question).toBe(LUODIAN);
    const [reply] = repliesTo(question);
    expect(reply?.body.reply_in_thread).toBe(true);
    expect(cardText(reply)).toBe((await testEngine.engine.answer(LUODIAN)).text.trim());
  });

  it('a mention in the thread of an answer is a follow-up that carries the thread’s turns', async () => {
    const { push, questions } = await startTestBot();
    const first = messageEvent(LUODIAN, { chat: 'group' });
    await push(first);
    const followUp = messageEvent(FOLLOW_UP, { chat: 'group', rootId: messageIdOf(first) });
    await push(followUp);
    expect(questions[1]?.conversation[0]).toEqual({ role: 'user', text: LUODIAN });
    const elsewhere = messageEvent(FOLLOW_UP, { chat: 'group' });
    await push(elsewhere);
    expect(questions[2]?.conversation).toEqual([]);
  });
});

describe('delivery', () => {
  it('an event delivered twice is answered once', async () => {
    const { push, questions } = await startTestBot();
    const question = messageEvent(LUODIAN);
    await push(question);
    await push(structuredClone(question));
    expect(repliesTo(question)).toHaveLength(1);
    expect(questions).toHaveLength(1);
  });

  it('a user over the rate limit is told when to try again, and the engine is not asked', async () => {
    const { push, questions } = await startTestBot({
      config: { limits: { maxQuestionChars: 1000, questionsPerWindow: 2, rateWindowSeconds: 60 } },
    });
    const events = [messageEvent(LUODIAN), messageEvent(LUODIAN), messageEvent(LUODIAN)];
    for (const event of events) await push(event);
    expect(cardText(repliesTo(events[2] as LarkEvent)[0])).toMatch(
      /^You are asking faster than I can answer\. Please try again in \d+ seconds?\.$/,
    );
    expect(questions).toHaveLength(2);
  });

  it('a flood from one user gets one rate-limit notice in the window; the rest are dropped without a word', async () => {
    const { lark, questions } = await startTestBot({
      config: { limits: { maxQuestionChars: 1000, questionsPerWindow: 2, rateWindowSeconds: 60 } },
    });
    const flood = Array.from({ length: 30 }, () => messageEvent(LUODIAN));
    // All at once, as Lark delivers them: the dispatcher returns before the answers are made.
    await Promise.all(flood.map((event) => lark.dispatcher.invoke(event, { needCheck: false })));
    await lark.settled();

    const replies = flood.flatMap(repliesTo).map(cardText);
    const notices = replies.filter((text) => text.startsWith('You are asking faster'));
    expect(notices).toHaveLength(1);
    expect(replies).toHaveLength(3);
    expect(questions).toHaveLength(2);
  });

  it('an engine failure gets an apology and a log line with the event id; the bot keeps serving', async () => {
    const { push, logs } = await startTestBot({ failOn: 'explode' });
    const broken = messageEvent('please explode');
    await push(broken);
    const question = messageEvent(LUODIAN);
    await push(question);
    expect(cardText(repliesTo(broken)[0])).toBe(
      'Sorry, something went wrong while answering. Please try again in a moment.',
    );
    expect(cardText(repliesTo(question)[0])).toContain('DiaSorin');
    const error = logs.records().find((record) => record.level === 50);
    expect(error).toMatchObject({
      eventId: broken.header.event_id,
      reason: 'The engine broke down',
    });
  });

  it('a reply Lark refuses is logged with the fix, and the asker still gets an apology', async () => {
    const { push, logs } = await startTestBot();
    standIn.failNext('message.reply', 230002, 'Bot is not in the chat');
    const question = messageEvent(LUODIAN, { chat: 'group' });
    await push(question);
    const error = logs.records().find((record) => record.code === 'CHAT_PLATFORM_FAILED');
    expect(String(error?.reason)).toContain(
      'The bot is not in this chat: add it to the group again.',
    );
    expect(cardText(repliesTo(question).at(-1))).toMatch(/^Sorry, something went wrong/);
  });
});

describe('admin commands', () => {
  it('/status by an admin describes the engine and the caller’s open id', async () => {
    const { push } = await startTestBot();
    const status = messageEvent('/status', { sender: ADMIN_OPEN_ID });
    await push(status);
    const text = cardText(repliesTo(status)[0]);
    expect(text).toMatch(/^Documents: \d+, passages: \d+\./);
    expect(text).toContain(`Your user id: ${ADMIN_OPEN_ID}.`);
  });

  it('/stats, /gaps and /digest report a seeded log to an admin, and are refused to anyone else', async () => {
    const seeded = await QuestionLog.open({
      dataDir: await tempDataDir(),
      pruneDaily: false,
      now: () => SEED_NOW,
    });
    onTestFinished(() => seeded.close());
    seedLog(seeded);
    const reportClock = { now: () => SEED_NOW, timeZone: SEED_TIME_ZONE };
    const { push } = await startTestBot({ config: { questionLog: seeded, reportClock } });
    const [stats, gaps, digest, refused] = [
      messageEvent('/stats', { sender: ADMIN_OPEN_ID }),
      messageEvent('/gaps', { sender: ADMIN_OPEN_ID }),
      messageEvent('/digest', { sender: ADMIN_OPEN_ID }),
      messageEvent('/stats'),
    ];
    for (const event of [stats, gaps, digest, refused]) await push(event);

    expect(cardText(repliesTo(stats)[0])).toMatch(
      /^Questions, 2025-06-01 to 2025-06-30 \(Asia\/Shanghai\): 258\n/,
    );
    expect(cardText(repliesTo(stats)[0])).toContain(
      '  lark      86 questions, answered 100%, 👎 33%',
    );
    expect(cardText(repliesTo(gaps)[0])).toMatch(/: 172 questions refused or rated 👎\n/);
    expect(cardText(repliesTo(digest)[0])).toMatch(/^Weekly digest, 2025-06-30\n/);
    expect(cardText(repliesTo(refused)[0])).toBe(
      `Only admins can use /stats. Your user id is ${USER_OPEN_ID}; an admin can add it to LARK_ADMIN_OPEN_IDS.`,
    );
  });

  it('/reload by anyone else is refused with their open id, and the attempt is logged', async () => {
    const { push, logs, questions } = await startTestBot();
    const reload = messageEvent('/reload');
    await push(reload);
    expect(cardText(repliesTo(reload)[0])).toBe(
      `Only admins can use /reload. Your user id is ${USER_OPEN_ID}; an admin can add it to LARK_ADMIN_OPEN_IDS.`,
    );
    const warning = logs.records().find((record) => record.code === 'NOT_AUTHORIZED');
    expect(warning).toMatchObject({ level: 40, userId: USER_OPEN_ID, command: '/reload' });
    expect(questions).toEqual([]);
  });

  it('/reload by an admin, mentioned in a group, says "Reloading…" and then posts the report', async () => {
    const { push } = await startTestBot();
    const reload = messageEvent('/reload', { chat: 'group', sender: ADMIN_OPEN_ID });
    await push(reload);
    const [first, report] = repliesTo(reload).map(cardText);
    expect(first).toMatch(/^Reloading…/);
    expect(report).toMatch(/^Reloaded in [\d.]+ s: \d+ documents/);
  }, 60_000);

  it('/help explains how to ask and names every admin command, in both languages; an unknown command points to it', async () => {
    const { push, questions } = await startTestBot();
    const help = messageEvent('/help');
    const unknown = messageEvent('/frobnicate');
    await push(help);
    await push(unknown);
    expect(cardText(repliesTo(help)[0])).toMatch(/Which companies signed in Luodian\?[\s\S]*例如/);
    expect(cardText(repliesTo(help)[0])).toContain(
      '/reload, /status, /stats, /gaps, /digest, /docs and /remove <id> are for admins.',
    );
    expect(cardText(repliesTo(help)[0])).toContain(
      '/reload、/status、/stats、/gaps、/digest、/docs 和 /remove <编号> 仅限管理员。',
    );
    expect(cardText(repliesTo(unknown)[0])).toContain('/help');
    expect(questions).toEqual([]);
  });
});

describe('documents, for admins', () => {
  it('/docs lists the documents in service, and /docs <word> those whose id, title or path holds it', async () => {
    const { push } = await startTestBot();
    const [all, narrowed] = [
      messageEvent('/docs', { sender: ADMIN_OPEN_ID }),
      messageEvent('/docs policies', { sender: ADMIN_OPEN_ID }),
    ];
    await push(all);
    await push(narrowed);
    const documents = testEngine.engine.library.documents();
    const listed = cardText(repliesTo(all)[0]).split('\n');
    expect(listed[0]).toBe(
      `${documents.length} documents, newest first (id: title, date, passages):`,
    );
    expect(listed.slice(1).map((line) => line.split(':')[0])).toEqual(
      documents.map((entry) => `• ${entry.id}`),
    );
    const policies = documents.filter((entry) => entry.path.startsWith('policies/'));
    expect(cardText(repliesTo(narrowed)[0]).split('\n')[0]).toBe(
      `${policies.length} documents matching "policies", newest first (id: title, date, passages):`,
    );
  });

  it('/remove <id> of a document that was not added through the chat is refused, and nothing is removed', async () => {
    const { push } = await startTestBot();
    const [first] = testEngine.engine.library.documents();
    const [remove, unknown] = [
      messageEvent(`/remove ${first?.id}`, { sender: ADMIN_OPEN_ID }),
      messageEvent('/remove no-such-document', { sender: ADMIN_OPEN_ID }),
    ];
    await push(remove);
    await push(unknown);
    expect(cardText(repliesTo(remove)[0])).toBe(
      `${first?.id} (${first?.path}) was not added through the chat, so it cannot be removed from here; delete it from the knowledge folder on the server, then reload.`,
    );
    expect(cardText(repliesTo(unknown)[0])).toBe(
      "No document in service has the id 'no-such-document'; the list of documents shows each one's id.",
    );
    expect(testEngine.engine.library.documents().map((entry) => entry.id)).toContain(first?.id);
  });

  it(
    '/remove <id> of a document added through the chat removes it, and /docs no longer lists it',
    async () => {
      const own = await createTestEngine();
      onTestFinished(() => own.cleanup());
      const uploaded = await seedUpload(own);
      const { push } = await startTestBot({ engine: own });
      const remove = messageEvent(`/remove ${uploaded.id}`, { sender: ADMIN_OPEN_ID });
      await push(remove);
      const docs = messageEvent('/docs', { sender: ADMIN_OPEN_ID });
      await push(docs);

      expect(cardText(repliesTo(remove)[0])).toMatch(
        new RegExp(
          `^Removed document ${uploaded.id} \\(uploads/cell-therapy-fund\\.md\\) and its metadata\\.\n`,
        ),
      );
      expect(await fs.readdir(path.join(own.knowledgeDir, 'uploads'))).toEqual([]);
      expect(cardText(repliesTo(docs)[0])).not.toContain(uploaded.id);
    },
    timeLimit({ builds: 2 }),
  );

  it('/docs and /remove by anyone else are refused with their open id, and nothing is removed', async () => {
    const { push } = await startTestBot();
    const [first] = testEngine.engine.library.documents();
    const [docs, remove] = [messageEvent('/docs'), messageEvent(`/remove ${first?.id}`)];
    await push(docs);
    await push(remove);
    expect(cardText(repliesTo(docs)[0])).toBe(
      `Only admins can use /docs. Your user id is ${USER_OPEN_ID}; an admin can add it to LARK_ADMIN_OPEN_IDS.`,
    );
    expect(cardText(repliesTo(remove)[0])).toMatch(/^Only admins can use \/remove\./);
    expect(testEngine.engine.library.documents().map((entry) => entry.id)).toContain(first?.id);
  });
});

/**
 * A document as an admin's upload leaves it (Lark has no uploads: issue 12 names Telegram and
 * Slack): in KNOWLEDGE_DIR/uploads/, put in service by a reload.
 */
async function seedUpload(own: TestEngine) {
  const uploads = path.join(own.knowledgeDir, 'uploads');
  await fs.mkdir(uploads, { recursive: true });
  await fs.writeFile(
    path.join(uploads, 'cell-therapy-fund.md'),
    [
      '---',
      'title: Baoshan Cell Therapy Fund',
      'date: 2025-06-30',
      '---',
      'The Baoshan District Science and Technology Commission announced a new cell therapy fund.',
      'Each selected company receives up to 5 million yuan in support.',
    ].join('\n'),
  );
  await own.engine.reload();
  const entry = own.engine.library.documents().find((document) => document.uploaded);
  if (entry === undefined) throw new Error('the seeded upload is not in service');
  return entry;
}

describe('feedback buttons', () => {
  it('a 👍 is thanked with a toast, recorded in the question log, and shown on the card for everyone', async () => {
    const { push } = await startTestBot();
    const question = messageEvent(LUODIAN);
    await push(question);
    const [reply] = repliesTo(question);
    const up = buttonsOf(reply)[0];
    const cardId = sentMessageId(reply);

    const response = await push(cardActionEvent(up?.value, { messageId: cardId }));
    expect(response).toEqual({ toast: { type: 'success', content: 'Thanks for the feedback!' } });
    const ratings = feedbackRows(questionLog.file, String(up?.value.answerId));
    expect(ratings.map(({ rating, reason }) => ({ rating, reason }))).toEqual([
      { rating: 'up', reason: null },
    ]);
    const update = await standIn.waitFor('message.patch', (call) => call.messageId === cardId);
    expect(cardText(update)).toBe(cardText(reply));
    expect(buttonsOf(update)).toEqual([]);
    expect(cardOf(update).elements.at(-1)?.elements?.[0]?.content).toBe(
      '👍 Thanks for the feedback!',
    );
  });

  it('a 👎 turns the buttons into "what was wrong?", and the reason picked is recorded with it', async () => {
    const { push } = await startTestBot();
    const question = messageEvent('哪些企业在北上海生物医药产业园签约？');
    await push(question);
    const [reply] = repliesTo(question);
    const down = buttonsOf(reply)[1];
    const cardId = sentMessageId(reply);
    await push(cardActionEvent(down?.value, { messageId: cardId }));

    const [asking] = standIn.callsTo('message.patch').filter((call) => call.messageId === cardId);
    expect(cardOf(asking).elements.some((element) => element.text?.content === '哪里不对？')).toBe(
      true,
    );
    const reasons = buttonsOf(asking);
    expect(reasons.map((button) => button.text.content)).toEqual([
      '答案有误',
      '不完整',
      '答非所问',
    ]);
    await push(cardActionEvent(reasons[0]?.value, { messageId: cardId }));
    await push(cardActionEvent(reasons[0]?.value, { messageId: cardId }));

    const ratings = feedbackRows(questionLog.file, String(down?.value.answerId));
    expect(ratings.map(({ rating, reason }) => ({ rating, reason }))).toEqual([
      { rating: 'down', reason: 'wrong' },
    ]);
    const shown = standIn.callsTo('message.patch').filter((call) => call.messageId === cardId);
    expect(buttonsOf(shown.at(-1))).toEqual([]);
    expect(cardOf(shown.at(-1)).elements.at(-1)?.elements?.[0]?.content).toBe(
      '👎 · 答案有误 感谢您的反馈！',
    );
  });

  it('a click on a button the bot did not make records nothing', async () => {
    const { push } = await startTestBot();
    const response = await push(cardActionEvent({ vote: 'maybe' }, { messageId: 'om_unknown' }));
    expect(response).toEqual({});
  });
});

describe('start-up and secrets', () => {
  it('fails with the variables and the fix named when Lark rejects the app secret', async () => {
    const logs = captureLogs();
    const lark = createLarkBot(
      testEngine.engine,
      larkTestConfig(standIn.domain, { appSecret: 'a-wrong-app-secret' }),
      logs.logger,
    );
    const failure = await lark.start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect(failure).toMatchObject({
      variable: 'LARK_APP_SECRET',
      message: expect.stringMatching(
        /^Lark rejected LARK_APP_ID or LARK_APP_SECRET \(10014: app secret invalid\)\. Copy the App ID and the App Secret again/,
      ),
    });
    expect(logs.text()).not.toContain('a-wrong-app-secret');
  });

  it('fails the same way when the token endpoint refuses with an HTTP error', async () => {
    standIn.failNext('token', 10003, 'invalid param');
    const lark = createLarkBot(
      testEngine.engine,
      larkTestConfig(standIn.domain),
      captureLogs().logger,
    );
    const failure = await lark.start().catch((error: unknown) => error);
    expect(failure).toMatchObject({
      variable: 'LARK_APP_SECRET',
      message: expect.stringContaining('(10003: invalid param)'),
    });
  });

  it('sends the app secret to the token endpoint only, and writes no secret to the log', async () => {
    const { push, logs } = await startTestBot();
    standIn.failNext('message.reply', 99991672, 'Access denied');
    await push(messageEvent(LUODIAN));
    const carriers = standIn.calls.filter((call) => JSON.stringify(call.body).includes(APP_SECRET));
    expect(new Set(carriers.map((call) => call.operation))).toEqual(new Set(['token']));
    for (const secret of [APP_SECRET, TENANT_TOKEN, VERIFICATION_TOKEN])
      expect(logs.text()).not.toContain(secret);
  });
});
