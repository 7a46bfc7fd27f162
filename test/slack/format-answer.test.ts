/** The pure formatting of answers for Slack: escaping, splitting, sources and buttons. */
import { describe, expect, it } from 'vitest';
import { formatAnswer, SLACK_LIMITS } from '../../adapters/slack/format-answer.js';
import { questionText } from '../../adapters/slack/question-text.js';
import { splitText } from '../../adapters/slack/split-text.js';
import type { Answer, Source } from '../../src/engine/answer-types.js';

function source(overrides: Partial<Source> = {}): Source {
  return {
    n: 1,
    title: 'Biomedical to become key pillar industry for Baoshan',
    source: 'SHINE (Shanghai Daily)',
    date: '2020-11-28',
    url: 'https://www.shine.cn/news/metro/2011281234/',
    path: 'news/shine-2020-11-28.md',
    text: 'Shanghai Pharma, Baoji, Guosheng, Thalys and DiaSorin have signed agreements.',
    score: 1,
    documentId: 'doc-1',
    chunkId: 'chunk-1',
    language: 'en',
    ...overrides,
  };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    id: 'ans-42',
    text: 'Shanghai Pharma, Baoji, Guosheng, Thalys and DiaSorin signed in Luodian. [1]',
    answered: true,
    kind: 'answer',
    language: 'en',
    sources: [source()],
    generator: 'extractive',
    ...overrides,
  };
}

type Block = {
  type: string;
  text?: { text: string };
  elements?: { text?: unknown; action_id?: string; value?: string }[];
};
const blocks = (message: ReturnType<typeof formatAnswer>) => message.blocks as Block[];
const sections = (message: ReturnType<typeof formatAnswer>) =>
  blocks(message)
    .filter((block) => block.type === 'section')
    .map((block) => block.text?.text ?? '');
const context = (message: ReturnType<typeof formatAnswer>) =>
  blocks(message)
    .filter((block) => block.type === 'context')
    .flatMap((block) => block.elements ?? [])
    .map((element) => String(element.text))
    .join('\n');
const buttons = (message: ReturnType<typeof formatAnswer>) =>
  blocks(message).flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []));

describe('formatAnswer', () => {
  it('escapes markup from documents so that it can neither ping a channel nor form a link', () => {
    const message = formatAnswer(
      answer({
        text: 'The page said <!channel> <script>alert(1)</script> & <@U0BOSS> <https://evil.example|click>. [1]',
        sources: [
          source({ title: '<!here> Pharma & Co <@U0BOSS>', source: 'A <b>bold</b> publisher' }),
        ],
      }),
    );
    const visible = [...sections(message), context(message), message.text].join('\n');

    expect(sections(message)[0]).toBe(
      'The page said &lt;!channel&gt; &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;@U0BOSS&gt; &lt;https://evil.example|click&gt;. [1]',
    );
    expect(visible).not.toMatch(/<!(channel|here)|<@U0BOSS|<script|<https:\/\/evil/);
    expect(context(message)).toContain('|&lt;!here&gt; Pharma &amp; Co &lt;@U0BOSS&gt;>');
    expect(context(message)).toContain('A &lt;b&gt;bold&lt;/b&gt; publisher');
  });

  it('lists numbered sources with a link, the publisher and the date', () => {
    const message = formatAnswer(
      answer({
        sources: [
          source({ url: 'https://example.org/report?id=1&lang=en' }),
          source({
            n: 2,
            title: '2020中国生物医药产业创新大会',
            source: '新民晚报',
            url: null,
            date: null,
          }),
          source({ n: 3, title: 'Unsafe link', url: 'javascript:alert(1)', date: '2021-01-02' }),
        ],
      }),
    );

    expect(context(message)).toBe(
      [
        '*Sources*',
        '1. <https://example.org/report?id=1&amp;lang=en|Biomedical to become key pillar industry for Baoshan> · SHINE (Shanghai Daily) · 2020-11-28',
        '2. 2020中国生物医药产业创新大会 · 新民晚报',
        '3. Unsafe link · SHINE (Shanghai Daily) · 2021-01-02',
      ].join('\n'),
    );
  });

  it('heads the nearest documents as such when the answer was not found, in the asker’s language', () => {
    expect(context(formatAnswer(answer({ kind: 'not_found', answered: false })))).toMatch(
      /^\*Nearest documents\*\n1\. /,
    );
    expect(
      context(formatAnswer(answer({ kind: 'not_found', answered: false, language: 'zh' }))),
    ).toMatch(/^\*最接近的文档\*\n1\. /);
    expect(context(formatAnswer(answer({ language: 'zh' })))).toMatch(/^\*来源\*\n1\. /);
  });

  it('offers 👍/👎 buttons carrying the answer id only when the knowledge base answered', () => {
    expect(
      buttons(formatAnswer(answer())).map((button) => [button.action_id, button.value]),
    ).toEqual([
      ['feedback_up', 'ans-42'],
      ['feedback_down', 'ans-42'],
    ]);
    expect(buttons(formatAnswer(answer({ kind: 'not_found', answered: false })))).toEqual([]);
    expect(
      buttons(formatAnswer(answer({ kind: 'invalid_question', answered: false, sources: [] }))),
    ).toEqual([]);
  });

  it('omits the sources block when there are no sources', () => {
    const message = formatAnswer(
      answer({
        kind: 'invalid_question',
        answered: false,
        sources: [],
        text: 'Please type a question.',
      }),
    );
    expect(blocks(message).map((block) => block.type)).toEqual(['section']);
  });

  it('always carries a plain-text fallback for notifications', () => {
    const message = formatAnswer(answer({ text: 'Fish & chips [1]' }));
    expect(message.text).toBe('Fish &amp; chips [1]');
  });

  it('splits a long answer into sections within Slack’s 3,000-character limit, losing no words', () => {
    const paragraph = 'Shanghai Pharma signed agreements in Luodian this year. '.repeat(40).trim();
    const text = Array.from({ length: 4 }, () => paragraph).join('\n\n');
    const pieces = sections(formatAnswer(answer({ text })));

    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(
      SLACK_LIMITS.textObject,
    );
    expect(pieces.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
  });

  it('keeps a huge answer within 50 blocks and marks it as cut', () => {
    const message = formatAnswer(answer({ text: 'word '.repeat(60_000) }));

    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(sections(message).at(-1)).toMatch(/…$/);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  });
});

describe('splitText', () => {
  it('never cuts an escaped entity in two', () => {
    const pieces = splitText('&amp;'.repeat(2000), 3000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece).toMatch(/^(&amp;)+$/);
  });

  it('never cuts a character outside the basic plane in two', () => {
    // One BMP character first puts every 3,000th code unit in the middle of a pair.
    const text = `医${'𠀀'.repeat(3000)}`;
    const pieces = splitText(text, 3000);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(pieces.some((piece) => loneSurrogate.test(piece))).toBe(false);
    expect(pieces.join('')).toBe(text);
  });
});

describe('questionText', () => {
  it('reads the question out of Slack markup', () => {
    expect(
      questionText(
        '<@U0KBBOT> which &lt;b&gt; companies signed? see <#C123|general> and <https://x.org|this site>',
      ),
    ).toBe('which <b> companies signed? see #general and this site');
    expect(questionText('<@U0KBBOT>')).toBe('');
  });
});
