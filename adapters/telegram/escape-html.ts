/**
 * Escaping for Telegram's HTML parse mode. Everything that comes from documents or the engine
 * passes through here, so a title like `<script>` is shown, not parsed (or rejected by
 * Telegram as a bad entity).
 */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&#39;' };

/** Escapes text shown between tags. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (character) => TEXT_ESCAPES[character] ?? character);
}

/** Escapes a value placed inside a quoted attribute, such as a link's `href`. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ATTRIBUTE_ESCAPES[character] ?? character);
}
