import { describe, expect, it } from 'vitest';
import { countTraditional, isTraditionalScript, TRADITIONAL_SCRIPT } from './traditional-script.js';

const TRADITIONAL =
  '寶山區生物醫藥產業園今年簽約二十個項目，總投資超過一百億元。園區為企業提供從註冊、審批到建設、運營的一對一全程幫辦服務。';
const SIMPLIFIED =
  '宝山区生物医药产业园今年签约二十个项目，总投资超过一百亿元。园区为企业提供从注册、审批到建设、运营的一对一全程帮办服务。';

describe('documents in traditional script', () => {
  it.each([
    ['a traditional-script report', true, TRADITIONAL],
    ['the same report in simplified script', false, SIMPLIFIED],
    [
      'an English report naming one place in traditional script',
      false,
      'The forum met in 寶山 (Baoshan) on Monday.',
    ],
    [
      'a simplified report quoting a traditional name',
      false,
      `${SIMPLIFIED}香港媒體亦有報道。${SIMPLIFIED}`,
    ],
    ['a text without Chinese', false, 'The Luodian park signed twelve makers.'],
  ])('%s: traditional %s', (_, traditional, text) => {
    expect(isTraditionalScript(text)).toBe(traditional);
  });

  it('counts the Chinese characters and those of them that are traditional forms', () => {
    expect(countTraditional('寶山 Baoshan 宝山')).toEqual({ chinese: 4, traditional: 1 });
  });

  it('judges only a text with enough Chinese, by the share of traditional forms', () => {
    expect(TRADITIONAL_SCRIPT).toEqual({ minimumChineseCharacters: 50, minimumShare: 0.15 });
    const { chinese, traditional } = countTraditional(TRADITIONAL);
    expect(chinese).toBeGreaterThanOrEqual(TRADITIONAL_SCRIPT.minimumChineseCharacters);
    expect(traditional / chinese).toBeGreaterThanOrEqual(TRADITIONAL_SCRIPT.minimumShare);
  });
});
