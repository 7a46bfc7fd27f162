import { describe, expect, it } from 'vitest';
import { aliasEntries, mineAliases } from './mine-aliases.js';

const pairs = (text: string) =>
  mineAliases(text, 'doc').map(({ chinese, english, kind }) => [chinese, english, kind]);

describe('aliases the documents state', () => {
  it.each([
    ['2023年，药明康德（WuXi AppTec）在宝山投资。', ['药明康德', 'WuXi AppTec', 'term']],
    ['银诺医药、赛多利斯（Sartorius）签约。', ['赛多利斯', 'Sartorius', 'term']],
    ['上海医药集团股份有限公司（SPH）发布公告。', ['上海医药集团股份有限公司', 'SPH', 'company']],
    [
      'Guests included Li Chenhao (李晨昊), the district Party secretary.',
      ['李晨昊', 'Li Chenhao', 'person'],
    ],
    [
      'The Party secretary of China MCC20 Group (中国二十冶) spoke.',
      ['中国二十冶', 'China MCC20 Group', 'term'],
    ],
    ['Weng Kaining (翁恺宁) said the park would open.', ['翁恺宁', 'Weng Kaining', 'person']],
    [
      'a name wrapped over two lines: Shanghai Institute of Quality\nInspection (上海质科院)',
      ['上海质科院', 'Shanghai Institute of Quality Inspection', 'term'],
    ],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual([expected]);
  });

  it('also pairs the cores of a company name the way reports shorten it', () => {
    expect(pairs('上海医药与康希诺生物（CanSino Biologics）合作。')).toEqual([
      ['康希诺生物', 'CanSino Biologics', 'company'],
      ['康希诺', 'CanSino', 'company'],
    ]);
  });

  it.each([
    ['支持合同研究组织（CRO）发展。'],
    ['the park in Baoshan District (北上海生物医药产业园)'],
    ['图为签约现场（Photo）'],
    ['葛经理（XX）'],
  ])('finds no alias in %s', (text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('gathers every English name given to one Chinese name into one entry', () => {
    const aliases = [
      ...mineAliases('上海医药集团股份有限公司（SPH）', 'a'),
      ...mineAliases('Shanghai Pharmaceuticals (上海医药集团股份有限公司)', 'b'),
      ...mineAliases('SPH (上海医药集团股份有限公司)', 'c'),
    ];
    expect(aliasEntries(aliases)).toEqual([
      { kind: 'company', names: ['上海医药集团股份有限公司', 'SPH', 'Shanghai Pharmaceuticals'] },
    ]);
  });
});

describe('a person named after an organization', () => {
  it('takes only the two words that spell the Chinese name', () => {
    expect(pairs('speakers included Lingang Group Weng Kaining (翁恺宁) and others')).toEqual([
      ['翁恺宁', 'Weng Kaining', 'person'],
    ]);
  });
});
