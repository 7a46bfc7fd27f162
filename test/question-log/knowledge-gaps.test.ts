/**
 * The knowledge-gap report of the seeded month (support/seeded-log.ts), analysed against a
 * real snapshot of a small knowledge base that says nothing about subsidies or fees.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KnowledgeGaps, knowledgeGaps } from '../../src/question-log/knowledge-gaps.js';
import { gapsFromLog } from '../../src/question-log/log-reports.js';
import { emptyTally, type LoggedQuestion } from '../../src/question-log/logged-question.js';
import { questionConcepts } from '../../src/question-log/question-concepts.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { renderKnowledgeGaps } from '../../src/question-log/render-knowledge-gaps.js';
import { buildFixtureSnapshot, type FixtureSnapshot } from './support/fixture-snapshot.js';
import { SEED_NOW, SEED_TIME_ZONE, seedLog } from './support/seeded-log.js';

let fixture: FixtureSnapshot;
let dataDir: string;
let log: QuestionLog;
let gaps: KnowledgeGaps;

beforeAll(async () => {
  fixture = await buildFixtureSnapshot();
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-question-log-gaps-'));
  log = await QuestionLog.open({ dataDir, pruneDaily: false, now: () => SEED_NOW });
  seedLog(log);
  gaps = await gapsFromLog(log, fixture.snapshot, { now: SEED_NOW, timeZone: SEED_TIME_ZONE });
});

afterAll(async () => {
  log.close();
  await fs.rm(dataDir, { recursive: true, force: true });
  await fixture.cleanup();
});

describe('the knowledge gaps of a seeded month', () => {
  it('count the questions refused or rated 👎, and no answered question rated 👍', () => {
    expect(gaps).toMatchObject({ from: '2025-06-01', to: '2025-06-30', questions: 172 });
  });

  it('group an English and a Chinese question about the same subject together', () => {
    expect(gaps.groups[0]).toEqual({
      label: '2025 subsidy application deadline',
      questions: 86,
      refused: 86,
      thumbsDown: 0,
      reasons: { wrong: 0, incomplete: 0, not_asked: 0 },
      examples: [
        'When is the 2025 subsidy application deadline?',
        '2025年补贴申请截止时间是什么时候？',
      ],
    });
  });

  it('keep another subject apart, with its refusals and 👎 reasons', () => {
    expect(gaps.groups).toHaveLength(2);
    expect(gaps.groups[1]).toEqual({
      label: 'membership fee',
      questions: 86,
      refused: 43,
      thumbsDown: 43,
      reasons: { wrong: 15, incomplete: 14, not_asked: 14 },
      examples: ['What is the membership fee?', '会费是多少？'],
    });
  });

  it('read as plain text, largest groups first, two examples each', () => {
    expect(renderKnowledgeGaps(gaps)).toBe(
      [
        'Knowledge gaps, 2025-06-01 to 2025-06-30 (Asia/Shanghai): 172 questions refused or rated 👎',
        '86 questions about 2025 subsidy application deadline: nothing in the knowledge base',
        '  · When is the 2025 subsidy application deadline?',
        '  · 2025年补贴申请截止时间是什么时候？',
        '86 questions about membership fee: 43 refused, 43 answered but rated 👎 (wrong 15, incomplete 14, not what was asked 14)',
        '  · What is the membership fee?',
        '  · 会费是多少？',
      ].join('\n'),
    );
  });
});

describe('grouping gap questions', () => {
  const NOW = new Date('2025-06-30T04:00:00Z');
  let counter = 0;

  function refused(text: string, fields: Partial<LoggedQuestion> = {}): LoggedQuestion {
    counter += 1;
    return {
      answerId: `q${counter}`,
      askedAt: NOW,
      platform: 'telegram',
      question: text,
      language: /\p{Script=Han}/u.test(text) ? 'zh' : 'en',
      answered: false,
      kind: 'not_found',
      citedDocumentIds: [],
      latencyMs: 10,
      feedback: emptyTally(),
      ...fields,
    };
  }

  async function groupsOf(questions: LoggedQuestion[]) {
    const texts = [...new Set(questions.map((question) => question.question as string))];
    const conceptsOf = await questionConcepts(fixture.snapshot, texts, NOW);
    return knowledgeGaps(questions, conceptsOf, { now: NOW, timeZone: 'UTC' }).groups;
  }

  it('joins names the glossary knows in both languages', async () => {
    const groups = await groupsOf([
      refused('What did Shanghai Pharma sign?'),
      refused('What did Shanghai Pharma sign?'),
      refused('上海医药签了什么？'),
    ]);
    expect(groups.map((group) => [group.label, group.questions, group.examples])).toEqual([
      ['Shanghai Pharma sign', 3, ['What did Shanghai Pharma sign?', '上海医药签了什么？']],
    ]);
  });

  it('leaves out invalid input and answers rated 👍, and keeps subject-less questions last', async () => {
    const groups = await groupsOf([
      refused('What is the membership fee?'),
      refused('What is the membership fee?'),
      refused('', { kind: 'invalid_question' }),
      refused('Who leads the park?', {
        answered: true,
        kind: 'answer',
        feedback: { ...emptyTally(), up: 1 },
      }),
      refused('hello'),
    ]);
    expect(groups.map((group) => [group.label, group.questions])).toEqual([
      ['membership fee', 2],
      [null, 1],
    ]);
  });
});
