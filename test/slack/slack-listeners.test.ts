import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../adapters/slack/escape-mrkdwn.js';
import { createSlackApp, type SlackAdapter } from '../../adapters/slack/index.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { type CapturedLogs, captureLogs } from '../support/capture-logs.js';
import { feedbackRows } from '../support/question-log-rows.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { buttonsOf, contextText, sectionText } from './support/message-blocks.js';
import {
  blockActions,
  mentionEvent,
  messageEvent,
  nextTs,
  slashCommand,
} from './support/slack-payloads.js';
import {
  BOT_ID,
  BOT_USER_ID,
  type SlackStandIn,
  startSlackStandIn,
} from './support/slack-stand-in.js';
import {
  ADMIN_USER_ID,
  BOT_TOKEN,
  SIGNING_SECRET,
  slackTestConfig,
} from './support/slack-test-config.js';

const LUODIAN = 'which companies signed in Luodian?';

let testEngine: TestEngine;
let standIn: SlackStandIn;
let log: CapturedLogs;
let slack: SlackAdapter;
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
  await slack.start();
});

afterAll(async () => {
  await slack?.stop();
  await standIn?.close();
  questionLog?.close();
  await testEngine?.engine.close();
  await testEngine?.cleanup();
});

/** Delivers a body as the receiver would and returns what the listeners acknowledged with. */
async function deliver(body: Record<string, unknown>, retryNum?: number): Promise<unknown[]> {
  const acks: unknown[] = [];
  await slack.app.processEvent({
    body,
    retryNum,
    ack: async (response?: unknown) => void acks.push(response),
  });
  return acks;
}

/** The messages that appeared in a channel or thread (failed posts are not seen). */
const postsIn = (channel: string, threadTs?: string) =>
  standIn
    .callsTo('chat.postMessage', (body) => body.channel === channel && body.thread_ts === threadTs)
    .filter((call) => call.ok);

