/**
 * A report of the question log (/stats, /gaps, the digest) as Telegram HTML, as a pure
 * function: preformatted, because its columns and sparkline line up only in a fixed-width
 * font, escaped, and split into messages Telegram accepts (each part its own `<pre>`).
 */
import { escapeHtml } from './escape-html.js';
import { splitText, TELEGRAM_MESSAGE_LIMIT } from './split-text.js';

export function formatReport(text: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  return splitText(`<pre>${escapeHtml(text.trim())}</pre>`, limit);
}
