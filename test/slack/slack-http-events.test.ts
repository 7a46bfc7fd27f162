import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSlackApp,
  SLACK_EVENTS_PATH,
  type SlackAdapter,
} from '../../adapters/slack/index.js';
import { type HttpServer, startHttpServer } from '../../src/http/start-http-server.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { type CapturedLogs, captureLogs } from '../support/capture-logs.js';
import { feedbackRows } from '../support/question-log-rows.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { buttonsOf, contextText, sectionText } from './support/message-blocks.js';
import { postCommand, postEvent, postInteraction } from './support/signed-request.js';
import {
  blockActions,
  eventEnvelope,
  mentionEvent,
  messageEvent,
  slashCommand,
} from './support/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from './support/slack-stand-in.js';
import {
  ADMIN_USER_ID,
  BOT_TOKEN,
  SIGNING_SECRET,
  slackTestConfig,
} from './support/slack-test-config.js';

const LUODIAN = 'which companies signed in Luodian?';
const signed = { signingSecret: SIGNING_SECRET };

let testEngine: TestEngine;
let standIn: SlackStandIn;
let log: CapturedLogs;
let slack: SlackAdapter;
let server: HttpServer;
let eventsUrl: string;
let questionLog: QuestionLog;

beforeAll(async () => {
  [testEngine, standIn] = await Promise.all([createTestEngine(), startSlackStandIn()]);
  log = captureLogs();
  questionLog = await QuestionLog.open({ dataDir: testEngine.dataDir, pruneDaily: false });
  slack = createSlackApp(
    testEngine.engine,
    slackTestConfig(standIn.apiUrl, { questionLog }),
    log.logger,
  );
  server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    routes: slack.routes,
    health: () => ({ adapters: ['slack'] }),
    logger: log.logger,
  });
  eventsUrl = `http://127.0.0.1:${server.port}${SLACK_EVENTS_PATH}`;
  await slack.start();
});

afterAll(async () => {
  await slack?.stop();
  await server?.close();
  await standIn?.close();
  questionLog?.close();
  await testEngine?.engine.close();
  await testEngine?.cleanup();
});

const answerIn = (channel: string, threadTs?: string) =>
  standIn.waitFor(
    'chat.postMessage',
    (body) => body.channel === channel && body.thread_ts === threadTs,
  );

