import { describe, expect, it, onTestFinished } from 'vitest';
import type { FeedbackEntry } from '../../src/question-log/logged-question.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { tempDataDir } from './support/temp-data-dir.js';

async function logWithOneAnswer(): Promise<{ log: QuestionLog; answerId: string }> {
  const log = await QuestionLog.open({ dataDir: await tempDataDir(), pruneDaily: false });
  onTestFinished(() => log.close());
  const answerId = log.recordQuestion({
    platform: 'telegram',
    userId: 'asker',
    question: 'What is the membership fee?',
    language: 'en',
    answered: true,
    kind: 'answer',
    citedDocumentIds: ['fees'],
    latencyMs: 80,
  });
  return { log, answerId };
}

type Rating = Pick<FeedbackEntry, 'userId' | 'rating' | 'reason'>;

describe('feedback on an answer', () => {
  it.each<[string, Rating[], { up: number; down: number; reasons: Record<string, number> }]>([
    [
      'one 👍',
      [{ userId: 'ann', rating: 'up' }],
      { up: 1, down: 0, reasons: { wrong: 0, incomplete: 0, not_asked: 0 } },
    ],
    [
      'the same 👍 tapped three times',
      [
        { userId: 'ann', rating: 'up' },
        { userId: 'ann', rating: 'up' },
        { userId: 'ann', rating: 'up' },
      ],
      { up: 1, down: 0, reasons: { wrong: 0, incomplete: 0, not_asked: 0 } },
    ],
    [
      'a 👍 changed to 👎',
      [
        { userId: 'ann', rating: 'up' },
        { userId: 'ann', rating: 'down' },
      ],
      { up: 0, down: 1, reasons: { wrong: 0, incomplete: 0, not_asked: 0 } },
    ],
    [
      'a 👎, then its reason',
      [
        { userId: 'ann', rating: 'down' },
        { userId: 'ann', rating: 'down', reason: 'incomplete' },
      ],
      { up: 0, down: 1, reasons: { wrong: 0, incomplete: 1, not_asked: 0 } },
    ],
    [
      'a 👎 with a reason, tapped again without one',
      [
        { userId: 'ann', rating: 'down', reason: 'not_asked' },
        { userId: 'ann', rating: 'down' },
      ],
      { up: 0, down: 1, reasons: { wrong: 0, incomplete: 0, not_asked: 1 } },
    ],
    [
      'a 👎 with a reason, changed to 👍',
      [
        { userId: 'ann', rating: 'down', reason: 'wrong' },
        { userId: 'ann', rating: 'up' },
      ],
      { up: 1, down: 0, reasons: { wrong: 0, incomplete: 0, not_asked: 0 } },
    ],
    [
      'two users, one each',
      [
        { userId: 'ann', rating: 'up' },
        { userId: 'bob', rating: 'down', reason: 'wrong' },
      ],
      { up: 1, down: 1, reasons: { wrong: 1, incomplete: 0, not_asked: 0 } },
    ],
  ])('%s counts as %j', async (_, ratings, expected) => {
    const { log, answerId } = await logWithOneAnswer();
    for (const rating of ratings)
      expect(log.recordFeedback({ answerId, platform: 'telegram', ...rating })).toBe('recorded');
    expect(log.questionsSince(new Date(0))[0]?.feedback).toEqual(expected);
  });

  it('on an answer the log does not hold is reported, not stored', async () => {
    const { log } = await logWithOneAnswer();
    expect(
      log.recordFeedback({
        answerId: 'pruned-long-ago',
        platform: 'slack',
        userId: 'ann',
        rating: 'up',
      }),
    ).toBe('unknown_answer');
    expect(log.questionsSince(new Date(0))[0]?.feedback.up).toBe(0);
  });

  it('refuses a reason given with a 👍, and says to leave it out', async () => {
    const { log, answerId } = await logWithOneAnswer();
    expect(() =>
      log.recordFeedback({
        answerId,
        platform: 'slack',
        userId: 'ann',
        rating: 'up',
        reason: 'wrong',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'QUESTION_LOG_FAILED',
        message: expect.stringMatching(/👎 only/),
      }),
    );
  });

  it('is recorded against the answer id the engine gave, once even if recorded twice', async () => {
    const { log } = await logWithOneAnswer();
    const entry = {
      answerId: 'engine-id-1',
      platform: 'slack',
      userId: 'U1',
      question: 'Again?',
      language: 'en',
      answered: false,
      kind: 'not_found',
      citedDocumentIds: [],
      latencyMs: 10,
    } as const;
    expect(log.recordQuestion(entry)).toBe('engine-id-1');
    expect(log.recordQuestion(entry)).toBe('engine-id-1');
    expect(
      log.questionsSince(new Date(0)).filter((question) => question.answerId === 'engine-id-1'),
    ).toHaveLength(1);
  });
});
