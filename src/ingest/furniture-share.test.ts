import { describe, expect, it } from 'vitest';
import { furnitureShare, isMostlyFurniture, MOSTLY_FURNITURE_SHARE } from './furniture-share.js';
import { removeBoilerplate } from './remove-boilerplate.js';

const ARTICLE = [
  'The Luodian park signed agreements with twelve medical device makers on Monday, the district said.',
  'Construction of the first two factories will start next spring, and the rest will follow within three years.',
].join('\n');

const CHINESE_ARTICLE =
  '罗店园区周一与十二家医疗器械企业签约，首批两座厂房将于明年春天开工，其余项目将在三年内陆续建成投产。';

function shareOf(text: string): number {
  return furnitureShare(removeBoilerplate(text));
}

describe('how much of a document is page furniture', () => {
  it.each([
    ['an article of sentences is not mostly furniture', ARTICLE, false],
    ['an article under a title is not', `Luodian Park Signs Twelve Makers\n\n${ARTICLE}`, false],
    [
      'a Chinese article with an English copyright line is not',
      `${CHINESE_ARTICLE}\nCopyright 2024 Example Media`,
      false,
    ],
    [
      'a page that is mostly a related-articles list is',
      [
        'Home > News > Parks',
        'The park signed twelve makers.',
        'Related articles',
        'Meilan Lake Conference Opens Its Doors',
        'Baoshan Names New Service Team Members',
        'Second Phase Of The Park Breaks Ground',
        'Investors Tour The North Shanghai Labs',
      ].join('\n'),
      true,
    ],
    [
      'a page of headings and captions around one sentence is',
      [
        'PARK NEWS',
        'Photo: the opening ceremony',
        'Latest Updates From Luodian',
        'The park opened.',
        'Share on WeChat',
      ].join('\n'),
      true,
    ],
    ['an empty text is not', '', false],
  ])('%s', (_, text, mostly) => {
    expect(isMostlyFurniture(shareOf(text))).toBe(mostly);
  });

  it('measures the share by length, a Chinese character counting twice', () => {
    const navigation = '首页 > 新闻';
    const share = shareOf(`${navigation}\n${CHINESE_ARTICLE}`);
    const weight = (text: string) => text.length + (text.match(/\p{Script=Han}/gu)?.length ?? 0);
    expect(share).toBeCloseTo(
      weight(navigation) / (weight(navigation) + weight(CHINESE_ARTICLE)),
      5,
    );
  });

  it('calls a document mostly furniture from half of it on', () => {
    expect(MOSTLY_FURNITURE_SHARE).toBe(0.5);
    expect(isMostlyFurniture(0.5)).toBe(true);
    expect(isMostlyFurniture(0.49)).toBe(false);
  });
});