describe('Slack over HTTP', () => {
  it('answers GET /healthz on the same server', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', adapters: ['slack'] });
  });

  it("answers Slack's URL verification challenge", async () => {
    const response = await postEvent(
      eventsUrl,
      { type: 'url_verification', token: 'x', challenge: 'c-123' },
      signed,
    );
    expect(await response.json()).toEqual({ challenge: 'c-123' });
  });

  it('answers a mention in a thread under the question, naming the companies with sources', async () => {
    const question = mentionEvent({ text: LUODIAN, channel: 'C0HTTP' });
    const response = await postEvent(eventsUrl, question, signed);
    expect(response.status).toBe(200);

    const answer = await answerIn('C0HTTP', question.event.ts);
    expect(sectionText(answer)).toContain('Shanghai Pharma');
    expect(sectionText(answer)).toContain('DiaSorin');
    expect(contextText(answer)).toMatch(/^\*Sources\*\n1\. .*SHINE/);
  });

  it('answers a follow-up in that thread without a new mention', async () => {
    const question = mentionEvent({ text: LUODIAN, channel: 'C0HTTPFOLLOW' });
    await postEvent(eventsUrl, question, signed);
    await answerIn('C0HTTPFOLLOW', question.event.ts);
    const followUp = messageEvent({
      text: 'how much did they invest in total?',
      channel: 'C0HTTPFOLLOW',
      channelType: 'channel',
      threadTs: question.event.ts,
    });
    await postEvent(eventsUrl, followUp, signed);

    const answer = await standIn.waitFor(
      'chat.postMessage',
      (body) =>
        body.channel === 'C0HTTPFOLLOW' &&
        String(body.text).includes('10 billion') &&
        body.thread_ts === question.event.ts,
    );
    expect(answer.body.thread_ts).toBe(question.event.ts);
  });

  it('answers a Chinese direct message in Chinese, in the DM', async () => {
    await postEvent(
      eventsUrl,
      messageEvent({
        text: '哪些企业在北上海生物医药产业园签约？',
        channel: 'D0HTTPZH',
        channelType: 'im',
      }),
      signed,
    );

    const answer = await answerIn('D0HTTPZH');
    expect(sectionText(answer)).toContain('上海医药');
    expect(contextText(answer)).toMatch(/^\*来源\*/);
  });

  it('rejects a request with a bad signature (401) and answers nothing', async () => {
    const forged = mentionEvent({ text: LUODIAN, channel: 'C0FORGED' });
    const response = await postEvent(eventsUrl, forged, {
      ...signed,
      signature: `v0=${'0'.repeat(64)}`,
    });
    expect(response.status).toBe(401);
    const signedWithAnotherSecret = await postEvent(eventsUrl, forged, {
      signingSecret: 'not-the-secret-at-all',
    });
    expect(signedWithAnotherSecret.status).toBe(401);

    // A genuine question sent afterwards is answered; the forged one never is.
    const genuine = mentionEvent({ text: LUODIAN, channel: 'C0GENUINE' });
    await postEvent(eventsUrl, genuine, signed);
    await answerIn('C0GENUINE', genuine.event.ts);
    expect(standIn.calls.filter((call) => call.body.channel === 'C0FORGED')).toEqual([]);
  });

  it('rejects a correctly signed request older than five minutes (401)', async () => {
    const replayed = mentionEvent({ text: LUODIAN, channel: 'C0STALE' });
    const response = await postEvent(eventsUrl, replayed, {
      ...signed,
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(response.status).toBe(401);
  });

  it('answers an event once when Slack redelivers it with x-slack-retry-num', async () => {
    const question = mentionEvent({ text: LUODIAN, channel: 'C0HTTPRETRY' });
    const retry = {
      ...signed,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    };
    const responses = await Promise.all([
      postEvent(eventsUrl, question, signed),
      postEvent(eventsUrl, question, retry),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);

    await answerIn('C0HTTPRETRY', question.event.ts);
    await log.waitFor(
      (line) =>
        line.msg === 'Ignored a redelivered Slack event' && line.eventId === question.event_id,
    );
    expect(
      standIn.callsTo('chat.postMessage', (body) => body.channel === 'C0HTTPRETRY'),
    ).toHaveLength(1);
  });

  it('acknowledges /ask at once and posts the answer through the response URL', async () => {
    const response = await postCommand(
      eventsUrl,
      slashCommand('/ask', LUODIAN, 'U0ASKER', standIn.responseUrl('http-ask')),
      signed,
    );
    expect(await response.json()).toEqual({ response_type: 'ephemeral', text: 'Looking that up…' });

    const reply = await standIn.waitForResponse('http-ask');
    expect(reply.body.response_type).toBe('in_channel');
    expect(sectionText(reply)).toContain('DiaSorin');
  });

  it('runs /kb reload for an admin and posts the reload report', async () => {
    const response = await postCommand(
      eventsUrl,
      slashCommand('/kb', 'reload', ADMIN_USER_ID, standIn.responseUrl('http-reload')),
      signed,
    );
    expect(await response.json()).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/^Reloading/),
    });

    const report = await standIn.waitForResponse('http-reload');
    expect(report.body.response_type).toBe('ephemeral');
    expect(report.body.text).toMatch(/Reloaded in [\d.]+ s: \d+ documents, \d+ passages/);
  });

  it('refuses /kb reload to anyone else with an ephemeral message naming their user id', async () => {
    const response = await postCommand(
      eventsUrl,
      slashCommand('/kb', 'reload', 'U0NOTADMIN', standIn.responseUrl('http-refused')),
      signed,
    );
    expect(await response.json()).toEqual({
      response_type: 'ephemeral',
      text: 'Only admins can run /kb reload. Your user id is U0NOTADMIN; an admin can add it to SLACK_ADMIN_USER_IDS.',
    });
    expect(log.records().some((line) => line.level === 40 && line.userId === 'U0NOTADMIN')).toBe(
      true,
    );
  });

  it('acknowledges a 👍 click and records it in the question log shared with Telegram', async () => {
    const question = mentionEvent({ text: LUODIAN, channel: 'C0HTTPRATE' });
    await postEvent(eventsUrl, question, signed);
    const answer = await answerIn('C0HTTPRATE', question.event.ts);
    const [up] = buttonsOf(answer);
    const click = blockActions({
      actionId: up?.actionId ?? '',
      value: up?.value ?? '',
      blockId: up?.blockId ?? '',
      userId: 'U0RATER',
      channel: 'C0HTTPRATE',
      messageTs: '1800000000.999999',
      threadTs: question.event.ts,
      messageText: String(answer.body.text),
      responseUrl: standIn.responseUrl('http-rate'),
    });
    const response = await postInteraction(eventsUrl, click, signed);
    expect(response.status).toBe(200);

    await standIn.waitFor('chat.postEphemeral', (body) => body.channel === 'C0HTTPRATE');
    const ratings = feedbackRows(questionLog.file, up?.value ?? '');
    expect(ratings.map(({ rating, reason }) => ({ rating, reason }))).toEqual([
      { rating: 'up', reason: null },
    ]);
  });

  it('never logs the bot token or the signing secret', () => {
    expect(log.text()).not.toContain(BOT_TOKEN);
    expect(log.text()).not.toContain(SIGNING_SECRET);
  });

  it('finishes the answers in flight when stopped, then turns requests away', async () => {
    const question = mentionEvent({ text: LUODIAN, channel: 'C0STOPPING' });
    expect((await postEvent(eventsUrl, question, signed)).status).toBe(200);
    await slack.stop();

    expect(
      standIn.callsTo('chat.postMessage', (body) => body.channel === 'C0STOPPING'),
    ).toHaveLength(1);
    const late = await postEvent(
      eventsUrl,
      eventEnvelope({
        type: 'app_mention',
        ts: '1.0',
        channel: 'C0LATE',
        user: 'U0LATE',
        text: 'hi',
      }),
      signed,
    );
    expect(late.status).toBe(503);
  });
});
