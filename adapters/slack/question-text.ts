/**
 * The question inside a Slack message, as plain text for the engine: mentions of the bot
 * and other users removed, channel and link markup reduced to their labels, and Slack's
 * `&amp;`/`&lt;`/`&gt;` turned back into characters.
 */
const MARKUP = /<([^<>]*)>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

export function questionText(slackText: string): string {
  return slackText
    .replace(MARKUP, (_match, inner: string) => labelOf(inner))
    .replace(/&(amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** `@U123` and `!here` vanish; `#C123|general` becomes "#general"; a link becomes its label. */
function labelOf(inner: string): string {
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('@') || target.startsWith('!')) return '';
  if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
  return label ?? target;
}
