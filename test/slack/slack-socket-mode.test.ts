/**
 * Socket Mode (SLACK_APP_TOKEN set): start() opens the connection through the Web API and a
 * WebSocket, events arrive as envelopes and are acknowledged over the socket, and stop()
 * closes it. Slack's end is a stand-in on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, type SlackAdapter } from '../../adapters/slack/index.js';
import { type CapturedLogs, captureLogs } from '../support/capture-logs.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { sectionText } from './support/message-blocks.js';
import { mentionEvent, slashCommand } from './support/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from './support/slack-stand-in.js';
import { slackTestConfig } from './support/slack-test-config.js';
import { type SocketModeStandIn, startSocketModeStandIn } from './support/socket-mode-stand-in.js';

const APP_TOKEN = 'xapp-1-A0KBAPP-test-app-token-0123456789';
const LUODIAN = 'which companies signed in Luodian?';

let testEngine: TestEngine;
let standIn: SlackStandIn;
let socket: SocketModeStandIn;
let log: CapturedLogs;
let slack: SlackAdapter;

beforeAll(async () => {
  [testEngine, standIn, socket] = await Promise.all([
    createTestEngine(),
    startSlackStandIn(),
    startSocketModeStandIn(),
  ]);
  standIn.socketUrl = socket.url;
  log = captureLogs();
  slack = createSlackApp(
    testEngine.engine,
    slackTestConfig(standIn.apiUrl, { appToken: APP_TOKEN, signingSecret: undefined }),
    log.logger,
  );
});

afterAll(async () => {
  await slack?.stop();
  await socket?.close();
  await standIn?.close();
  await testEngine?.engine.close();
  await testEngine?.cleanup();
});

function eventsApiEnvelope(envelopeId: string, payload: object, retryAttempt = 0) {
  return {
    envelope_id: envelopeId,
    type: 'events_api',
    payload,
    accepts_response_payload: false,
    retry_attempt: retryAttempt,
    retry_reason: retryAttempt === 0 ? '' : 'timeout',
  };
}

describe('Slack in Socket Mode', () => {
  it('serves no HTTP route and connects with the app token when started', async () => {
    expect(slack.routes).toEqual([]);
    await slack.start();

    const [open] = standIn.callsTo('apps.connections.open');
    expect(open?.authorization).toBe(`Bearer ${APP_TOKEN}`);
  });

  it('acknowledges an event over the socket and answers the mention in its thread', async () => {
    const question = mentionEvent({ text: LUODIAN, channel: 'C0SOCKET' });
    socket.send(eventsApiEnvelope('env-1', question));

    await socket.waitForAck('env-1');
    const answer = await standIn.waitFor(
      'chat.postMessage',
      (body) => body.channel === 'C0SOCKET' && body.thread_ts === question.event.ts,
    );
    expect(sectionText(answer)).toContain('DiaSorin');
  });

  it('answers an event redelivered in a new envelope only once', async () => {
    const question = mentionEvent({ text: LUODIAN, channel: 'C0SOCKETRETRY' });
    socket.send(eventsApiEnvelope('env-2', question));
    socket.send(eventsApiEnvelope('env-3', question, 1));

    await Promise.all([socket.waitForAck('env-2'), socket.waitForAck('env-3')]);
    await standIn.waitFor('chat.postMessage', (body) => body.channel === 'C0SOCKETRETRY');
    await log.waitFor(
      (line) =>
        line.msg === 'Ignored a redelivered Slack event' && line.eventId === question.event_id,
    );
    expect(
      standIn.callsTo('chat.postMessage', (body) => body.channel === 'C0SOCKETRETRY'),
    ).toHaveLength(1);
  });

  it('acknowledges /ask with its "looking that up" reply in the socket acknowledgement', async () => {
    socket.send({
      envelope_id: 'env-4',
      type: 'slash_commands',
      payload: slashCommand('/ask', LUODIAN, 'U0ASKER', standIn.responseUrl('socket-ask')),
      accepts_response_payload: true,
    });

    const ack = await socket.waitForAck('env-4');
    expect(ack.payload).toEqual({ response_type: 'ephemeral', text: 'Looking that up…' });
    const reply = await standIn.waitForResponse('socket-ask');
    expect(sectionText(reply)).toContain('Shanghai Pharma');
  });

  it('closes the socket when stopped, and never logs the app token', async () => {
    await slack.stop();
    await socket.closed;

    expect(log.text()).not.toContain(APP_TOKEN);
  });
});
