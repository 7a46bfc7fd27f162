import { describe, expect, it } from 'vitest';
import { extractEnumerations, isOfKind } from './extract-enumerations.js';

describe('names listed in a sentence', () => {
  it.each([
    [
      'an English list with "and" before the last name',
      'The park signed projects including Shanghai Pharma, Baoji, Guosheng, Thalys and DiaSorin.',
      ['Shanghai Pharma', 'Baoji', 'Guosheng', 'Thalys', 'DiaSorin'],
    ],
    [
      'a last English item that joins two names of several words',
      'Famous firms have settled there, for example Baxter, Medicine Kangde, Kai Lai Ying and Ke Ji Pharmaceutical.',
      ['Baxter', 'Medicine Kangde', 'Kai Lai Ying', 'Ke Ji Pharmaceutical'],
    ],
    [
      'an English name with its other name in brackets',
      'Big names have moved in, such as Baxter, Medicine Kangde (WuXi AppTec), Kai Lai Ying and Ke Ji.',
      ['Baxter', 'Medicine Kangde (WuXi AppTec)', 'Kai Lai Ying', 'Ke Ji'],
    ],
    [
      'English names each with its Chinese name in brackets, the first among them too',
      'Among the companies settling in the area are Harbour BioMed (和铂医药), HeartCare Medical (心玮医疗) and GenFleet Therapeutics (劲方医药).',
      [
        'Harbour BioMed (和铂医药)',
        'HeartCare Medical (心玮医疗)',
        'GenFleet Therapeutics (劲方医药)',
      ],
    ],
    [
      'a last English name that holds "and" itself',
      'The park hosts the Ministry of Science and Technology, Fudan University and Shanghai Institute of Materia Medica.',
      [
        'Ministry of Science and Technology',
        'Fudan University',
        'Shanghai Institute of Materia Medica',
      ],
    ],
    [
      'a Chinese list closed by 等',
      '今年，上海医药、宝济药业、国盛生物医药、索灵IVD等项目投资总额超100亿元。',
      ['上海医药', '宝济药业', '国盛生物医药', '索灵IVD'],
    ],
    [
      'a Chinese list of three in two parts, after the word that leads into it',
      '承办单位包括中国医药工业信息中心、宝山区科学技术委员会和罗店镇人民政府。',
      ['中国医药工业信息中心', '宝山区科学技术委员会', '罗店镇人民政府'],
    ],
    [
      'a Chinese list after 有, not cut inside 有限公司',
      '代表性企业有美国百特、药明康德、凯莱英、科济制药等国内外知名企业。',
      ['美国百特', '药明康德', '凯莱英', '科济制药'],
    ],
    ['no list in two names', '主办方为宝山区人民政府和中国医药工业研究总院。', []],
  ])('finds %s', (_, sentence, expected) => {
    expect(extractEnumerations(sentence).flatMap(({ items }) => items)).toEqual(expected);
  });

  it.each([
    ['承办单位包括中国医药工业信息中心、宝山区科学技术委员会和罗店镇人民政府。', ['单位'], true],
    ['银诺医药、赛多利斯、黑焰医疗、新镁生物等企业签署意向进驻协议。', ['企业'], true],
    ['承办单位包括中国医药工业信息中心、宝山区科学技术委员会和罗店镇人民政府。', ['企业'], false],
    [
      'Members include the Shanghai Medical Device Industry Association, the Shanghai Biomedical Industry Association and Fudan University.',
      ['associ'],
      true,
    ],
    [
      'So far 32 well-known enterprises have moved in, for example Baxter, Kai Lai Ying and Ke Ji.',
      ['enterpris'],
      true,
    ],
    [
      'Enterprises welcomed the plan, which names Songjiang, Jinshan and Fengxian as hubs for makers of generic drugs.',
      ['enterpris'],
      false,
    ],
  ])('tells whether "%s" lists things of the kind %j', (sentence, kinds, expected) => {
    const [enumeration] = extractEnumerations(sentence);
    expect(enumeration !== undefined && isOfKind(enumeration, kinds)).toBe(expected);
  });
});
