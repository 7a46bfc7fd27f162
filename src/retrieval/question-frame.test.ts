import { describe, expect, it } from 'vitest';
import { withoutQuestionFrame } from './question-frame.js';

/** The question's words left after its frame is taken out. */
function words(question: string): string {
  return withoutQuestionFrame(question).replace(/\s+/g, ' ').trim();
}

describe('the frame of a question, which says nothing about its subject', () => {
  it.each([
    ['Can you tell me when the park opened?', 'when the park opened?'],
    ['When did the conference take place?', 'When did the conference ?'],
    ['How many companies took part in the conference?', 'How many companies in the conference?'],
    ['Which town is the park located in?', 'Which town is the park ?'],
    ['Which companies are based in the Jinshan port?', 'Which companies are the Jinshan port?'],
    ['What did the mayor say according to the reports?', 'What did the mayor say ?'],
    ['请问园区什么时候开园？', '园区什么时候开园？'],
    ['报道中提到了哪些企业？', '提到了哪些企业？'],
    // A word of the frame in another use stays.
    ['Who based the plan on the 2021 opinions?', 'Who based the plan on the 2021 opinions?'],
  ])('%s → %s', (question, left) => {
    expect(words(question)).toBe(left);
  });
});
