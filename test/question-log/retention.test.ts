import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { QuestionLog, type QuestionLogOptions } from '../../src/question-log/question-log.js';
import { tempDataDir } from './support/temp-data-dir.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2025-06-30T12:00:00Z');

async function openLog(options: Partial<QuestionLogOptions> & { dataDir: string }) {
  const log = await QuestionLog.open({ pruneDaily: false, now: () => NOW, ...options });
  onTestFinished(() => log.close());
  return log;
}

function askDaysAgo(log: QuestionLog, days: number): string {
  const answerId = log.recordQuestion({
    askedAt: new Date(NOW.getTime() - days * DAY),
    platform: 'telegram',
    userId: 'member',
    question: `Asked ${days} days ago`,
    language: 'en',
    answered: true,
    kind: 'answer',
    citedDocumentIds: [],
    latencyMs: 10,
  });
  log.recordFeedback({ answerId, platform: 'telegram', userId: 'member', rating: 'up' });
  return answerId;
}

const askedDays = (log: QuestionLog) =>
  log.questionsSince(new Date(0)).map((question) => question.question);

describe('retention', () => {
  it('keeps 180 days by default, and prunes older questions with their feedback', async () => {
    const log = await openLog({ dataDir: await tempDataDir() });
    for (const days of [1, 179, 181, 400]) askDaysAgo(log, days);
    expect(log.prune()).toBe(2);
    expect(askedDays(log)).toEqual(['Asked 179 days ago', 'Asked 1 days ago']);
    expect(
      log.recordFeedback({ answerId: 'gone', platform: 'telegram', userId: 'm', rating: 'up' }),
    ).toBe('unknown_answer');
  });

  it('follows LOG_RETENTION_DAYS', async () => {
    const log = await openLog({ dataDir: await tempDataDir(), retentionDays: 30 });
    for (const days of [29, 31]) askDaysAgo(log, days);
    expect(log.prune()).toBe(1);
    expect(askedDays(log)).toEqual(['Asked 29 days ago']);
  });

  it('prunes when the log opens', async () => {
    const dataDir = await tempDataDir();
    const first = await openLog({ dataDir });
    for (const days of [10, 100]) askDaysAgo(first, days);
    first.close();
    const second = await openLog({ dataDir, retentionDays: 50 });
    expect(second.openReport.pruned).toBe(1);
    expect(askedDays(second)).toEqual(['Asked 10 days ago']);
  });

  it('deletes the feedback of a pruned question too (no orphaned ratings)', async () => {
    const log = await openLog({ dataDir: await tempDataDir(), retentionDays: 5 });
    const answerId = askDaysAgo(log, 6);
    log.prune();
    // Recording the same id again starts from no ratings at all.
    log.recordQuestion({
      answerId,
      platform: 'telegram',
      userId: 'member',
      question: 'Asked again',
      language: 'en',
      answered: true,
      kind: 'answer',
      citedDocumentIds: [],
      latencyMs: 10,
    });
    expect(log.questionsSince(new Date(0))[0]?.feedback.up).toBe(0);
  });

  it('prunes once a day while the bot runs', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const log = await QuestionLog.open({ dataDir: await tempDataDir(), retentionDays: 1 });
    onTestFinished(() => log.close());
    log.recordQuestion({
      askedAt: new Date(NOW.getTime() - DAY / 2),
      platform: 'telegram',
      userId: 'member',
      question: 'Asked half a day ago',
      language: 'en',
      answered: true,
      kind: 'answer',
      citedDocumentIds: [],
      latencyMs: 10,
    });
    expect(askedDays(log)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(DAY);
    expect(askedDays(log)).toEqual([]);
  });
});