describe('questions in channels', () => {
  it('answers a mention in a thread under the question, naming the companies with numbered sources', async () => {
    const body = mentionEvent({ text: LUODIAN, channel: 'C0MENTION' });
    await deliver(body);

    const [post, ...others] = postsIn('C0MENTION', body.event.ts);
    expect(others).toHaveLength(0);
    expect(post?.body.text).toContain('Shanghai Pharma');
    expect(sectionText(post)).toContain('DiaSorin');
    expect(contextText(post)).toMatch(/^\*Sources\*\n1\. /);
    expect(post?.body.unfurl_links).toBe('false');
    expect(post?.body.unfurl_media).toBe('false');
    expect(buttonsOf(post).map((button) => button.actionId)).toEqual([
      'feedback_up',
      'feedback_down',
    ]);
  });

  it('shows an hourglass on the question while working and removes it afterwards', async () => {
    const body = mentionEvent({ text: LUODIAN, channel: 'C0REACT' });
    await deliver(body);

    const onQuestion = (call: { body: Record<string, unknown> }) =>
      call.body.channel === 'C0REACT' && call.body.timestamp === body.event.ts;
    expect(
      standIn
        .callsTo('reactions.add')
        .filter(onQuestion)
        .map((call) => call.body.name),
    ).toEqual(['hourglass_flowing_sand']);
    expect(standIn.callsTo('reactions.remove').filter(onQuestion)).toHaveLength(1);
  });

  it('answers a mention made inside a thread in that same thread', async () => {
    const parent = nextTs();
    const body = mentionEvent({ text: LUODIAN, channel: 'C0INTHREAD', threadTs: parent });
    await deliver(body);

    expect(postsIn('C0INTHREAD', parent)).toHaveLength(1);
    expect(postsIn('C0INTHREAD', body.event.ts)).toHaveLength(0);
  });

  it('takes a reply in a thread it answered as a follow-up, passing the thread to the engine', async () => {
    const question = mentionEvent({ text: LUODIAN, channel: 'C0FOLLOW' });
    const thread = question.event.ts;
    await deliver(question);
    await deliver(
      messageEvent({
        text: 'how much did they invest in total?',
        channel: 'C0FOLLOW',
        channelType: 'channel',
        threadTs: thread,
      }),
    );

    const [, followUp] = postsIn('C0FOLLOW', thread);
    const first = await testEngine.engine.answer(LUODIAN);
    const expected = await testEngine.engine.answer('how much did they invest in total?', [
      { role: 'user', text: LUODIAN },
      { role: 'assistant', text: first.text },
    ]);
    expect(followUp?.body.text).toContain('10 billion');
    expect(sectionText(followUp)).toBe(escapeMrkdwn(expected.text));
  });

  it('stays out of threads it has not answered in and out of plain channel chatter', async () => {
    await deliver(
      messageEvent({
        text: 'how much did they invest in total?',
        channel: 'C0QUIET',
        channelType: 'channel',
        threadTs: nextTs(),
      }),
    );
    await deliver(
      messageEvent({
        text: 'which companies signed in Luodian?',
        channel: 'C0QUIET',
        channelType: 'channel',
      }),
    );

    expect(standIn.callsTo('chat.postMessage', (body) => body.channel === 'C0QUIET')).toHaveLength(
      0,
    );
  });

  it('answers a mention in a followed thread once, although Slack also sends it as a message', async () => {
    const question = mentionEvent({ text: LUODIAN, channel: 'C0TWICE' });
    const thread = question.event.ts;
    await deliver(question);
    const ts = nextTs();
    const text = `<@${BOT_USER_ID}> how much did they invest in total?`;
    await deliver(
      messageEvent({ text, ts, channel: 'C0TWICE', channelType: 'channel', threadTs: thread }),
    );
    await deliver(
      mentionEvent({
        text: 'how much did they invest in total?',
        ts,
        channel: 'C0TWICE',
        threadTs: thread,
      }),
    );

    expect(postsIn('C0TWICE', thread)).toHaveLength(2);
  });

  it('ignores its own messages, other bots, edits and deletions in a thread it follows', async () => {
    const question = mentionEvent({ text: LUODIAN, channel: 'C0BOTS' });
    const thread = question.event.ts;
    await deliver(question);
    const inThread = {
      text: 'how much did they invest in total?',
      channel: 'C0BOTS',
      channelType: 'channel',
      threadTs: thread,
    };
    await deliver(
      messageEvent(inThread, { subtype: 'bot_message', bot_id: BOT_ID, user: undefined }),
    );
    await deliver(messageEvent(inThread, { bot_id: 'B0OTHER' }));
    await deliver(messageEvent({ ...inThread, user: BOT_USER_ID }));
    await deliver(
      messageEvent(inThread, { subtype: 'message_changed', message: { text: 'and how much?' } }),
    );
    await deliver(messageEvent(inThread, { subtype: 'message_deleted' }));
    await deliver(messageEvent(inThread, { subtype: 'channel_join' }));
    await deliver(
      mentionEvent({ text: LUODIAN, channel: 'C0BOTS', threadTs: thread }, { bot_id: 'B0OTHER' }),
    );

    expect(postsIn('C0BOTS', thread)).toHaveLength(1);
  });

  it('answers a redelivered event (same event_id) only once', async () => {
    const body = mentionEvent({ text: LUODIAN, channel: 'C0RETRY' });
    await deliver(body);
    await deliver(body, 1);

    expect(postsIn('C0RETRY', body.event.ts)).toHaveLength(1);
    expect(
      log
        .records()
        .some(
          (line) =>
            line.msg === 'Ignored a redelivered Slack event' && line.eventId === body.event_id,
        ),
    ).toBe(true);
  });

  it('answers even when the working indicator is refused, and logs the refusal', async () => {
    standIn.failNext('reactions.add', 'missing_scope');
    const body = mentionEvent({ text: LUODIAN, channel: 'C0NOSCOPE' });
    await deliver(body);

    expect(postsIn('C0NOSCOPE', body.event.ts)).toHaveLength(1);
    expect(
      log
        .records()
        .some(
          (line) =>
            line.level === 40 &&
            line.channel === 'C0NOSCOPE' &&
            String(line.reason).includes('missing_scope'),
        ),
    ).toBe(true);
  });

  it("posts the engine's refusal of an overlong question, without feedback buttons", async () => {
    const body = mentionEvent({ text: 'why '.repeat(400), channel: 'C0LONG' });
    await deliver(body);

    const [post] = postsIn('C0LONG', body.event.ts);
    expect(post?.body.text).toContain('the limit is 1,000');
    expect(buttonsOf(post)).toHaveLength(0);
  });

  it('apologizes in the thread and logs the event id when posting the answer fails', async () => {
    standIn.failNext('chat.postMessage', 'channel_not_found');
    const body = mentionEvent({ text: LUODIAN, channel: 'C0FAIL' });
    await deliver(body);

    const [apology] = postsIn('C0FAIL', body.event.ts);
    expect(apology?.body.text).toMatch(/^Sorry, something went wrong/);
    const failure = log
      .records()
      .find((line) => line.level === 50 && line.eventId === body.event_id);
    expect(failure?.reason).toContain('channel_not_found');
  });
});

describe('direct messages', () => {
  it('answers a Chinese direct message in the DM, in Chinese', async () => {
    await deliver(
      messageEvent({
        text: '哪些企业在北上海生物医药产业园签约？',
        channel: 'D0ZH',
        channelType: 'im',
      }),
    );

    const [post] = postsIn('D0ZH', undefined);
    expect(post?.body.text).toContain('上海医药');
    expect(contextText(post)).toMatch(/^\*来源\*/);
    expect(buttonsOf(post)[0]?.blockId).toBe('feedback_zh');
  });

  it('heads the nearest documents as such when the answer is not in the knowledge base', async () => {
    await deliver(
      messageEvent({
        text: 'what is the price of bananas on Mars?',
        channel: 'D0NOTFOUND',
        channelType: 'im',
      }),
    );

    const [post] = postsIn('D0NOTFOUND', undefined);
    expect(post?.body.text).toContain("I couldn't find this");
    expect(contextText(post)).toMatch(/^\*Nearest documents\*/);
    expect(buttonsOf(post)).toHaveLength(0);
  });

  it('limits how fast one person may ask, with a polite message instead of an answer', async () => {
    const strict = createSlackApp(
      testEngine.engine,
      slackTestConfig(standIn.apiUrl, {
        limits: { maxQuestionChars: 1000, questionsPerWindow: 1, rateWindowSeconds: 60 },
      }),
      log.logger,
    );
    await strict.start();
    try {
      for (const text of [LUODIAN, 'how much did they invest in total?']) {
        await strict.app.processEvent({
          body: messageEvent({ text, channel: 'D0FAST', channelType: 'im', user: 'U0FAST' }),
          ack: async () => {},
        });
      }
    } finally {
      await strict.stop();
    }
    expect(postsIn('D0FAST', undefined)).toHaveLength(1);
    const [notice] = standIn.callsTo('chat.postEphemeral', (body) => body.channel === 'D0FAST');
    expect(notice?.body).toMatchObject({ user: 'U0FAST' });
    expect(notice?.body.text).toMatch(/Please ask again in \d+ s\./);
  });
});

