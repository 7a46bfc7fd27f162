import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../../src/question-log/normalize-question.js';

describe('the normalised text of a question', () => {
  it.each([
    ['When is the deadline?', 'when is the deadline'],
    ['  when   is the DEADLINE ', 'when is the deadline'],
    ['When is the deadline???', 'when is the deadline'],
    ['What’s the fee, please?', 'what’s the fee please'],
    ['Is COVID-19 covered?', 'is covid-19 covered'],
    ['Is the rate 2.5%?', 'is the rate 2.5'],
    ['会费是多少？', '会费是多少'],
    ['请问，会费是多少？', '请问会费是多少'],
    ['會費是多少？', '会费是多少'],
    ['会费 是 多少', '会费是多少'],
    ['ＷＨＯ　ｓｉｇｎｅｄ？', 'who signed'],
    ['What did Shanghai Pharma sign in 罗店?', 'what did shanghai pharma sign in 罗店'],
  ])('of %j is %j', (question, expected) => {
    expect(normalizeQuestion(question)).toBe(expected);
  });
});
