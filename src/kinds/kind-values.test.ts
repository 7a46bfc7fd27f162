import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusNamed } from '../../test/eval/eval-corpora.js';
import { buildEvalSnapshot } from '../../test/eval/evaluate.js';
import { buildQuery } from '../retrieval/build-query.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { ruleFor } from './question-kinds.js';

let built: { snapshot: Snapshot; cleanup: () => Promise<void> };

beforeAll(async () => {
  built = await buildEvalSnapshot(corpusNamed('project'));
});

afterAll(async () => built.cleanup());

/** The values a sentence holds for a question, as [found, said in English, said in Chinese]. */
function valuesFor(question: string, sentence: string): string[][] {
  const query = buildQuery(question, built.snapshot, new Date('2026-06-30T12:00:00Z'));
  return ruleFor(query.kind)
    .values(sentence, query, built.snapshot.lexicon)
    .map((value) => [value.text, value.said.en, value.said.zh]);
}

describe('the values of the asked kind a sentence holds', () => {
  it.each([
    // who: a name before a role several words long, or after a title and before an event verb.
    [
      'Who spoke for the chamber?',
      'Zhang Wei, the newly elected executive vice president of the chamber, spoke first.',
      [['Zhang Wei', 'Zhang Wei', 'Zhang Wei']],
    ],
    [
      'Who spoke for the chamber?',
      'Wang Lin, a senior official at the district science commission, said the fund would grow.',
      [['Wang Lin', 'Wang Lin', 'Wang Lin']],
    ],
    [
      'Who is the chief scientist?',
      "Li Na, the company's co-founder and chief scientist, said the plant was ready.",
      [['Li Na', 'Li Na', 'Li Na']],
    ],
    ['Who spoke for the chamber?', 'The chamber has grown fast, according to its members.', []],
    ['谁主持了会议？', '会议由区委副书记张伟主持。', [['张伟', 'Zhang Wei (张伟)', '张伟']]],
    // who: the doer a passive names, a person or an organization, unless a role is asked.
    [
      'Who launched the fund?',
      'The fund was launched by Baoshan District in 2021.',
      [['Baoshan District', 'Baoshan District', '宝山（Baoshan District）']],
    ],
    [
      '谁发起了这个计划？',
      '该计划由市生物医药产业发展领导小组办公室发起。',
      [
        [
          '市生物医药产业发展领导小组办公室',
          '市生物医药产业发展领导小组办公室',
          '市生物医药产业发展领导小组办公室',
        ],
      ],
    ],
    ["who's chairing the group these days?", 'The new park is run by Lingang Group.', []],
    // quantity: a count of the asked thing, a measure of the asked kind, nothing of another kind.
    ['建好以后要雇多少人？', '对照集成电路、人工智能和生物医药三大产业的部署。', []],
    [
      '建好以后要雇多少人？',
      '建成后预计可吸纳300多人就业。',
      [['300多人', 'more than 300', '超过300人']],
    ],
    ['建好以后要雇多少人？', '两个园区都已跻身全国最具活力园区前30名。', []],
    [
      'How many firms moved in?',
      'By June, 32 well-known firms had moved into the park.',
      [['32', '32 well-known firms', '32个']],
    ],
    ['How many firms moved in?', 'The park covers 2.5 square kilometres.', []],
    // quantity: a number that names a thing (a type, a phase, an ordinal, a clause) counts nothing.
    [
      'How many units reported at the meeting?',
      '2.1 On 15 March 2023 the commission heard reports from 12 units.',
      [['12', '12 units', '12个']],
    ],
    ['园区有多少家企业？', '3、园区已入驻企业40家。', [['40家', '40', '40家']]],
    // quantity: counted with the asked classifier, where the sentence has such a count.
    ['一共有多少条？', '意见围绕研发、临床等8个方面，共提出37条政策举措。', [['37', '37', '37条']]],
    // quantity: growth is a percentage.
    [
      '2022年工业总产值同比增长多少？',
      '2022年全区工业总产值33.64亿元，同比增长24.7%。',
      [['24.7%', '24.7%', '24.7%']],
    ],
    [
      "what was the avg yearly growth of baoshan's output from 2020 to 2022?",
      'Between 2020 and 2022 the output of 5.2 billion yuan grew by more than 53% a year.',
      [['53%', 'more than 53%', '超过53%']],
    ],
    // quantity: in traditional script too.
    [
      '2022年工业总产值是多少？',
      '2022年全區生物醫藥工業總產值33.64億元，同比增長24.7%。',
      [['33.64億元', '3.364 billion yuan', '33.64亿元']],
    ],
    [
      "What's the annual capacity of the vaccine plant?",
      '上药康希诺负责生产重组新型冠状病毒疫苗（5型腺病毒载体）。',
      [],
    ],
    ['园区有多少家企业？', '第三届大会上，二期园区已入驻40家企业。', [['40家', '40', '40家']]],
    [
      'What is the size of the park?',
      'Phase 2 of the park covers 12 hectares.',
      [['12 hectares', '12 hectares', '12公顷']],
    ],
    [
      'How big is the park?',
      'The park covers 2.5 square kilometres.',
      [['2.5 square kilometres', '2.5 square kilometers', '2.5平方公里']],
    ],
    // quantity: a size is an area where the sentence states one, else a sum of money; never a count.
    [
      'How big is Nanda Smart City?',
      '3 Nanda Smart City covers 6.3 square kilometres and drew 12 billion yuan of investment.',
      [['6.3 square kilometres', '6.3 square kilometers', '6.3平方公里']],
    ],
    [
      'how big is the special fund guosheng set up?',
      'Guosheng set up a special fund of 500 million yuan with 3 partners.',
      [['500 million yuan', '500 million yuan', '5亿元']],
    ],
    ['宝山生物医药产业规模有多大？', '宝山有生物医药企业428家。', []],
    // quantity: revenue, output and tax are sums of money, not the count beside them.
    [
      '2023年营收多少？',
      '公司在全球有4万名员工，2023年营收403.41亿元。',
      [['403.41亿元', '40.341 billion yuan', '403.41亿元']],
    ],
    [
      "What was Jiading's biomedicine output in 2024?",
      'Jiading is growing three industries; its biomedicine output passed 30 billion yuan in 2024.',
      [['30 billion yuan', '30 billion yuan', '300亿元']],
    ],
    [
      'How much will the plant cost?',
      'The plant will cost 1.8 billion yuan.',
      [['1.8 billion yuan', '1.8 billion yuan', '18亿元']],
    ],
    [
      '园区有多少家企业？',
      '目前园区已集聚生物医药企业200余家。',
      [['200余家', 'more than 200', '超过200家']],
    ],
    ['园区有多少家企业？', '园区占地面积约3平方公里。', []],
    // land and floor space: a figure labelled as the other area is no answer.
    [
      '研发中心占地多少亩？',
      '项目占地约61亩，总建筑面积约18.6万平方米。',
      [['61亩', 'about 61 mu', '约61亩']],
    ],
    ['研发中心占地多少亩？', '项目总投资超过15亿元，建筑面积约16.9万平方米。', []],
    [
      'How much floor space will the park have?',
      'It covers 200 mu of land, with a floor area of 146,000 square meters.',
      [['146,000 square meters', '146,000 square meters', '14.6万平方米']],
    ],
    // a count of what names itself after the classifier; a money word in the question does
    // not make a count a sum of money.
    ['从几个方面加大资金支持？', '政策从8个方面加大资金支持。', [['8个', '8', '8个']]],
    ['从几个方面加大资金支持？', '共有3个项目获得资金支持。', []],
    // a count of buildings (栋, 幢, 座): an area in the same sentence is no answer.
    [
      '那里面一共有多少栋厂房？',
      '园区共有39栋厂房，单层面积600至4000平方米。',
      [['39栋', '39', '39栋']],
    ],
    [
      '那里面一共有多少栋厂房？',
      '園區共有39棟廠房，單層面積600至4000平方米。',
      [['39棟', '39', '39栋']],
    ],
    ['How many buildings does the park have?', 'Each floor covers 600 to 4,000 square meters.', []],
    [
      'How many buildings does the park have?',
      'The park has 39 buildings, with floors of 600 to 4,000 square meters.',
      [['39', '39 buildings', '39个']],
    ],
    // when: a date to the day, said in either language's order.
    [
      'When did the plant open?',
      'The plant opened on 18 May 2021 after two years of work.',
      [['18 May 2021', '18 May 2021', '2021年5月18日']],
    ],
    ['When did the plant open?', 'The plant has 12 production lines.', []],
    [
      '工厂什么时候投产？',
      '该工厂于2021年5月18日正式投产。',
      [['2021年5月18日', '18 May 2021', '2021年5月18日']],
    ],
    // which year: a day and month without the year do not say it.
    ['集团是哪一年成立的？', '集团的奠基仪式于9月7日上午举行。', []],
    [
      'In which year was the group founded?',
      'The group was founded on 7 September 2009.',
      [['7 September 2009', '7 September 2009', '2009年9月7日']],
    ],
    ['In which year was the group founded?', 'The ceremony was held on Saturday.', []],
  ])('%s | %s', (question, sentence, expected) => {
    expect(valuesFor(question, sentence)).toEqual(expected);
  });
});
