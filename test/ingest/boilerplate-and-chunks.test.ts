import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_LIMIT, chunkDocument, weightedLength } from '../../src/ingest/chunk-document.js';
import type { KnowledgeDocument } from '../../src/ingest/knowledge-document.js';
import { listKnowledgeFiles } from '../../src/ingest/list-knowledge-files.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { REPOSITORY_KNOWLEDGE } from '../support/test-engine.js';

async function repositoryDocument(name: string): Promise<KnowledgeDocument> {
  const { files } = await listKnowledgeFiles(REPOSITORY_KNOWLEDGE);
  const file = files.find((candidate) => path.basename(candidate.relativePath) === name);
  if (file === undefined) throw new Error(`${name} is not in knowledge/`);
  return readDocument(file);
}

describe('the Chinese seed report', () => {
  it('keeps the report and loses the page boilerplate around it', async () => {
    const document = await repositoryDocument('2020-11-28-xinmin-biomedical-conference.md');
    expect(document.text).toContain('23个企业项目已在北上海生物医药产业园签约、落地');
    const boilerplate = [
      '当前位置', // site navigation
      '个月前', // post metadata
      '微信', // WeChat promotion
      '二维码', // QR code
      '扫一扫',
      '400 0123 021', // phone numbers
      '135246785151356468684613391219793',
      '版权声明', // copyright line
      '本文链接', // link line
      '分享给朋友',
      '相关文章', // the related-articles list and everything in it
      '农产品绿色生产基地',
      '机器人产业对接活动',
      '218亿元',
      '42职人的2014书单',
    ];
    for (const text of boilerplate) expect(document.text, text).not.toContain(text);
  });

  it('takes its URL from the link line it removes', async () => {
    const document = await repositoryDocument('2020-11-28-xinmin-biomedical-conference.md');
    expect(document.url).toBe('http://bs-cfw.com/index.php/post/109.html');
  });
});

describe('passages', () => {
  const document: KnowledgeDocument = {
    id: 'mixed',
    path: 'mixed.txt',
    title: 'Mixed report',
    publisher: null,
    date: '2024',
    dateSource: 'document',
    language: 'en',
    url: null,
    furnitureShare: 0,
    contentHash: 'x',
    text: [
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `Sentence number ${i + 1} says that Baoshan signed project ${i + 1} with a company in Luodian town.`,
      ),
      '宝山区组建成立生物医药产业专家咨询委员会。十余名院士出任委员！委员会帮助园区建设；招商引资也在推进？'.repeat(
        6,
      ),
    ].join('\n'),
  };

  it('stay under the length bound and end at sentence boundaries in both languages', async () => {
    const chunks = await chunkDocument(document);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(weightedLength(chunk.pageContent)).toBeLessThanOrEqual(CHUNK_LIMIT);
      expect(chunk.pageContent).toMatch(/[.。！？；?!;]$/);
    }
  });

  it('carry their document, position and a content-derived id that survives a rebuild', async () => {
    const first = await chunkDocument(document);
    const second = await chunkDocument(document);
    expect(second.map((chunk) => chunk.id)).toEqual(first.map((chunk) => chunk.id));
    expect(first.map((chunk) => chunk.metadata.position)).toEqual(first.map((_, i) => i));
    expect(first[0]?.metadata).toMatchObject({
      documentId: 'mixed',
      title: 'Mixed report',
      date: '2024',
    });
    const edited = await chunkDocument({
      ...document,
      text: document.text.replace('number 1 says', 'number one says'),
    });
    expect(edited[0]?.id).not.toBe(first[0]?.id);
    expect(edited.at(-1)?.id).toBe(first.at(-1)?.id);
  });
});

describe('inserted ads and links to other articles', () => {
  it('removes a bracketed ad, a sponsored line and previous/next links', async () => {
    const { removeBoilerplate } = await import('../../src/ingest/remove-boilerplate.js');
    const text = [
      '宝山药谷规划面积约200亩，总投资约18亿元。',
      '【招商】北上海生物医药产业园周边 独栋研发厂房 2000-8000㎡ 产业招商：400-0123-0XX（葛经理）',
      'Sponsored: Luodian industrial land for lease, call now',
      '上一篇：宝山区2021年生物医药产业扶持政策申报指南',
      'Next article: Jiading opens a medical device park',
    ].join('\n');
    expect(removeBoilerplate(text).text).toBe('宝山药谷规划面积约200亩，总投资约18亿元。');
  });
});
