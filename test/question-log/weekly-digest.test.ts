import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { scheduleDigest } from '../../src/question-log/schedule-digest.js';
import { composeDigest } from '../../src/question-log/weekly-digest.js';
import { buildFixtureSnapshot, type FixtureSnapshot } from './support/fixture-snapshot.js';
import { SEED_NOW, SEED_TIME_ZONE, seedLog } from './support/seeded-log.js';

let fixture: FixtureSnapshot;
let dataDir: string;
let log: QuestionLog;

beforeAll(async () => {
  fixture = await buildFixtureSnapshot();
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-question-log-digest-'));
  log = await QuestionLog.open({ dataDir, pruneDaily: false, now: () => SEED_NOW });
  seedLog(log);
});

afterAll(async () => {
  log.close();
  await fs.rm(dataDir, { recursive: true, force: true });
  await fixture.cleanup();
});

describe('the weekly digest', () => {
  it("combines the month's usage figures with the week's knowledge gaps", async () => {
    const digest = await composeDigest(log, fixture.snapshot, {
      now: SEED_NOW,
      timeZone: SEED_TIME_ZONE,
    });
    expect(digest).toBe(
      [
        'Weekly digest, 2025-06-30',
        '',
        'Questions, 2025-06-01 to 2025-06-30 (Asia/Shanghai): 258',
        '▂▃▄▅▆▇██▂▃▄▅▆▇██▂▃▄▅▆▇██▂▃▄▅▆▇  peak 16 on 2025-06-08',
        'Answered: 50% (129 of 258)',
        '👎: 25% of 172 ratings (43 👎; wrong 15, incomplete 14, not what was asked 14)',
        '',
        'By platform:',
        '  lark      86 questions, answered 100%, 👎 33%',
        '  slack     86 questions, answered 0%, 👎 –',
        '  telegram  86 questions, answered 50%, 👎 0%',
        'By language:',
        '  en  129 questions, answered 33%, 👎 0%',
        '  zh  129 questions, answered 67%, 👎 50%',
        '',
        'Most asked:',
        '  43× what is the membership fee',
        '  43× when is the 2025 subsidy application deadline',
        '  43× who leads the north shanghai biomedical industrial park',
        '  43× 会费是多少',
        '  43× 北上海生物医药产业园由谁负责',
        '  22× 2025年补贴申请截止时间是什么时候',
        '  21× 2025年补贴什么时候截止申请',
        '',
        'Knowledge gaps, 2025-06-24 to 2025-06-30 (Asia/Shanghai): 38 questions refused or rated 👎',
        '20 questions about membership fee: 10 refused, 10 answered but rated 👎 (wrong 4, incomplete 3, not what was asked 3)',
        '  · What is the membership fee?',
        '  · 会费是多少？',
        '18 questions about 2025 subsidy application deadline: nothing in the knowledge base',
        '  · When is the 2025 subsidy application deadline?',
        '  · 2025年补贴申请截止时间是什么时候？',
      ].join('\n'),
    );
  });

  it('says why the gaps are missing when there is no snapshot yet', async () => {
    const digest = await composeDigest(log, null, { now: SEED_NOW, timeZone: SEED_TIME_ZONE });
    expect(digest.split('\n').at(-1)).toBe(
      'Knowledge gaps: no snapshot yet to analyse the questions with; reload the knowledge base.',
    );
  });
});

describe('the digest schedule', () => {
  const SUNDAY_NOON_IN_SHANGHAI = new Date('2025-06-29T04:00:00Z');

  function schedule(send: (text: string) => Promise<void>, onError = vi.fn()) {
    vi.useFakeTimers({
      now: SUNDAY_NOON_IN_SHANGHAI,
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    const digest = scheduleDigest({
      compose: async () => `digest of ${new Date().toISOString()}`,
      send,
      timeZone: 'Asia/Shanghai',
      onError,
    });
    onTestFinished(() => {
      digest.stop();
      vi.useRealTimers();
    });
    return digest;
  }

  it('sends the digest on Monday at 09:00 in the admins’ time zone, then weekly', async () => {
    const sent: string[] = [];
    const digest = schedule(async (text) => {
      sent.push(text);
    });
    expect(digest.nextRun()).toEqual(new Date('2025-06-30T01:00:00Z'));
    await vi.advanceTimersByTimeAsync(21 * 60 * 60 * 1000 + 1000);
    expect(sent).toEqual(['digest of 2025-06-30T01:00:00.000Z']);
    expect(digest.nextRun()).toEqual(new Date('2025-07-07T01:00:00Z'));
  });

  it('sends it at once on demand (/digest)', async () => {
    const send = vi.fn(async () => {});
    await schedule(send).sendNow();
    expect(send).toHaveBeenCalledWith('digest of 2025-06-29T04:00:00.000Z');
  });

  it('reports a failed delivery and keeps the schedule', async () => {
    const onError = vi.fn();
    const digest = schedule(async () => {
      throw new Error('channel_not_found');
    }, onError);
    await vi.advanceTimersByTimeAsync(22 * 60 * 60 * 1000);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'channel_not_found' }));
    expect(digest.nextRun()).toEqual(new Date('2025-07-07T01:00:00Z'));
  });
});
