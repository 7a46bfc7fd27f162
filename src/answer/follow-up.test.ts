import { describe, expect, it } from 'vitest';
import { concept } from '../../test/support/concepts.js';
import type { Turn } from '../engine/answer-types.js';
import type { Concept, Query } from '../retrieval/build-query.js';
import { lastAnswer, leansOnConversation, namesOf } from './follow-up.js';

const query = (text: string, concepts: Concept[]): Query => ({
  text,
  language: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en',
  kind: 'general',
  timeScope: { kind: 'any' },
  concepts,
  embeddingText: text,
});

describe('whether a question leans on the conversation', () => {
  it.each([
    ['says so with a pronoun', query('what did he say?', [concept('say')]), true],
    ['starts with "and"', query('and in Luodian?', [concept('Luodian', { specific: true })]), true],
    [
      'names nothing of its own',
      query('建好以后要雇多少人？', [concept('雇'), concept('人')]),
      true,
    ],
    [
      'has only a year',
      query('一共有多少条？2024', [concept('2024', { specific: true, year: 2024 })]),
      true,
    ],
    [
      'names a company',
      query('What does DiaSorin make?', [concept('DiaSorin', { specific: true })]),
      false,
    ],
  ])('%s', (_, asked, leans) => {
    expect(leansOnConversation(asked)).toBe(leans);
  });
});

describe("the bot's last reply as context", () => {
  const user: Turn = { role: 'user', text: 'who leads the chamber?' };
  it.each<[string, Turn[], string | null]>([
    [
      'an answer, without its markers',
      [user, { role: 'assistant', text: 'Chen Qiyu (陈启宇) was elected [1].' }],
      'Chen Qiyu (陈启宇) was elected  .',
    ],
    [
      'the first line of an answer, which says what it found',
      [user, { role: 'assistant', text: 'Zhu Tao [1]\nA Chinese-language report says: “…”' }],
      'Zhu Tao',
    ],
    [
      'an answer from before this field was kept',
      [user, { role: 'assistant', text: 'Chen Qiyu [1]' }],
      'Chen Qiyu',
    ],
    [
      'not a refusal, which names only nearby documents',
      [
        user,
        {
          role: 'assistant',
          text: 'I couldn’t find this. The nearest documents are “X”',
          answered: false,
        },
      ],
      null,
    ],
    ['not when the last turn is a question', [user], null],
  ])('%s', (_, conversation, expected) => {
    expect(lastAnswer(conversation)).toBe(expected);
  });

  it('carries the most specific names of the answer, not its other words or years', () => {
    const answered = query('Chen Qiyu of Fosun was elected in 2025', [
      concept('Chen Qiyu', { specific: true, importance: 3 }),
      concept('Fosun', { specific: true, importance: 2 }),
      concept('elected'),
      concept('2025', { specific: true, year: 2025, importance: 5 }),
    ]);
    expect(namesOf(answered).concepts.map((name) => name.label)).toEqual(['Chen Qiyu', 'Fosun']);
  });
});
