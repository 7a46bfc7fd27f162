import { describe, expect, it } from 'vitest';
import { foldScript, hasTraditional } from './fold-script.js';

describe('folding traditional characters to simplified ones', () => {
  it.each([
    ['北上海生物醫藥產業園', '北上海生物医药产业园'],
    ['寶山區羅店鎮', '宝山区罗店镇'],
    ['複星醫藥', '复星医药'],
    ['臨港生命藍灣', '临港生命蓝湾'],
    ['宝山区已是简体', '宝山区已是简体'],
    ['Baoshan 寶山 2020', 'Baoshan 宝山 2020'],
  ])('%s → %s', (text, folded) => {
    expect(foldScript(text)).toBe(folded);
    expect(foldScript(text)).toHaveLength(text.length);
  });

  it.each([
    ['醫藥', true],
    ['医药', false],
    ['medicine', false],
  ])('%s holds a traditional character: %s', (text, traditional) => {
    expect(hasTraditional(text)).toBe(traditional);
  });
});
