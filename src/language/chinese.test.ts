import { describe, expect, it } from 'vitest';
import { CHINESE } from './chinese.js';

describe('Chinese facts', () => {
  it.each([
    ['家企业', true],
    ['余名专家', true],
    ['大产业', true],
    ['角地区', false],
    ['起签约', false],
  ])('what follows a counting numeral: %s → %s', (after, counts) => {
    expect(CHINESE.countedAfter.test(after)).toBe(counts);
  });

  it.each([
    ['他表示，生物医药是重点产业。', true],
    ['该园区占地200亩。', true],
    ['其中一期占地约100亩。', true],
    ['宝山区召开大会。', false],
  ])('a sentence leaning on the one before: %s → %s', (sentence, leans) => {
    expect(CHINESE.leaningPronoun.test(sentence)).toBe(leans);
  });

  it.each([
    ['那投资多少？', true],
    ['他们在哪里签约？', true],
    ['哪些企业在罗店签约？', false],
  ])('a question leaning on an earlier one: %s → %s', (question, leans) => {
    expect(CHINESE.followUpMarkers.test(question)).toBe(leans);
  });

  it.each([
    ['里', true],
    ['上', true],
    ['里面', true],
    ['大概', true],
    ['上市', false],
    ['园区', false],
  ])('%s carries no topic: %s', (word, stop) => {
    expect(CHINESE.stopWords.has(word)).toBe(stop);
  });

  it.each([
    ['哪家', true],
    ['什么', true],
    ['多少', false],
  ])('%s asks what kind: %s', (word, asks) => {
    expect(CHINESE.kindQuestionWords.test(word)).toBe(asks);
  });

  it.each([
    ['多少', true],
    ['几家', true],
    ['哪家', false],
  ])('%s asks how many: %s', (word, asks) => {
    expect(CHINESE.countQuestionWords.test(word)).toBe(asks);
  });

  it.each([
    ['首席科学官是谁', ['首席科学官', '是谁']],
    ['面积是多少', ['面积', '是多少']],
    ['院长是哪位', ['院长', '是哪位']],
    ['这是宝山的项目', ['这是宝山的项目']],
  ])('%s splits before its copula and question word into %j', (question, parts) => {
    expect(question.split(CHINESE.copulaBeforeQuestion)).toEqual(parts);
  });

  it.each([
    ['翟', true],
    ['邓', true],
    ['罗', true],
    ['药', false],
  ])('%s is a common surname: %s', (character, surname) => {
    expect(CHINESE.surnames.has(character)).toBe(surname);
  });
});
