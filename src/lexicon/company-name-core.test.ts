import { describe, expect, it } from 'vitest';
import { companyNameCore } from './company-name-core.js';

describe("a company name's core", () => {
  it.each([
    ['康希诺生物', 'CanSino Biologics', { chinese: '康希诺', english: 'CanSino' }],
    ['复宏汉霖生物', 'Henlius Biotech', { chinese: '复宏汉霖', english: 'Henlius' }],
    ['药明康德集团', 'WuXi AppTec Group', { chinese: '药明康德', english: 'WuXi AppTec' }],
    [
      '碧云天生物技术有限公司',
      'Beyotime Biotechnology Co., Ltd.',
      { chinese: '碧云天', english: 'Beyotime' },
    ],
  ])('%s (%s) → %j', (chinese, english, core) => {
    expect(companyNameCore(chinese, english)).toEqual(core);
  });

  it.each([
    ['上海医药', 'Shanghai Pharma', 'the core is a place its pinyin spells'],
    ['国盛集团', 'Guosheng Group', 'pinyin already links the core'],
    ['赛多利斯', 'Sartorius', 'there is no generic ending'],
    ['康希诺生物', 'CanSino', 'only one name has the ending'],
    ['药业集团', 'Pharma Group', 'nothing is left'],
  ])('%s (%s) has no core of its own: %s', (chinese, english) => {
    expect(companyNameCore(chinese, english)).toBeNull();
  });
});
