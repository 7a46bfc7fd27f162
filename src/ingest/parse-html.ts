import { convert } from 'html-to-text';
import { checkHtmlDepth } from './check-html-depth.js';
import { decodeText } from './decode-text.js';
import { htmlMetadata } from './html-metadata.js';
import type { ParsedFile } from './knowledge-document.js';

const SKIPPED = [
  'nav',
  'header',
  'footer',
  'aside',
  'script',
  'style',
  'noscript',
  'form',
  'iframe',
  'img',
  'svg',
  'button',
];

/** Reads an HTML page: its main text (without navigation, headers, footers and scripts) and its metadata. */
export function parseHtml(bytes: Uint8Array, path: string): ParsedFile {
  const html = decodeText(bytes, path);
  checkHtmlDepth(html, path);
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      ...SKIPPED.map((selector) => ({ selector, format: 'skip' as const })),
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  });
  return { text, metadata: htmlMetadata(html) };
}
