import { describe, expect, it } from 'vitest';
import { ENGLISH } from './english.js';

describe('English facts', () => {
  it.each([
    ['It belongs to the Shanghai International Biopharma Week.', true],
    ['“We will build it,” he said.', false],
    ['It is expected that the park opens in 2022.', false],
    ['Their plant covers 50 mu.', true],
    ['Baoshan signed five projects.', false],
  ])('a sentence opening with a pronoun: %s → %s', (sentence, opens) => {
    expect(ENGLISH.openingPronoun.test(sentence) && !ENGLISH.emptyIt.test(sentence)).toBe(opens);
  });

  it.each([
    ['“AI will change production,” he stated via video.', true],
    ['“Biomedicine is a pillar,” she said.', true],
    ['Chen Jie said biomedicine is a pillar.', false],
    ['“Biomedicine is a pillar”, they added.', true],
  ])('a quote attributed to a pronoun: %s → %s', (sentence, attributed) => {
    expect(ENGLISH.pronounAttribution.test(sentence)).toBe(attributed);
  });

  it.each([
    ['and how much did they invest?', true],
    ['What about Jiading?', true],
    ['Who signed it?', true],
    ['Which companies signed in Luodian?', false],
  ])('a question leaning on an earlier one: %s → %s', (question, leans) => {
    expect(ENGLISH.followUpMarkers.test(question)).toBe(leans);
  });

  it.each([
    ['what', 'kind'],
    ['which', 'kind'],
    ['many', 'count'],
    ['much', 'count'],
    ['how', undefined],
  ])('the question word %s asks for a %s', (word, asking) => {
    expect(ENGLISH.questionWords.get(word)).toBe(asking);
  });

  it.each([
    ['took', true],
    ['makes', true],
    ['sign', false],
  ])('%s is a light verb: %s', (verb, light) => {
    expect(ENGLISH.lightVerbs.has(verb)).toBe(light);
  });

  it.each([
    ['Nov. 28', true],
    ['September 2022', true],
    ['Baoshan 28', false],
  ])('a month name starts %s: %s', (text, month) => {
    expect(new RegExp(`^${ENGLISH.monthPattern}\\s`, 'i').test(text)).toBe(month);
  });
});
