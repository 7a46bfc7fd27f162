/** What a user sees of a Telegram HTML message, and which tags it uses. */

/** The message without tags, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every tag in the message, e.g. `<b>`, `</a>`. */
export function tagsOf(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

/** True when every `&` starts an entity Telegram understands. */
export function entitiesAreValid(html: string): boolean {
  return [...html.matchAll(/&/g)].every((match) =>
    /^&(lt|gt|amp|quot|#\d+);/.test(html.slice(match.index)),
  );
}

/** True when every tag is closed, in order, within the message. */
export function tagsAreBalanced(html: string): boolean {
  const open: string[] = [];
  for (const tag of tagsOf(html)) {
    const name = /^<\/?([a-z]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (!tag.startsWith('</')) open.push(name);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}
