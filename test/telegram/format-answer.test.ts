import { describe, expect, it } from 'vitest';
import { formatAnswer, formatSource } from '../../adapters/telegram/format-answer.js';
import { sampleAnswer, sampleSource } from '../support/sample-answer.js';
import { entitiesAreValid, tagsAreBalanced, visibleText } from './support/html-text.js';

const source = sampleSource;
const answer = sampleAnswer;

describe('formatAnswer', () => {
  it('puts the answer, then a numbered list of sources with linked titles', () => {
    expect(formatAnswer(answer())).toEqual([
      'Shanghai Pharma and DiaSorin signed in Luodian. [1]\n\n<b>Sources</b>\n1. <a href="https://www.shine.cn/news/metro/2011283/">Biomedical to become key pillar industry for Baoshan</a> — SHINE (Shanghai Daily), 2020-11-28',
    ]);
  });

  it('escapes markup from documents and the engine, including quotes in links', () => {
    const [html = ''] = formatAnswer(
      answer({
        text: 'The report quotes <script>alert("x")</script> & more. [1]',
        sources: [
          source({
            title: '<script>alert(1)</script>',
            source: 'A & B <Press>',
            url: 'https://example.org/?a=1&b="2"',
          }),
        ],
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; more');
    expect(html).toContain(
      '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">&lt;script&gt;alert(1)&lt;/script&gt;</a> — A &amp; B &lt;Press&gt;',
    );
    expect(entitiesAreValid(html)).toBe(true);
    expect(visibleText(html)).toContain(
      'The report quotes <script>alert("x")</script> & more. [1]',
    );
  });

  it('links only web addresses', () => {
    expect(formatSource(source({ url: 'javascript:alert(1)' }))).toBe(
      '1. Biomedical to become key pillar industry for Baoshan — SHINE (Shanghai Daily), 2020-11-28',
    );
    expect(formatSource(source({ url: null, source: '', date: null, n: 3 }))).toBe(
      '3. Biomedical to become key pillar industry for Baoshan',
    );
  });

  it('heads the sources of an answer that was not found "Nearest documents", in the answer’s language', () => {
    const notFound = {
      answered: false,
      kind: 'not_found' as const,
      text: "I couldn't find this in the knowledge base.",
    };
    expect(formatAnswer(answer(notFound))[0]).toContain('<b>Nearest documents</b>');
    expect(
      formatAnswer(answer({ ...notFound, language: 'zh', text: '知识库中没有找到相关内容。' }))[0],
    ).toContain('<b>最接近的文档</b>');
    expect(formatAnswer(answer({ language: 'zh', text: '上海医药在罗店签约。[1]' }))[0]).toContain(
      '<b>来源</b>',
    );
  });

  it('sends an answer without sources as its text alone', () => {
    const refusal = answer({
      kind: 'invalid_question',
      answered: false,
      sources: [],
      text: 'Your question is 5,000 characters long; the limit is 1,000.',
    });
    expect(formatAnswer(refusal)).toEqual([
      'Your question is 5,000 characters long; the limit is 1,000.',
    ]);
  });

  it('splits a long answer into messages Telegram accepts, each parsing on its own', () => {
    const text = Array.from(
      { length: 40 },
      (_, index) => `Finding ${index}: ${'the park & its <partners> '.repeat(12)}`,
    ).join('\n\n');
    const sources = Array.from({ length: 30 }, (_, index) => source({ n: index + 1 }));
    const parts = formatAnswer(answer({ text, sources }));
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(tagsAreBalanced(part)).toBe(true);
      expect(entitiesAreValid(part)).toBe(true);
    }
    expect(parts.at(-1)).toContain('30. <a href=');
  });
});
