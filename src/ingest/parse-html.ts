import { convert } from 'html-to-text';
import { decodeText } from './decode-text.js';
import type { DocumentMetadata, ParsedFile } from './knowledge-document.js';

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

function htmlMetadata(html: string): DocumentMetadata {
  const metadata: DocumentMetadata = {};
  const title = metaContent(html, 'og:title') ?? tagText(html, 'title') ?? tagText(html, 'h1');
  if (title !== undefined) metadata.title = title;
  const url =
    metaContent(html, 'og:url') ??
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1];
  if (url !== undefined && /^https?:\/\//.test(url)) metadata.url = url;
  const date = (metaContent(html, 'article:published_time') ?? metaContent(html, 'date'))?.slice(
    0,
    10,
  );
  if (date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date)) metadata.date = date;
  const publisher = metaContent(html, 'og:site_name');
  if (publisher !== undefined) metadata.publisher = publisher;
  return metadata;
}

function metaContent(html: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `<meta[^>]+(?:property|name)=["']${escaped}["'][^>]*content=["']([^"']*)["']`,
    'i',
  );
  return decodeEntities(pattern.exec(html)?.[1]);
}

function tagText(html: string, tag: string): string | undefined {
  const inner = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'i').exec(html)?.[1];
  return decodeEntities(inner?.replace(/<[^>]+>/g, ''));
}

function decodeEntities(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const decoded = convert(text, { wordwrap: false }).trim();
  return decoded === '' ? undefined : decoded;
}
