import { describe, expect, it } from 'vitest';
import { findNearDuplicates } from './find-near-duplicates.js';
import type { KnowledgeDocument } from './knowledge-document.js';
import { removeRepeatedSentences } from './remove-repeated-sentences.js';

const ARTICLE = [
  '12月9日上午，国盛产投·宝山药谷在宝山罗店镇举行奠基仪式。',
  '宝山药谷规划面积约200亩，总投资约18亿元，一期占地约100亩，总建筑面积约14.6万平方米。',
  '园区重点发展生物制品、医疗器械和原创新药制造，导入企业总部、研发中心和高端生产环节。',
  '项目预计2022年9月竣工开园，创下了国资背景产业园区建设的新速度。',
  '北上海生物医药产业园是上海五大市级生物医药特色产业园区之一。',
].join('\n');

const document = (id: string, text: string, date: string | null): KnowledgeDocument => ({
  id,
  path: `${id}.md`,
  title: id,
  publisher: null,
  date,
  dateSource: date === null ? null : 'document',
  language: 'zh',
  url: null,
  text,
  furnitureShare: 0,
  contentHash: id,
});

describe('reposts and near-duplicates', () => {
  it('finds a repost with its own furniture and a dropped paragraph, and points it at the original', () => {
    const original = {
      id: 'news',
      text: `首页 > 新闻\n${ARTICLE}\n分享到：微信 微博`,
      date: '2020-12-09',
    };
    const repost = {
      id: 'portal',
      text: `来源：宝山新闻\n${ARTICLE.split('\n').slice(0, 4).join('\n')}\n【广告】厂房出租`,
      date: '2020-12-11',
    };
    expect(findNearDuplicates([repost, original])).toEqual([
      { id: 'portal', of: 'news', containment: expect.any(Number) },
    ]);
  });

  it('finds a copy in traditional characters of the same article', () => {
    const traditional = ARTICLE.replaceAll('宝山', '寶山').replaceAll('产业', '產業');
    const pairs = findNearDuplicates([
      { id: 'simplified', text: ARTICLE, date: '2020-12-09' },
      { id: 'traditional', text: traditional, date: '2020-12-10' },
    ]);
    expect(pairs.map((pair) => [pair.id, pair.of])).toEqual([['traditional', 'simplified']]);
  });

  it('does not call two reports of one event copies', () => {
    const other =
      '宝山药谷奠基仪式于12月9日举行。该项目由国盛集团投资建设，目标是打造千亿级生物医药产业集群，市区两级领导出席仪式并为项目培土。园区建成后将成为北上海生物医药产业园的示范性启动项目，吸引企业总部和研发中心入驻。';
    expect(
      findNearDuplicates([
        { id: 'a', text: ARTICLE, date: '2020-12-09' },
        { id: 'b', text: other, date: '2020-12-09' },
      ]),
    ).toEqual([]);
  });

  it('keeps of a repost only the sentences its original lacks', () => {
    const original = document('news', ARTICLE, '2020-12-09');
    const copy = document(
      'portal',
      `${ARTICLE}\n据悉，园区已有30余家企业达成入驻意向。`,
      '2020-12-11',
    );
    expect(removeRepeatedSentences(copy, original).text).toBe(
      '据悉，园区已有30余家企业达成入驻意向。',
    );
  });
});
