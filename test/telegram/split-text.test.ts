import { describe, expect, it } from 'vitest';
import { splitText, TELEGRAM_MESSAGE_LIMIT } from '../../adapters/telegram/split-text.js';
import { entitiesAreValid, tagsAreBalanced, tagsOf } from './support/html-text.js';

const paragraph = (index: number) =>
  `Paragraph ${index}: ${'biomedical park news '.repeat(45).trim()}.`;

describe('splitText', () => {
  it('keeps a message within the limit whole', () => {
    expect(splitText('Short <b>answer</b> &amp; sources')).toEqual([
      'Short <b>answer</b> &amp; sources',
    ]);
  });

  it('splits a long message at paragraph boundaries into parts of at most 4,096 characters', () => {
    const paragraphs = Array.from({ length: 12 }, (_, index) => paragraph(index));
    const parts = splitText(paragraphs.join('\n\n'));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(parts.flatMap((part) => part.split('\n\n'))).toEqual(paragraphs);
  });

  it('falls back to line breaks when a paragraph is longer than the limit', () => {
    const lines = Array.from({ length: 60 }, (_, index) =>
      `${index}. ${'a source title '.repeat(8)}`.trim(),
    );
    const parts = splitText(lines.join('\n'));
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(parts.flatMap((part) => part.split('\n'))).toEqual(lines);
  });

  it('cuts a text without any break hard, losing nothing', () => {
    const text = 'x'.repeat(10_000);
    const parts = splitText(text);
    expect(parts.map((part) => part.length)).toEqual([4096, 4096, 1808]);
    expect(parts.join('')).toBe(text);
  });

  it('never cuts inside a tag or an entity', () => {
    const text = 'ab&amp;<b>bold</b>&lt;<a href="https://example.org/a">link</a>'.repeat(300);
    const parts = splitText(text, 100);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(100);
      expect(tagsOf(part).every((tag) => /^<\/?(b|a)( href="[^"]*")?>$/.test(tag))).toBe(true);
      expect(entitiesAreValid(part)).toBe(true);
      expect(tagsAreBalanced(part)).toBe(true);
    }
  });

  it('closes a tag open at a cut and opens it again in the next part', () => {
    const parts = splitText(`<b>${'bold words '.repeat(1000).trim()}</b>`);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(part).toMatch(/^<b>.*<\/b>$/s);
      expect(part.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    }
  });

  it('does not split a character outside the Basic Multilingual Plane', () => {
    const parts = splitText('🧬'.repeat(3000));
    for (const part of parts) expect(part).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
    expect(parts.join('')).toBe('🧬'.repeat(3000));
  });
});
