import { describe, expect, it } from 'vitest';
import { KnowledgeLoadError } from '../../src/errors.js';
import { checkHtmlDepth, MAX_HTML_DEPTH } from '../../src/ingest/check-html-depth.js';
import { htmlMetadata } from '../../src/ingest/html-metadata.js';

function nested(depth: number, open = '<div>', close = '</div>'): string {
  return `${open.repeat(depth)}text${close.repeat(depth)}`;
}

function depthFailure(html: string): KnowledgeLoadError | null {
  try {
    checkHtmlDepth(html, 'page.html');
    return null;
  } catch (error) {
    return error instanceof KnowledgeLoadError ? error : null;
  }
}

describe('bounding how deep a page nests', () => {
  it.each([
    ['elements nested to the bound', nested(MAX_HTML_DEPTH), null],
    ['elements nested one deeper', nested(MAX_HTML_DEPTH + 1), 'TOO_DEEP'],
    ['unclosed inline tags past the bound', '<b>x'.repeat(MAX_HTML_DEPTH + 1), 'TOO_DEEP'],
    ['many unclosed paragraphs, which close each other', '<p>x'.repeat(5000), null],
    ['many void elements', '<br><img src="a.png"><input>'.repeat(5000), null],
  ])('judges %s', (_, html, reason) => {
    expect(depthFailure(html)?.reason ?? null).toBe(reason);
  });
});

describe("reading a page's metadata", () => {
  it.each([
    [
      'og tags, whatever the order of their attributes',
      '<meta content="Officials break ground on MEDIPARK, a \'highland\'" property="og:title"><meta property="og:site_name" content="SHINE">',
      { title: "Officials break ground on MEDIPARK, a 'highland'", publisher: 'SHINE' },
    ],
    [
      'the title, then the canonical link and the publication date',
      '<title> Park &amp; news </title><link href="https://example.org/park" rel="canonical"><meta name="article:published_time" content="2020-12-18T10:05:00+08:00">',
      { title: 'Park & news', url: 'https://example.org/park', date: '2020-12-18' },
    ],
    [
      'the first heading when there is no title',
      '<body><h1>Meilan Lake <b>conference</b></h1><h1>Second</h1></body>',
      { title: 'Meilan Lake conference' },
    ],
    [
      'no address that is not a web address',
      '<meta property="og:url" content="javascript:alert(1)"><title>T</title>',
      { title: 'T' },
    ],
  ])('reads %s', (_, html, metadata) => {
    expect(htmlMetadata(html)).toEqual(metadata);
  });
});
