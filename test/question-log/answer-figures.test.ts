import { describe, expect, it } from 'vitest';
import { answerFigures, outcomeOf } from '../../src/question-log/answer-figures.js';
import { emptyTally, type LoggedQuestion } from '../../src/question-log/logged-question.js';
import { usageStats } from '../../src/question-log/usage-stats.js';

const NOW = new Date('2025-06-30T04:00:00Z');

function question(fields: Partial<LoggedQuestion>): LoggedQuestion {
  return {
    answerId: 'a',
    askedAt: NOW,
    platform: 'telegram',
    question: 'Who signed?',
    language: 'en',
    answered: true,
    kind: 'answer',
    citedDocumentIds: [],
    latencyMs: 10,
    feedback: emptyTally(),
    ...fields,
  };
}

describe('the outcome of a question', () => {
  it.each<[string, Partial<LoggedQuestion>, ReturnType<typeof outcomeOf>]>([
    ['an answer', { answered: true, kind: 'answer' }, 'answered'],
    ['a refusal', { answered: false, kind: 'not_found' }, 'refused'],
    ['an empty or oversized message', { answered: false, kind: 'invalid_question' }, 'invalid'],
    ['an imported rating', { answered: null, kind: null }, 'unknown'],
  ])('of %s is %s', (_, fields, expected) => {
    expect(outcomeOf(question(fields))).toBe(expected);
  });
});

describe('answer figures', () => {
  it('leave invalid input and unknown outcomes out of the answer rate', () => {
    const figures = answerFigures([
      question({}),
      question({ answered: false, kind: 'not_found' }),
      question({ answered: false, kind: 'invalid_question' }),
      question({ answered: null, kind: null }),
    ]);
    expect(figures).toMatchObject({
      questions: 4,
      answered: 1,
      refused: 1,
      invalid: 1,
      unknown: 1,
      answerRate: 0.5,
    });
  });

  it('have no rates when nothing was answered, refused or rated', () => {
    expect(answerFigures([])).toMatchObject({ answerRate: null, thumbsDownRate: null });
  });
});

describe('the most asked questions', () => {
  const options = { now: NOW, timeZone: 'UTC' };

  it('are those asked at least twice, however few questions there are', () => {
    const stats = usageStats(
      [
        question({ question: 'Once?' }),
        question({ question: 'Twice' }),
        question({ question: 'twice?' }),
      ],
      options,
    );
    expect(stats.topQuestions).toEqual([{ question: 'twice', count: 2 }]);
  });

  it('leave out invalid input and imported ratings without a question', () => {
    const invalid = question({ question: '', kind: 'invalid_question', answered: false });
    const lost = question({ question: null, answered: null, kind: null });
    expect(usageStats([invalid, invalid, lost, lost], options).topQuestions).toEqual([]);
  });

  it('are at most `top`, most asked first, ties in text order', () => {
    const asked = ['b', 'b', 'a', 'a', 'c', 'c', 'c'].map((text) => question({ question: text }));
    expect(usageStats(asked, { ...options, top: 2 }).topQuestions).toEqual([
      { question: 'c', count: 3 },
      { question: 'a', count: 2 },
    ]);
  });
});
