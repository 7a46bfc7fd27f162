import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';

let bot: TestEngine;

beforeAll(async () => {
  bot = await createTestEngine({ limits: { maxQuestionChars: 1000 } });
});

afterAll(async () => {
  await bot.cleanup();
});

describe('questions the bot cannot take', () => {
  it('asks for a question when the message is empty or only whitespace', async () => {
    for (const question of ['', '   \n\t  ']) {
      const answer = await bot.engine.answer(question);
      expect(answer).toMatchObject({ answered: false, kind: 'invalid_question' });
      expect(answer.text).toMatch(/Please type a question/);
    }
  });

  it('states the limit for a 100,000-character question, in the asker language', async () => {
    const english = await bot.engine.answer('Which companies signed? '.repeat(4200));
    expect(english.kind).toBe('invalid_question');
    expect(english.text).toContain('the limit is 1,000');
    const chinese = await bot.engine.answer('哪些企业签约？'.repeat(15000));
    expect(chinese.language).toBe('zh');
    expect(chinese.text).toContain('超过了1000个字符的上限');
  });

  it('says it reads text only for binary and control-character input', async () => {
    const binary = String.fromCharCode(...Array.from({ length: 300 }, (_, i) => (i * 37) % 32));
    for (const question of [
      binary,
      '\u0000\u0001\u0002\u0003\u0004hello\u0005\u0006\u0007\u0008',
      '\uFFFD\uFFFD\uFFFD\uFFFDab',
    ]) {
      const answer = await bot.engine.answer(question);
      expect(answer.kind).toBe('invalid_question');
      expect(answer.text).toContain('up to 1,000 characters');
    }
  });

  it('keeps answering after bad input', async () => {
    await bot.engine.answer('\u0000'.repeat(500));
    const answer = await bot.engine.answer('Which companies signed in Luodian?');
    expect(answer.answered).toBe(true);
  });

  it('answers questions carrying invisible characters as if they were not there', async () => {
    const answer = await bot.engine.answer('Which com\u200Bpanies si\u2060gned in Luo\u200Ddian?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('DiaSorin');
  });
});
