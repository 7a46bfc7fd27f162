/**
 * The Lark adapter over the long connection (LARK_MODE=websocket, the default), against what
 * the SDK lets a test substitute: LARK_DOMAIN points the SDK's WSClient at a stand-in Open
 * Platform, whose /callback/ws/endpoint hands it a ws:// address on 127.0.0.1, where the
 * stand-in pushes events in the SDK's protobuf frames and reads its acknowledgements.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLarkBot, type LarkAdapter } from '../../adapters/lark/index.js';
import { ConfigError } from '../../src/errors.js';
import { type CapturedLogs, captureLogs } from '../support/capture-logs.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { recordingEngine } from '../telegram/support/recording-engine.js';
import { buttonsOf, cardText } from './support/card-text.js';
import { cardActionEvent, messageEvent, messageIdOf } from './support/lark-events.js';
import {
  APP_ID,
  APP_SECRET,
  type LarkStandIn,
  sentMessageId,
  startLarkStandIn,
} from './support/lark-stand-in.js';
import { larkTestConfig } from './support/lark-test-config.js';

const LUODIAN = 'Which companies signed in Luodian?';

let testEngine: TestEngine;
let standIn: LarkStandIn;
let logs: CapturedLogs;

function longConnectionBot(options: { slowOn?: string } = {}): LarkAdapter {
  const { engine } = recordingEngine(testEngine.engine, options);
  return createLarkBot(engine, larkTestConfig(standIn.domain, { mode: 'websocket' }), logs.logger);
}

beforeAll(async () => {
  testEngine = await createTestEngine();
});

afterAll(async () => {
  await testEngine.engine.close();
  await testEngine.cleanup();
});

beforeEach(async () => {
  standIn = await startLarkStandIn();
  logs = captureLogs();
});

afterEach(async () => {
  await standIn.close();
});

describe('the long connection', () => {
  it('is open once start() resolves, and serves no HTTP route', async () => {
    const lark = longConnectionBot();
    expect(lark.routes).toEqual([]);
    await lark.start();
    await standIn.longConnection.connected();
    expect(standIn.callsTo('ws.endpoint')[0]?.body).toEqual({
      AppID: APP_ID,
      AppSecret: APP_SECRET,
    });
    await lark.stop();
  });

  it('carries a question in, acknowledged at once, answered through the API, and once only when delivered twice', async () => {
    const lark = longConnectionBot();
    await lark.start();
    const question = messageEvent(LUODIAN);
    expect(await standIn.longConnection.send(question)).toEqual({ code: 200, data: undefined });
    const reply = await standIn.waitFor(
      'message.reply',
      (call) => call.messageId === messageIdOf(question),
    );
    expect(cardText(reply)).toBe((await testEngine.engine.answer(LUODIAN)).text.trim());

    await standIn.longConnection.send(question);
    await lark.settled();
    expect(standIn.callsTo('message.reply')).toHaveLength(1);
    await lark.stop();
  });

  it('carries a card callback in and the toast back', async () => {
    const lark = longConnectionBot();
    await lark.start();
    const question = messageEvent(LUODIAN);
    await standIn.longConnection.send(question);
    const reply = await standIn.waitFor(
      'message.reply',
      (call) => call.messageId === messageIdOf(question),
    );
    const down = buttonsOf(reply)[1];
    const click = cardActionEvent(down?.value, { messageId: sentMessageId(reply) });
    expect(await standIn.longConnection.send(click)).toEqual({
      code: 200,
      data: { toast: { type: 'success', content: 'Thanks for the feedback!' } },
    });
    await lark.stop();
  });

  it('is closed by stop(), which first waits for the answers in flight, and is not reopened', async () => {
    const lark = longConnectionBot({ slowOn: 'Luodian' });
    await lark.start();
    const question = messageEvent(LUODIAN);
    await standIn.longConnection.send(question);
    await lark.stop();
    expect(standIn.callsTo('message.reply').map((call) => call.messageId)).toEqual([
      messageIdOf(question),
    ]);
    await standIn.longConnection.disconnected();
    expect(standIn.callsTo('ws.endpoint')).toHaveLength(1);
    expect(logs.records().some((record) => record.msg === 'Lark adapter stopped')).toBe(true);
  });

  it('refused by Lark fails start() with the variables and the fix named', async () => {
    standIn.longConnection.refuseNext(514, 'auth failed');
    const lark = longConnectionBot();
    const failure = await lark.start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).message).toMatch(
      /^Lark refused the long connection \(.*code=514, msg=auth failed\)\. Copy the App ID/,
    );
    await lark.stop();
  });
});
