import { describe, expect, it } from 'vitest';
import {
  formatAnswer,
  formatNotice,
  formatRatedAnswer,
  LARK_TEXT_LIMIT,
  sourceLine,
} from '../../adapters/lark/format-answer.js';
import { sampleAnswer, sampleSource } from '../support/sample-answer.js';

const source = sampleSource;
const answer = sampleAnswer;

describe('formatAnswer', () => {
  it('makes a shared card: the answer as plain text, the numbered sources, then 👍/👎', () => {
    expect(formatAnswer(answer())).toEqual({
      config: { wide_screen_mode: true, update_multi: true },
      elements: [
        {
          tag: 'div',
          text: {
            tag: 'plain_text',
            content: 'Shanghai Pharma and DiaSorin signed in Luodian. [1]',
          },
        },
        { tag: 'hr' },
        {
          tag: 'markdown',
          content:
            '**Sources**\n1. [Biomedical to become key pillar industry for Baoshan](https://www.shine.cn/news/metro/2011283/) · SHINE (Shanghai Daily) · 2020-11-28',
        },
        {
          tag: 'action',
          actions: [
            {
              tag: 'button',
              text: { tag: 'plain_text', content: '👍 Helpful' },
              type: 'default',
              value: { feedback: 'up', answerId: 'abc12345', language: 'en' },
            },
            {
              tag: 'button',
              text: { tag: 'plain_text', content: '👎 Not helpful' },
              type: 'default',
              value: { feedback: 'down', answerId: 'abc12345', language: 'en' },
            },
          ],
        },
      ],
    });
  });

  it('heads the nearest documents as such, and offers no buttons when nothing was answered', () => {
    const card = formatAnswer(answer({ kind: 'not_found', answered: false, language: 'zh' }));
    expect(card.elements.map((element) => element.tag)).toEqual(['div', 'hr', 'markdown']);
    expect(card.elements[2]).toMatchObject({
      content: expect.stringMatching(/^\*\*最接近的文档\*\*\n1\. /),
    });
  });

  it('sends a refusal without sources as its text alone', () => {
    const card = formatAnswer(answer({ kind: 'invalid_question', answered: false, sources: [] }));
    expect(card.elements.map((element) => element.tag)).toEqual(['div']);
  });

  it('cuts an answer too long for one card, never inside a surrogate pair', () => {
    const text = `${'a'.repeat(LARK_TEXT_LIMIT - 2)}😀 and more`;
    const [body] = formatAnswer(answer({ text, sources: [] })).elements;
    expect(body).toEqual({
      tag: 'div',
      text: { tag: 'plain_text', content: `${'a'.repeat(LARK_TEXT_LIMIT - 2)}…` },
    });
  });
});

describe('sourceLine', () => {
  it.each([
    [
      'a title that would form a link',
      '[click](https://evil.example)',
      '&#91;click&#93;(https://evil.example)',
    ],
    [
      'a title that would ping a whole group',
      'News <at id=all></at>',
      'News &#60;at id=all&#62;&#60;/at&#62;',
    ],
    [
      'emphasis, code and entities',
      '*Big* _news_ `now` &#60;',
      '&#42;Big&#42; &#95;news&#95; &#96;now&#96; &#38;#60;',
    ],
    ['a title on two lines', 'First line\n# Second line', 'First line # Second line'],
  ])('escapes %s', (_case, title, escaped) => {
    expect(sourceLine(source({ title, url: null, source: '', date: null }))).toBe(`1. ${escaped}`);
  });

  it.each([
    ['a javascript: address', 'javascript:alert(1)'],
    ['a relative address', '/news/1'],
    ['no address', null],
  ])('leaves the title unlinked for %s', (_case, url) => {
    expect(sourceLine(source({ url, source: '', date: null }))).toBe(
      '1. Biomedical to become key pillar industry for Baoshan',
    );
  });

  it('keeps parentheses in an address from ending the link early', () => {
    expect(sourceLine(source({ url: 'https://example.org/a_(b)', source: '', date: null }))).toBe(
      '1. [Biomedical to become key pillar industry for Baoshan](https://example.org/a_%28b%29)',
    );
  });

  it('names a document without a title by its path', () => {
    expect(sourceLine(source({ title: ' ', url: null, date: null }))).toBe(
      '1. news/shine.md · SHINE (Shanghai Daily)',
    );
  });
});

describe('cards after a rating, and notices', () => {
  it('replaces the buttons with the rating and thanks, in the answer’s language', () => {
    const card = formatRatedAnswer(answer({ language: 'zh' }), 'up');
    expect(card.elements.map((element) => element.tag)).toEqual(['div', 'hr', 'markdown', 'note']);
    expect(card.elements.at(-1)).toEqual({
      tag: 'note',
      elements: [{ tag: 'plain_text', content: '👍 感谢您的反馈！' }],
    });
  });

  it('asks what was wrong after a 👎, with one button per reason', () => {
    const card = formatRatedAnswer(answer({ language: 'zh' }), 'down');
    expect(card.elements.map((element) => element.tag)).toEqual([
      'div',
      'hr',
      'markdown',
      'note',
      'div',
      'action',
    ]);
    const labels = JSON.stringify(card.elements.at(-1));
    for (const label of ['答案有误', '不完整', '答非所问']) expect(labels).toContain(label);
  });

  it('shows the chosen reason and no more buttons once a reason is picked', () => {
    const card = formatRatedAnswer(answer({ language: 'en' }), 'down', 'incomplete');
    expect(card.elements.map((element) => element.tag)).toEqual(['div', 'hr', 'markdown', 'note']);
    expect(card.elements.at(-1)).toEqual({
      tag: 'note',
      elements: [{ tag: 'plain_text', content: '👎 · Incomplete Thanks for the feedback!' }],
    });
  });

  it('shows a notice as plain text, which Lark never parses', () => {
    expect(formatNotice('Failed: <at id=all></at>.md (CORRUPT)')).toEqual({
      config: { wide_screen_mode: true, update_multi: true },
      elements: [
        {
          tag: 'div',
          text: { tag: 'plain_text', content: 'Failed: <at id=all></at>.md (CORRUPT)' },
        },
      ],
    });
  });
});
