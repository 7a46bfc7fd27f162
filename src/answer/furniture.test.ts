import { describe, expect, it } from 'vitest';
import { isFurniture } from './furniture.js';

describe('page furniture among the sentences', () => {
  it.each([
    ['首批伙伴名单', true],
    ['2. LOCATION AND CONNECTIVITY', true],
    ['Officials Break Ground On New Pharmaceutical Highland', true],
    ['Officials break ground on a new pharmaceutical highland', false],
    ['图为国盛产投·宝山药谷奠基仪式现场。宝山区供图', true],
    ['Photo: Ti Gong', true],
    ['|---|---|', true],
    ['宝山药谷规划面积约200亩，总投资约18亿元。', false],
    ['The park will cover 130,000 square meters.', false],
    ['首批伙伴大致分为四类：', false],
    ['· 企业数量：由2020年的100家左右增至目前的400余家', false],
    ['2021 7617.14 1712 制造业可比增长12%', false],
    ['* 宝山区吴淞中心医院', false],
    ['The park consists of three sub-parks:', false],
    ['“Biomedical will become a key pillar,” he said', false],
  ])('%s → %s', (sentence, furniture) => {
    expect(isFurniture(sentence)).toBe(furniture);
  });
});
