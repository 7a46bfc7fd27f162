import { describe, expect, it } from 'vitest';
import { parseCaptionMetadata } from './caption-metadata.js';

describe('metadata in the caption of an upload', () => {
  it.each([
    [undefined, {}],
    ['', {}],
    ['Here is the new fund notice', {}],
    ['date: 2025-06-30', { date: '2025-06-30' }],
    ['Date: 2025-06', { date: '2025-06' }],
    ['date: 2025', { date: '2025' }],
    ['日期：2025年6月30日', { date: '2025-06-30' }],
    ['日期: 2025年6月', { date: '2025-06' }],
    ['date: 2025/6/3', { date: '2025-06-03' }],
    [
      '标题：宝山细胞治疗基金\n来源：宝山区科委',
      { title: '宝山细胞治疗基金', publisher: '宝山区科委' },
    ],
    ['发布者：宝山区人民政府', { publisher: '宝山区人民政府' }],
    ['source: Baoshan Science Commission', { publisher: 'Baoshan Science Commission' }],
    ['title:  Cell Therapy Fund  ', { title: 'Cell Therapy Fund' }],
    ['language: zh', { language: 'zh' }],
    ['语言：中文', { language: 'zh' }],
    ['language: English', { language: 'en' }],
    ['url: https://www.shbsq.gov.cn/fund', { url: 'https://www.shbsq.gov.cn/fund' }],
    ['链接：https://example.org/a?b=c', { url: 'https://example.org/a?b=c' }],
    [
      'New notice, please add\ntitle: Fund\r\ndate: 2025-06-30',
      { title: 'Fund', date: '2025-06-30' },
    ],
  ])('reads %j as %j', (caption, metadata) => {
    expect(parseCaptionMetadata(caption)).toEqual(metadata);
  });

  it.each([
    ['date: 2025-02-30', "field 'date' is 2025-02-30, which is not a calendar date"],
    ['日期：2025年13月1日', "field 'date' is 2025-13-01, which is not a calendar date"],
    ['date: June 2025', "field 'date' must be YYYY, YYYY-MM or YYYY-MM-DD, got 'June 2025'"],
    ['language: fr', "field 'language' must be en or zh"],
    ['url: ftp://example.org/file', "field 'url' must be an http:// or https:// address"],
    ['url: javascript:alert(1)', "field 'url' must be an http:// or https:// address"],
    ['title:', "field 'title' must not be empty"],
    ['titel: Fund', "field 'titel' is not a metadata field"],
  ])('refuses %j, naming the field: %s', (caption, problem) => {
    expect(() => parseCaptionMetadata(caption)).toThrow(problem);
  });

  it('says how to write the caption, in both languages', () => {
    expect(() => parseCaptionMetadata('date: tomorrow')).toThrow(
      /such as "date: 2025-06-30" or "日期：2025-06-30"/,
    );
  });
});
