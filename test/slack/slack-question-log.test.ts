/**
 * The question log on Slack, end to end: real bolt listeners fed real payloads
 * (`app.processEvent`), the real Web API client against the stand-in on 127.0.0.1, a real
 * engine and a real log. Questions land in the log without the member id, a 👎 asks what
 * was wrong and records the reason once, and admins read /kb stats, gaps and digest.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createSlackApp } from '../../adapters/slack/index.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { SEED_NOW, SEED_TIME_ZONE, seedLog } from '../question-log/support/seeded-log.js';
import { logFileBytes, tempDataDir } from '../question-log/support/temp-data-dir.js';
import { captureLogs } from '../support/capture-logs.js';
import { feedbackRows, questionRows } from '../support/question-log-rows.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';
import { buttonsOf } from './support/message-blocks.js';
import {
  blockActions,
  mentionEvent,
  messageEvent,
  nextTs,
  slashCommand,
} from './support/slack-payloads.js';
import {
  type RecordedCall,
  type SlackStandIn,
  startSlackStandIn,
} from './support/slack-stand-in.js';
import { ADMIN_USER_ID, slackTestConfig } from './support/slack-test-config.js';

const LUODIAN = 'which companies signed in Luodian?';
const MEMBER = 'U07RAWMEMBER42';

let testEngine: TestEngine;
let standIn: SlackStandIn;

beforeAll(async () => {
  [testEngine, standIn] = await Promise.all([createTestEngine(), startSlackStandIn()]);
});

afterAll(async () => {
  await standIn.close();
  await testEngine.cleanup();
});

/** A started app over a new log (seeded when asked), stopped and closed when the test ends. */
async function startApp(options: { seeded?: boolean } = {}) {
  const dataDir = await tempDataDir();
  const clock = options.seeded ? { now: () => SEED_NOW } : {};
  const log = await QuestionLog.open({ dataDir, pruneDaily: false, ...clock });
  if (options.seeded) seedLog(log);
  const slack = createSlackApp(
    testEngine.engine,
    slackTestConfig(standIn.apiUrl, {
      questionLog: log,
      reportClock: { now: () => SEED_NOW, timeZone: SEED_TIME_ZONE },
    }),
    captureLogs().logger,
  );
  onTestFinished(async () => {
    await slack.stop();
    log.close();
  });
  await slack.start();
  /** Delivers a body as the receiver would; resolves with what the listeners acknowledged. */
  const deliver = async (body: Record<string, unknown>): Promise<unknown[]> => {
    const acks: unknown[] = [];
    await slack.app.processEvent({
      body,
      ack: async (response?: unknown) => void acks.push(response),
    });
    return acks;
  };
  return { log, dataDir, deliver };
}

/** The bot's answer to a mention in a channel (a thread under the question). */
function answerTo(question: ReturnType<typeof mentionEvent>): RecordedCall {
  const [answer] = standIn.callsTo(
    'chat.postMessage',
    (body) => body.channel === question.event.channel && body.thread_ts === question.event.ts,
  );
  if (answer === undefined) throw new Error('The mention was not answered');
  return answer;
}

/** A click by `userId` on a button, shaped as Slack sends it. */
function click(
  button: { actionId: string; value: string; blockId: string },
  userId: string,
  where: { channel: string; threadTs: string; responseUrl: string },
) {
  return blockActions({
    ...button,
    userId,
    channel: where.channel,
    messageTs: nextTs(),
    threadTs: where.threadTs,
    messageText: '',
    responseUrl: where.responseUrl,
  });
}

/** The text of a code block reply: what the admin reads. */
function codeBlockText(text: unknown): string {
  return String(text)
    .replace(/^```\n/, '')
    .replace(/\n```$/, '');
}

describe('questions asked on Slack', () => {
  it('are recorded from mentions, direct messages and /ask under a hash of the member id', async () => {
    const { log, dataDir, deliver } = await startApp();
    await deliver(mentionEvent({ text: LUODIAN, channel: 'C0LOGGED', user: MEMBER }));
    await deliver(
      messageEvent({
        text: '哪些企业在北上海生物医药产业园签约？',
        channel: 'D0LOGGED',
        channelType: 'im',
        user: MEMBER,
      }),
    );
    await deliver(
      slashCommand(
        '/ask',
        'what is the price of bananas on Mars?',
        MEMBER,
        standIn.responseUrl('logged'),
      ),
    );
    await standIn.waitForResponse('logged');

    const rows = questionRows(log.file);
    expect(
      rows.map(({ platform, language, answered, kind }) => [platform, language, answered, kind]),
    ).toEqual([
      ['slack', 'en', 1, 'answer'],
      ['slack', 'zh', 1, 'answer'],
      ['slack', 'en', 0, 'not_found'],
    ]);
    expect(new Set(rows.map((row) => row.userHash)).size).toBe(1);
    const bytes = await logFileBytes(dataDir);
    expect(bytes.includes(Buffer.from(LUODIAN))).toBe(true);
    expect(bytes.includes(Buffer.from(MEMBER))).toBe(false);
  });
});

