/**
 * The Telegram rendering of an answer, as a pure function: the answer's text, then its
 * sources as a numbered list, in HTML parse mode with everything from documents escaped,
 * split into messages Telegram accepts.
 */
import { type Answer, type Source, sourcesHeading } from '../../src/adapter-kit.js';
import { escapeAttribute, escapeHtml } from './escape-html.js';
import { splitText, TELEGRAM_MESSAGE_LIMIT } from './split-text.js';

/** The HTML messages that carry `answer`, in order; at most `limit` characters each. */
export function formatAnswer(answer: Answer, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const body = escapeHtml(answer.text.trim());
  if (answer.sources.length === 0) return splitText(body, limit);
  return splitText(`${body}\n\n${formatSources(answer)}`, limit);
}

/** The heading and one line per source. */
function formatSources(answer: Answer): string {
  const heading = sourcesHeading(answer);
  return [`<b>${escapeHtml(heading)}</b>`, ...answer.sources.map(formatSource)].join('\n');
}

/** "n. title — publisher, date", the title linked when the source has a web address. */
export function formatSource(source: Source): string {
  const title = escapeHtml(source.title.trim() || source.path);
  const linked = isWebAddress(source.url)
    ? `<a href="${escapeAttribute(source.url)}">${title}</a>`
    : title;
  const details = [source.source.trim(), source.date ?? '']
    .filter((detail) => detail !== '')
    .map(escapeHtml);
  return details.length === 0
    ? `${source.n}. ${linked}`
    : `${source.n}. ${linked} — ${details.join(', ')}`;
}

/** Only http(s) links: Telegram rejects other schemes, and `javascript:` must never be a link. */
function isWebAddress(url: string | null): url is string {
  if (url === null || !URL.canParse(url)) return false;
  const protocol = new URL(url).protocol;
  return protocol === 'https:' || protocol === 'http:';
}
