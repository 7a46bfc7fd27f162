import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/text/analyzer.js';
import { detectLanguage } from '../../src/text/detect-language.js';
import { splitSentences } from '../../src/text/split-sentences.js';

const analyzer = createAnalyzer(['北上海生物医药产业园']);

describe('analysis for search', () => {
  it('segments Chinese into words, not characters or whitespace runs', () => {
    const terms = analyzer.indexTerms('23个企业项目已在北上海生物医药产业园签约、落地。');
    expect(terms).toEqual(
      expect.arrayContaining([
        '企业',
        '项目',
        '北上海生物医药产业园',
        '生物',
        '医药',
        '产业园',
        '签约',
        '落地',
      ]),
    );
    expect(terms).not.toContain('已');
  });

  it('case-folds and stems English and drops stop words', () => {
    const terms = analyzer.indexTerms('The Companies have SIGNED agreements in Luodian');
    expect(terms).toEqual(['compani', 'sign', 'agreement', 'luodian']);
  });

  it('gives a number one term whichever way it is written', () => {
    const value = '#10000000000';
    expect(analyzer.indexTerms('投资总额超100亿元')).toContain(value);
    expect(analyzer.indexTerms('more than 10 billion yuan')).toContain(value);
    expect(analyzer.queryTokens('超百亿的项目').map((token) => token.term)).toContain(value);
  });
});

describe('what a question asks for', () => {
  const asked = (question: string) =>
    analyzer
      .queryTokens(question)
      .filter((token) => token.answerType)
      .map((token) => token.term);
  const role = (question: string, term: string) =>
    analyzer.queryTokens(question).find((token) => token.term === term)?.role;

  it.each([
    ['Which wider event was the meeting part of?', ['wider', 'event']],
    ['Which well-known companies are based in the port?', ['well', 'known', 'compani']],
    ['哪几个平台?', ['平台']],
    ['多少条措施?', ['措施']],
    ['成员单位有哪些？', ['单位']],
    ['宝山的定位是什么？', []],
    ['哪些企业签约了？', ['企业']],
    ['产值从多少涨到多少？', []],
    ['有哪些生物医药企业签约？', ['生物医药', '企业']],
    ['哪位副区长介绍的？', ['副区长']],
  ])('marks the noun that names the kind of answer in %s', (question, expected) => {
    expect(asked(question)).toEqual(expected);
  });

  it('keeps the full weight of the thing counted, and little for a light verb', () => {
    expect(asked('How many employees does it have?')).toEqual(['employe']);
    expect(role('How many employees does it have?', 'employe')).toBe(1);
    expect(role('Which event?', 'event')).toBeLessThan(0.5);
    expect(role('How much land will the park take up?', 'take')).toBeLessThan(0.5);
  });
});

describe('sentences and languages', () => {
  it('splits at Chinese and English sentence ends but not after abbreviations or decimals', () => {
    expect(
      splitSentences(
        '宝山举行大会。十余名院士出任委员！是否签约？已落地；Mr. Liu said it grew 1.52 percent. Next one',
      ),
    ).toEqual([
      '宝山举行大会。',
      '十余名院士出任委员！',
      '是否签约？',
      '已落地；',
      'Mr. Liu said it grew 1.52 percent.',
      'Next one',
    ]);
  });

  it('tells Chinese questions from English ones that name something Chinese', () => {
    expect(detectLanguage('上海医药投资了多少?')).toBe('zh');
    expect(detectLanguage('What did 上海医药 invest?')).toBe('en');
  });
});
