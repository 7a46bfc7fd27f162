/**
 * Slack's escaping rule for text it parses as mrkdwn: `&`, `<` and `>` become entities, and
 * nothing else. Document text escaped this way cannot form links, `<@U…>` mentions or
 * `<!channel>` pings, whatever a crawled page contained.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (character) => ENTITIES[character] ?? character);
}