describe('slash commands', () => {
  it('acknowledges /ask at once and posts the answer in the channel through the response URL', async () => {
    const acks = await deliver(
      slashCommand('/ask', LUODIAN, 'U0ASKER', standIn.responseUrl('ask-1')),
    );

    expect(acks).toEqual([{ response_type: 'ephemeral', text: 'Looking that up…' }]);
    const [reply] = standIn
      .callsTo('response_url')
      .filter((call) => call.path === '/response/ask-1');
    expect(reply?.body.response_type).toBe('in_channel');
    expect(reply?.body.text).toContain('DiaSorin');
    expect(buttonsOf(reply)).toHaveLength(2);
  });

  it('shows /kb status to an admin', async () => {
    const [ack] = await deliver(
      slashCommand('/kb', 'status', ADMIN_USER_ID, standIn.responseUrl('kb-status')),
    );

    expect(ack).toMatchObject({ response_type: 'ephemeral' });
    expect((ack as { text: string }).text).toMatch(/Documents: \d+, passages: \d+\./);
  });

  it('refuses /kb reload to anyone else, naming their user id, and logs the attempt', async () => {
    const [ack] = await deliver(
      slashCommand('/kb', 'reload', 'U0INTRUDER', standIn.responseUrl('kb-refused')),
    );

    expect(ack).toEqual({
      response_type: 'ephemeral',
      text: 'Only admins can run /kb reload. Your user id is U0INTRUDER; an admin can add it to SLACK_ADMIN_USER_IDS.',
    });
    expect(
      log
        .records()
        .some(
          (line) =>
            line.level === 40 && line.userId === 'U0INTRUDER' && line.code === 'NOT_AUTHORIZED',
        ),
    ).toBe(true);
    expect(
      standIn.callsTo('response_url').filter((call) => call.path === '/response/kb-refused'),
    ).toHaveLength(0);
  });

  it('explains /kb usage for any other argument', async () => {
    const [ack] = await deliver(
      slashCommand('/kb', 'rebuild everything', ADMIN_USER_ID, standIn.responseUrl('kb-usage')),
    );

    expect((ack as { text: string }).text).toMatch(/^Usage: `\/kb reload`.*`\/kb status`/);
  });
});

describe('feedback buttons', () => {
  it('acknowledges a 👍, records it in the shared question log and thanks the user privately', async () => {
    const question = mentionEvent({ text: LUODIAN, channel: 'C0RATE' });
    await deliver(question);
    const [answer] = postsIn('C0RATE', question.event.ts);
    const [up] = buttonsOf(answer);
    const click = blockActions({
      actionId: up?.actionId ?? '',
      value: up?.value ?? '',
      blockId: up?.blockId ?? '',
      userId: 'U0RATER',
      channel: 'C0RATE',
      messageTs: nextTs(),
      threadTs: question.event.ts,
      messageText: String(answer?.body.text),
      responseUrl: standIn.responseUrl('rate'),
    });
    const acks = await deliver(click);

    expect(acks).toEqual([undefined]);
    const ratings = feedbackRows(questionLog.file, up?.value ?? '');
    expect(ratings.map(({ rating, reason }) => ({ rating, reason }))).toEqual([
      { rating: 'up', reason: null },
    ]);
    const [thanks] = standIn.callsTo('chat.postEphemeral', (body) => body.channel === 'C0RATE');
    expect(thanks?.body).toMatchObject({ user: 'U0RATER', thread_ts: question.event.ts });
    expect(thanks?.body.text).toMatch(/^Thanks for the feedback/);
  });
});

describe('secrets', () => {
  it('never writes the bot token or the signing secret to the log', () => {
    expect(log.records().length).toBeGreaterThan(10);
    expect(log.text()).not.toContain(BOT_TOKEN);
    expect(log.text()).not.toContain(SIGNING_SECRET);
  });

  it('sends the bot token to the Web API only', () => {
    expect(
      standIn
        .callsTo('chat.postMessage')
        .every((call) => call.authorization === `Bearer ${BOT_TOKEN}`),
    ).toBe(true);
  });
});