describe('a 👎', () => {
  it('asks the rater alone what was wrong, and records the reason picked once, however often clicked', async () => {
    const { log, deliver } = await startApp();
    const question = mentionEvent({ text: LUODIAN, channel: 'C0REASON', user: MEMBER });
    await deliver(question);
    const down = buttonsOf(answerTo(question)).find(
      (button) => button.actionId === 'feedback_down',
    );
    if (down === undefined) throw new Error('The answer has no 👎 button');
    const where = {
      channel: 'C0REASON',
      threadTs: question.event.ts,
      responseUrl: standIn.responseUrl('reason'),
    };

    await deliver(click(down, 'U0RATER', where));
    await deliver(click(down, 'U0RATER', where));
    const prompts = standIn.callsTo('chat.postEphemeral', (body) => body.channel === 'C0REASON');
    expect(prompts).toHaveLength(2);
    expect(prompts[0]?.body).toMatchObject({
      user: 'U0RATER',
      thread_ts: question.event.ts,
      text: 'What was wrong?',
    });
    const reasons = buttonsOf(prompts[0]);
    expect(reasons.map((button) => button.actionId)).toEqual([
      'feedback_reason_wrong',
      'feedback_reason_incomplete',
      'feedback_reason_not_asked',
    ]);
    // The 👎 clicked again is thanked, not asked again.
    expect(prompts[1]?.body.text).toBe('Thanks for the feedback!');

    const notAsked = reasons[2] as (typeof reasons)[number];
    await deliver(click(notAsked, 'U0RATER', where));
    await deliver(click(notAsked, 'U0RATER', where));
    const ratings = feedbackRows(log.file, down.value);
    expect(ratings.map(({ rating, reason }) => ({ rating, reason }))).toEqual([
      { rating: 'down', reason: 'not_asked' },
    ]);
    const replaced = await standIn.waitForResponse('reason');
    expect(replaced.body).toMatchObject({
      replace_original: true,
      text: 'What was wrong? Not what I asked\nThanks for the feedback!',
    });
  });

  it('on a Chinese answer asks in Chinese', async () => {
    const { deliver } = await startApp();
    const question = mentionEvent({
      text: '哪些企业在北上海生物医药产业园签约？',
      channel: 'C0ZHREASON',
    });
    await deliver(question);
    const down = buttonsOf(answerTo(question)).find(
      (button) => button.actionId === 'feedback_down',
    );
    if (down === undefined) throw new Error('The answer has no 👎 button');
    const where = {
      channel: 'C0ZHREASON',
      threadTs: question.event.ts,
      responseUrl: standIn.responseUrl('zh'),
    };
    await deliver(click(down, 'U0RATER', where));

    const [prompt] = standIn.callsTo('chat.postEphemeral', (body) => body.channel === 'C0ZHREASON');
    expect(prompt?.body.text).toBe('哪里不对？');
    const blocks = prompt?.body.blocks as { elements?: { text: { text: string } }[] }[];
    expect(
      blocks.flatMap((block) => block.elements ?? []).map((button) => button.text.text),
    ).toEqual(['答案有误', '不完整', '答非所问']);
  });
});

describe('/kb reports on a log of 258 questions', () => {
  it('/kb stats shows an admin the month’s figures in a code block', async () => {
    const { deliver } = await startApp({ seeded: true });
    const [ack] = await deliver(
      slashCommand('/kb', 'stats', ADMIN_USER_ID, standIn.responseUrl('stats')),
    );
    const reply = ack as { response_type: string; text: string };
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text.startsWith('```\n')).toBe(true);
    const text = codeBlockText(reply.text);
    expect(text).toContain('Questions, 2025-06-01 to 2025-06-30 (Asia/Shanghai): 258');
    expect(text).toContain('Answered: 50% (129 of 258)');
    expect(text).toContain('  slack     86 questions, answered 0%, 👎 –');
  });

  it('/kb gaps and /kb digest answer the admin privately once ready', async () => {
    const { deliver } = await startApp({ seeded: true });
    await deliver(slashCommand('/kb', 'gaps', ADMIN_USER_ID, standIn.responseUrl('gaps')));
    await deliver(slashCommand('/kb', 'digest', ADMIN_USER_ID, standIn.responseUrl('digest')));

    const gaps = await standIn.waitForResponse('gaps');
    expect(gaps.body.response_type).toBe('ephemeral');
    expect(codeBlockText(gaps.body.text)).toMatch(
      /^Knowledge gaps, 2025-06-01 to 2025-06-30 \(Asia\/Shanghai\): 172 questions refused or rated 👎\n/,
    );
    const digest = await standIn.waitForResponse('digest');
    expect(codeBlockText(digest.body.text)).toMatch(/^Weekly digest, 2025-06-30\n/);
  });

  it('refuses /kb stats to anyone else, naming their user id', async () => {
    const { deliver } = await startApp({ seeded: true });
    const [ack] = await deliver(
      slashCommand('/kb', 'stats', MEMBER, standIn.responseUrl('refused')),
    );
    expect(ack).toEqual({
      response_type: 'ephemeral',
      text: `Only admins can run /kb stats. Your user id is ${MEMBER}; an admin can add it to SLACK_ADMIN_USER_IDS.`,
    });
  });
});
