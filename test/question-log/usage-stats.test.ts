/**
 * Usage figures of a month of generated questions (support/seeded-log.ts). Every expected
 * figure below is worked out by hand from the rule that generates them.
 */

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statsFromLog } from '../../src/question-log/log-reports.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { renderUsageStats } from '../../src/question-log/render-usage-stats.js';
import type { UsageStats } from '../../src/question-log/usage-stats.js';
import { SEED_NOW, SEED_TIME_ZONE, seedLog } from './support/seeded-log.js';

let dataDir: string;
let log: QuestionLog;
let stats: UsageStats;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-question-log-stats-'));
  log = await QuestionLog.open({ dataDir, pruneDaily: false, now: () => SEED_NOW });
  seedLog(log);
  stats = statsFromLog(log, { now: SEED_NOW, timeZone: SEED_TIME_ZONE });
});

afterAll(async () => {
  log.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const NO_REASONS = { wrong: 0, incomplete: 0, not_asked: 0 };
const REASONS = { wrong: 15, incomplete: 14, not_asked: 14 };

describe('usage figures of a seeded month', () => {
  it('cover the 30 days to today in the admins’ time zone, the day before left out', () => {
    expect(stats).toMatchObject({
      from: '2025-06-01',
      to: '2025-06-30',
      timeZone: 'Asia/Shanghai',
    });
    expect(stats.perDay).toHaveLength(30);
    expect(stats.perDay.slice(0, 9).map((day) => day.questions)).toEqual([
      2, 4, 6, 8, 10, 12, 14, 16, 2,
    ]);
    expect(stats.perDay.at(-1)).toEqual({ day: '2025-06-30', questions: 12 });
  });

  it('draw the questions per day as a sparkline', () => {
    expect(stats.sparkline).toBe(`${'▂▃▄▅▆▇██'.repeat(3)}▂▃▄▅▆▇`);
  });

  it('give the answer rate and the 👎 rate, each user’s rating counted once', () => {
    expect(stats.totals).toEqual({
      questions: 258,
      answered: 129,
      refused: 129,
      invalid: 0,
      unknown: 0,
      answerRate: 0.5,
      ratings: { up: 129, down: 43 },
      thumbsDownRate: 0.25,
      reasons: REASONS,
    });
  });

  it('break the figures down by platform', () => {
    expect(stats.byPlatform).toEqual([
      {
        platform: 'lark',
        questions: 86,
        answered: 86,
        refused: 0,
        invalid: 0,
        unknown: 0,
        answerRate: 1,
        ratings: { up: 86, down: 43 },
        thumbsDownRate: 1 / 3,
        reasons: REASONS,
      },
      {
        platform: 'slack',
        questions: 86,
        answered: 0,
        refused: 86,
        invalid: 0,
        unknown: 0,
        answerRate: 0,
        ratings: { up: 0, down: 0 },
        thumbsDownRate: null,
        reasons: NO_REASONS,
      },
      {
        platform: 'telegram',
        questions: 86,
        answered: 43,
        refused: 43,
        invalid: 0,
        unknown: 0,
        answerRate: 0.5,
        ratings: { up: 43, down: 0 },
        thumbsDownRate: 0,
        reasons: NO_REASONS,
      },
    ]);
  });

  it('break the figures down by language', () => {
    expect(stats.byLanguage).toEqual([
      {
        language: 'en',
        questions: 129,
        answered: 43,
        refused: 86,
        invalid: 0,
        unknown: 0,
        answerRate: 1 / 3,
        ratings: { up: 86, down: 0 },
        thumbsDownRate: 0,
        reasons: NO_REASONS,
      },
      {
        language: 'zh',
        questions: 129,
        answered: 86,
        refused: 43,
        invalid: 0,
        unknown: 0,
        answerRate: 2 / 3,
        ratings: { up: 43, down: 43 },
        thumbsDownRate: 0.5,
        reasons: REASONS,
      },
    ]);
  });

  it('list the most asked questions by their normalised text', () => {
    expect(stats.topQuestions).toEqual([
      { question: 'what is the membership fee', count: 43 },
      { question: 'when is the 2025 subsidy application deadline', count: 43 },
      { question: 'who leads the north shanghai biomedical industrial park', count: 43 },
      { question: '会费是多少', count: 43 },
      { question: '北上海生物医药产业园由谁负责', count: 43 },
      { question: '2025年补贴申请截止时间是什么时候', count: 22 },
      { question: '2025年补贴什么时候截止申请', count: 21 },
    ]);
  });

  it('read as plain text', () => {
    expect(renderUsageStats(stats)).toBe(
      [
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
      ].join('\n'),
    );
  });
});
