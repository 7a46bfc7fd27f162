/**
 * The Lark adapter end to end over HTTP (LARK_MODE=http): Lark's requests posted to
 * /lark/events on the bot's one HTTP server, plain or encrypted and signed as the Open
 * Platform sends them, with a real engine and the real SDK client talking to a stand-in Open
 * Platform on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLarkBot, LARK_EVENTS_PATH, type LarkAdapter } from '../../adapters/lark/index.js';
import { type HttpServer, startHttpServer } from '../../src/http/start-http-server.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { type CapturedLogs, captureLogs } from '../support/capture-logs.js';
import { feedbackRows } from '../support/question-log-rows.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { buttonsOf, cardText } from './support/card-text.js';
import {
  cardActionEvent,
  ENCRYPT_KEY,
  encrypted,
  type LarkEvent,
  messageEvent,
  messageIdOf,
  signatureHeaders,
  VERIFICATION_TOKEN,
} from './support/lark-events.js';
import { type LarkStandIn, sentMessageId, startLarkStandIn } from './support/lark-stand-in.js';
import { larkTestConfig } from './support/lark-test-config.js';

const LUODIAN = 'Which companies signed in Luodian?';

interface RunningBot {
  lark: LarkAdapter;
  server: HttpServer;
  logs: CapturedLogs;
  url: string;
}

let testEngine: TestEngine;
let questionLog: QuestionLog;
let standIn: LarkStandIn;
let plain: RunningBot;
let encrypting: RunningBot;

async function runBot(encryptKey: string | undefined, start = true): Promise<RunningBot> {
  const logs = captureLogs();
  const config = larkTestConfig(standIn.domain, { encryptKey, questionLog });
  const lark = createLarkBot(testEngine.engine, config, logs.logger);
  const server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    routes: lark.routes,
    health: () => ({}),
    logger: logs.logger,
  });
  if (start) await lark.start();
  return { lark, server, logs, url: `http://127.0.0.1:${server.port}${LARK_EVENTS_PATH}` };
}

async function stopBot(bot: RunningBot): Promise<void> {
  await bot.server.close();
  await bot.lark.stop();
}

/** Posts a body as Lark does: compact JSON, with extra headers (a signature) when given. */
async function post(url: string, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Encrypts and signs a body as Lark does for an app with an Encrypt Key. */
function postEncrypted(url: string, body: object, key = ENCRYPT_KEY) {
  const envelope = encrypted(body, key);
  return post(url, envelope, signatureHeaders(JSON.stringify(envelope), key));
}

function repliesTo(event: LarkEvent) {
  return standIn.callsTo('message.reply').filter((call) => call.messageId === messageIdOf(event));
}

beforeAll(async () => {
  testEngine = await createTestEngine();
  questionLog = await QuestionLog.open({ dataDir: testEngine.dataDir, pruneDaily: false });
  standIn = await startLarkStandIn();
  plain = await runBot(undefined);
  encrypting = await runBot(ENCRYPT_KEY);
});

afterAll(async () => {
  await stopBot(plain);
  await stopBot(encrypting);
  await standIn.close();
  questionLog.close();
  await testEngine.engine.close();
  await testEngine.cleanup();
});

describe('HTTP events with a verification token', () => {
  it('answers the URL verification challenge only when the token matches', async () => {
    const challenge = {
      challenge: 'challenge-1b6a',
      token: VERIFICATION_TOKEN,
      type: 'url_verification',
    };
    expect(await post(plain.url, challenge)).toEqual({
      status: 200,
      body: { challenge: 'challenge-1b6a' },
    });
    expect((await post(plain.url, { ...challenge, token: 'forged' })).status).toBe(401);
  });

  it('acknowledges a question at once and answers it in reply, with the engine’s answer', async () => {
    const question = messageEvent(LUODIAN);
    expect(await post(plain.url, question)).toEqual({ status: 200, body: {} });
    const reply = await standIn.waitFor(
      'message.reply',
      (call) => call.messageId === messageIdOf(question),
    );
    expect(cardText(reply)).toBe((await testEngine.engine.answer(LUODIAN)).text.trim());
  });

  it('refuses an event with a wrong verification token with 401, and does not answer it', async () => {
    const forged = messageEvent(LUODIAN, { token: 'forged-token' });
    expect((await post(plain.url, forged)).status).toBe(401);
    await plain.lark.settled();
    expect(repliesTo(forged)).toEqual([]);
    expect(plain.logs.records().some((record) => record.msg === 'Refused a Lark request')).toBe(
      true,
    );
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await fetch(plain.url, { method: 'POST', body: 'not json' });
    expect(response.status).toBe(400);
  });

  it('answers an event Lark delivers twice only once', async () => {
    const question = messageEvent(LUODIAN);
    await post(plain.url, question);
    await post(plain.url, question);
    await plain.lark.settled();
    expect(repliesTo(question)).toHaveLength(1);
  });

  it('answers a 👍 with the toast, records it and updates the card', async () => {
    const question = messageEvent(LUODIAN);
    await post(plain.url, question);
    const reply = await standIn.waitFor(
      'message.reply',
      (call) => call.messageId === messageIdOf(question),
    );
    const up = buttonsOf(reply)[0];
    const click = cardActionEvent(up?.value, { messageId: sentMessageId(reply) });

    const response = await post(plain.url, click);
    expect(response.body).toEqual({
      toast: { type: 'success', content: 'Thanks for the feedback!' },
    });
    const answerId = String(up?.value.answerId);
    expect(feedbackRows(questionLog.file, answerId).map((row) => row.rating)).toEqual(['up']);
    const update = await standIn.waitFor(
      'message.patch',
      (call) => call.messageId === sentMessageId(reply),
    );
    expect(buttonsOf(update)).toEqual([]);
  });

  it('answers 503 before start, so that Lark delivers again later', async () => {
    const unstarted = await runBot(undefined, false);
    expect((await post(unstarted.url, messageEvent(LUODIAN))).status).toBe(503);
    await stopBot(unstarted);
  });
});

describe('HTTP events with an Encrypt Key', () => {
  it('decrypts and answers the URL verification challenge', async () => {
    const challenge = {
      challenge: 'challenge-e2c4',
      token: VERIFICATION_TOKEN,
      type: 'url_verification',
    };
    expect(await post(encrypting.url, encrypted(challenge))).toEqual({
      status: 200,
      body: { challenge: 'challenge-e2c4' },
    });
  });

  it('decrypts a signed event and answers the question', async () => {
    const question = messageEvent(LUODIAN);
    expect((await postEncrypted(encrypting.url, question)).status).toBe(200);
    const reply = await standIn.waitFor(
      'message.reply',
      (call) => call.messageId === messageIdOf(question),
    );
    expect(cardText(reply)).toContain('DiaSorin');
  });

  it('refuses an event whose signature does not match, and one it cannot decrypt', async () => {
    const badlySigned = messageEvent(LUODIAN);
    const envelope = encrypted(badlySigned);
    const headers = signatureHeaders(JSON.stringify(envelope), 'another-encrypt-key');
    expect((await post(encrypting.url, envelope, headers)).status).toBe(401);
    const wrongKey = messageEvent(LUODIAN);
    expect((await postEncrypted(encrypting.url, wrongKey, 'another-encrypt-key')).status).toBe(400);
    await encrypting.lark.settled();
    expect([...repliesTo(badlySigned), ...repliesTo(wrongKey)]).toEqual([]);
  });

  it('refuses a plain, unsigned event', async () => {
    const unsigned = messageEvent(LUODIAN);
    expect((await post(encrypting.url, unsigned)).status).toBe(401);
    await encrypting.lark.settled();
    expect(repliesTo(unsigned)).toEqual([]);
  });

  it('never writes the keys or the token to the log', () => {
    for (const secret of [ENCRYPT_KEY, VERIFICATION_TOKEN])
      expect(encrypting.logs.text() + plain.logs.text()).not.toContain(secret);
  });
});
