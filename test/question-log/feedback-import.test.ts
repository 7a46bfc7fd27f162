import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { FEEDBACK_FILE, parseRating } from '../../src/question-log/import-feedback-file.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { tempDataDir } from './support/temp-data-dir.js';

const NOW = new Date('2025-06-30T12:00:00Z');

/** Lines as earlier versions of the bot appended them to feedback.jsonl. */
const LINES = [
  {
    at: '2025-06-20T01:00:00.000Z',
    answerId: 'a1',
    rating: 'down',
    platform: 'telegram',
    userId: '111',
    question: '会费是多少？',
    answer: '…',
    sources: [{ n: 1, title: 'Fees', path: 'policies/fees.md' }],
  },
  // The same user changed their mind: one rating, the last.
  {
    at: '2025-06-20T01:05:00.000Z',
    answerId: 'a1',
    rating: 'up',
    platform: 'telegram',
    userId: '111',
    question: '会费是多少？',
    answer: '…',
    sources: [],
  },
  {
    at: '2025-06-21T09:00:00.000Z',
    answerId: 'a1',
    rating: 'down',
    platform: 'telegram',
    userId: '222',
    question: '会费是多少？',
    answer: '…',
    sources: [],
  },
  // The answer had left memory: no question.
  {
    at: '2025-06-22T09:00:00.000Z',
    answerId: 'b2',
    rating: 'down',
    platform: 'slack',
    userId: 'U9',
    question: null,
    answer: 'It is 500 yuan.',
    sources: [],
  },
].map((line) => JSON.stringify(line));

async function writeFeedbackFile(dataDir: string, lines: string[]): Promise<void> {
  await fs.writeFile(path.join(dataDir, FEEDBACK_FILE), `${lines.join('\n')}\n`);
}

async function openLog(dataDir: string): Promise<QuestionLog> {
  const log = await QuestionLog.open({ dataDir, pruneDaily: false, now: () => NOW });
  onTestFinished(() => log.close());
  return log;
}

describe("importing today's feedback.jsonl", () => {
  it('brings in every rating once per user per answer, with what the file knew', async () => {
    const dataDir = await tempDataDir();
    await writeFeedbackFile(dataDir, [...LINES, '{"torn": "last line', '']);
    const log = await openLog(dataDir);
    expect(log.openReport.imported).toEqual({ records: 4, skipped: 1 });
    expect(log.questionsSince(new Date(0))).toEqual([
      {
        answerId: 'a1',
        askedAt: new Date('2025-06-20T01:00:00.000Z'),
        platform: 'telegram',
        question: '会费是多少？',
        language: 'zh',
        answered: null,
        kind: null,
        citedDocumentIds: [],
        latencyMs: null,
        feedback: { up: 1, down: 1, reasons: { wrong: 0, incomplete: 0, not_asked: 0 } },
      },
      expect.objectContaining({
        answerId: 'b2',
        question: null,
        language: null,
        feedback: expect.objectContaining({ down: 1 }),
      }),
    ]);
  });

  it('happens once: a restart, or lines added later, import nothing more', async () => {
    const dataDir = await tempDataDir();
    await writeFeedbackFile(dataDir, LINES);
    (await openLog(dataDir)).close();
    await fs.appendFile(
      path.join(dataDir, FEEDBACK_FILE),
      `${JSON.stringify({ at: '2025-06-29T00:00:00Z', answerId: 'c3', rating: 'up', platform: 'lark', userId: 'ou_1', question: 'Later?' })}\n`,
    );
    const log = await openLog(dataDir);
    expect(log.openReport.imported).toBeNull();
    expect(log.questionsSince(new Date(0)).map((question) => question.answerId)).toEqual([
      'a1',
      'b2',
    ]);
  });

  it('is marked done on a first start without the file, and leaves the file as it was', async () => {
    const dataDir = await tempDataDir();
    const first = await openLog(dataDir);
    expect(first.openReport.imported).toEqual({ records: 0, skipped: 0 });
    first.close();
    await writeFeedbackFile(dataDir, LINES);
    const second = await openLog(dataDir);
    expect(second.openReport.imported).toBeNull();
    expect(await fs.readFile(path.join(dataDir, FEEDBACK_FILE), 'utf8')).toBe(
      `${LINES.join('\n')}\n`,
    );
  });

  it('is subject to retention like any question', async () => {
    const dataDir = await tempDataDir();
    await writeFeedbackFile(dataDir, LINES);
    const log = await QuestionLog.open({
      dataDir,
      pruneDaily: false,
      now: () => NOW,
      retentionDays: 9,
    });
    onTestFinished(() => log.close());
    expect(log.openReport).toMatchObject({ imported: { records: 4 }, pruned: 1 });
    expect(log.questionsSince(new Date(0)).map((question) => question.answerId)).toEqual(['b2']);
  });
});

describe('a line of feedback.jsonl', () => {
  it.each([
    ['not JSON', 'rating: up'],
    ['JSON but not an object', '"up"'],
    [
      'without an answer id',
      JSON.stringify({ at: NOW, rating: 'up', platform: 'slack', userId: 'U1' }),
    ],
    [
      'with a rating other than up or down',
      JSON.stringify({ at: NOW, answerId: 'a', rating: 'meh', platform: 'slack', userId: 'U1' }),
    ],
    [
      'with a time that is not one',
      JSON.stringify({
        at: 'yesterday',
        answerId: 'a',
        rating: 'up',
        platform: 'slack',
        userId: 'U1',
      }),
    ],
    ['without a platform', JSON.stringify({ at: NOW, answerId: 'a', rating: 'up', userId: 'U1' })],
  ])('is skipped when %s', (_, line) => {
    expect(parseRating(line)).toBeNull();
  });

  it.each([
    ['a numeric user id', { userId: 42 }, { userId: '42' }],
    ['a blank question', { question: '  ' }, { question: null }],
    ['no question field', {}, { question: null }],
  ])('is read with %s', (_, fields, expected) => {
    const line = JSON.stringify({
      at: '2025-06-01T00:00:00Z',
      answerId: 'a',
      rating: 'up',
      platform: 'telegram',
      userId: '7',
      ...fields,
    });
    expect(parseRating(line)).toMatchObject(expected);
  });
});
