/**
 * Reads a page's metadata (title, address, date, publisher) from its tags in one streaming
 * pass of htmlparser2. Regular expressions over the markup did this before and took minutes
 * on a page of unclosed `<link` or `<meta` tags (their backtracking grows with the cube of
 * the page's length); the tokenizer reads any page in one linear pass.
 */
import { Parser } from 'htmlparser2';
import { isCalendarDate } from './calendar-date.js';
import type { DocumentMetadata } from './knowledge-document.js';

/** What the pass finds: the first of each kind, the text collapsed, `undefined` when absent. */
interface PageTags {
  /** `content` of the first `<meta>` of each `property` or `name` (lowercased). */
  meta: Map<string, string>;
  canonical: string | undefined;
  title: string | undefined;
  heading: string | undefined;
}

/** The page's metadata: `og:` and article tags first, then `<title>`, the first `<h1>` and the canonical link. */
export function htmlMetadata(html: string): DocumentMetadata {
  const tags = readPageTags(html);
  const metadata: DocumentMetadata = {};
  const title = tags.meta.get('og:title') ?? tags.title ?? tags.heading;
  if (title !== undefined) metadata.title = title;
  const url = tags.meta.get('og:url') ?? tags.canonical;
  if (url !== undefined && /^https?:\/\//.test(url)) metadata.url = url;
  const date = (tags.meta.get('article:published_time') ?? tags.meta.get('date'))?.slice(0, 10);
  // A page's own tag that is no calendar date is left out, not moved to a neighbouring day.
  if (date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) && isCalendarDate(date))
    metadata.date = date;
  const publisher = tags.meta.get('og:site_name');
  if (publisher !== undefined) metadata.publisher = publisher;
  return metadata;
}

/** The tags whose text is metadata, and the field each fills. */
const TEXT_FIELDS = new Map<string, 'title' | 'heading'>([
  ['title', 'title'],
  ['h1', 'heading'],
]);

function readPageTags(html: string): PageTags {
  const reader = new PageTagReader();
  new Parser(reader).end(html);
  return reader.tags;
}

/** htmlparser2 handlers that keep the first of each kind of tag the metadata comes from. */
class PageTagReader {
  readonly tags: PageTags = {
    meta: new Map(),
    canonical: undefined,
    title: undefined,
    heading: undefined,
  };
  private reading: 'title' | 'heading' | null = null;
  private text = '';

  onopentag(name: string, attributes: Record<string, string>): void {
    if (name === 'meta') readMeta(this.tags.meta, attributes);
    if (name === 'link' && isCanonical(attributes))
      this.tags.canonical ??= collapse(attributes.href);
    const field = TEXT_FIELDS.get(name);
    if (field === undefined || this.reading !== null || this.tags[field] !== undefined) return;
    this.reading = field;
    this.text = '';
  }

  ontext(data: string): void {
    if (this.reading !== null) this.text += data;
  }

  onclosetag(name: string): void {
    if (this.reading === null || TEXT_FIELDS.get(name) !== this.reading) return;
    this.tags[this.reading] = collapse(this.text);
    this.reading = null;
  }
}

function readMeta(meta: Map<string, string>, attributes: Record<string, string>): void {
  const content = collapse(attributes.content);
  if (content === undefined) return;
  for (const name of [attributes.property, attributes.name]) {
    const field = name?.toLowerCase();
    if (field !== undefined && !meta.has(field)) meta.set(field, content);
  }
}

function isCanonical(attributes: Record<string, string>): boolean {
  return attributes.rel?.toLowerCase().split(/\s+/).includes('canonical') === true;
}

/** The text with runs of white space made one space, or `undefined` when nothing is left. */
function collapse(text: string | undefined): string | undefined {
  const collapsed = text?.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? undefined : collapsed;
}
