import { describe, expect, it } from 'vitest';
import { detectQuestionKind } from './question-kinds.js';

describe('the kind of answer a question asks for', () => {
  it.each([
    ['Which companies signed in Luodian?', 'list'],
    ['What measures did Baoshan announce?', 'list'],
    ['List the parks of the 1+5+X layout.', 'list'],
    ['What are the three sub-parks of the North Shanghai park?', 'list'],
    ['How many companies signed?', 'quantity'],
    ['How much will Shanghai Pharma invest?', 'quantity'],
    ['What is the total investment of the park?', 'quantity'],
    ['whats the area of the nanda park', 'quantity'],
    ["What's the annual capacity of the plant?", 'quantity'],
    ['baoshan biomed + synbio industry size in 2024??', 'quantity'],
    ['Jinshan output in 2022?', 'quantity'],
    ['Who announced the investment?', 'who'],
    ['Shanghai Pharma investment', 'quantity'],
    ['Shanghai Pharma investment plans for Luodian', 'general'],
    ["and what's its total investment?", 'quantity'],
    ['What was the above-scale output of the port in the first half of 2022?', 'quantity'],
    ["What was Baoshan's biomedical manufacturing output in 2021?", 'quantity'],
    ['whats the manufacturing output target of the plan', 'quantity'],
    ['When did the MEDIPARK open?', 'when'],
    ['Which year was the park designated?', 'when'],
    ["What's the chairman's name?", 'who'],
    ['what is the name of their party secretary', 'who'],
    ['Who is the Party secretary of Baoshan?', 'who'],
    ['Who is the head of SHEITC?', 'who'],
    ['who is leading the park at Luodian', 'who'],
    ['Whose company built the factory?', 'who'],
    ['Where is the North Shanghai Biomedical Industrial Park?', 'where'],
    ['Which district hosts the park?', 'where'],
    ['What is DiaSorin?', 'general'],
    ['What position did Chen Jie hold when he spoke at the conference?', 'general'],
    ['hey when did the MEDIPARK open', 'when'],
    ["who's chairing Lingang Group these days?", 'who'],
    ['Which district is the park in, and where is its office?', 'where'],
    ['What does this process cost?', 'general'],
  ])('%s → %s', (question, kind) => {
    expect(detectQuestionKind(question, 'en')).toBe(kind);
  });

  it.each([
    ['哪些企业在罗店签约？', 'list'],
    ['首批入选的是哪三家行业协会？', 'list'],
    ['规划重点发展哪六大领域？', 'list'],
    ['北上海生物医药产业园包括哪几个片区？', 'list'],
    ['宝山药谷总投资多少？', 'quantity'],
    ['园区有几家企业？', 'quantity'],
    ['产业规模有多大？', 'quantity'],
    ['宝山药谷什么时候开园？', 'when'],
    ['园区哪一年被授牌？', 'when'],
    ['宝山区区长是谁？', 'who'],
    ['宝山区长是谁', 'who'],
    ['哪位院士出席了大会？', 'who'],
    ['那他们董事长叫什么', 'who'],
    ['临港集团董事长的名字是什么？', 'who'],
    ['宝山药谷在哪里？', 'where'],
    ['宝山药谷位于哪个区？', 'where'],
    ['宝山的目标是什么？', 'general'],
  ])('%s → %s', (question, kind) => {
    expect(detectQuestionKind(question, 'zh')).toBe(kind);
  });
});

describe('a question about who a named person is', () => {
  it.each([
    ['Who is Liu Ping?', 'en'],
    ['刘平是谁？', 'zh'],
    ['邓小冬是谁', 'zh'],
    ['Who is Li Jia at SHEITC?', 'en'],
    ["who's Weng Kaining of Lingang Group", 'en'],
    ['市经信委的李甲是谁？', 'zh'],
  ] as const)('%s asks what the person is, not for a name', (question, language) => {
    expect(detectQuestionKind(question, language)).toBe('general');
  });
});
