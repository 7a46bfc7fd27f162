/**
 * Splits the HTML text of a message into parts Telegram accepts (at most 4,096 characters each): at the
 * last paragraph break that fits, else the last line break, else the last space, else a hard
 * cut. A cut never falls inside a tag or an entity, and a tag open at a cut is closed at the
 * end of one part and opened again at the start of the next, so every part parses on its own.
 */

/** Telegram's limit on the text of one message. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g;

/** The parts of `html`, each at most `limit` characters, none empty. */
export function splitText(html: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let rest = html.trim();
  while (rest.length > limit) {
    const { part, next } = cutOnce(rest, limit);
    parts.push(part);
    rest = next;
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

/** One part from the start of `html` and what remains, with open tags closed and reopened. */
function cutOnce(html: string, limit: number): { part: string; next: string } {
  let budget = limit;
  for (;;) {
    const cut = chooseCut(html, budget);
    const open = openTagsAt(html, cut);
    const closing = open.map(closingTagOf).reverse().join('');
    if (cut + closing.length <= limit || budget <= 1) {
      const part = html.slice(0, cut).trimEnd() + closing;
      return { part, next: open.join('') + html.slice(cut).trimStart() };
    }
    budget -= closing.length;
  }
}

/** Where to cut within the first `budget` characters, preferring the gentlest boundary. */
function chooseCut(html: string, budget: number): number {
  for (const boundary of ['\n\n', '\n', ' ']) {
    const at = html.lastIndexOf(boundary, budget - boundary.length);
    if (at > 0 && isOutsideMarkup(html, at)) return at;
  }
  return hardCut(html, budget);
}

/** A cut at `budget` moved back out of any tag, entity or surrogate pair it would split. */
function hardCut(html: string, budget: number): number {
  let cut = budget;
  const tagStart = html.lastIndexOf('<', cut - 1);
  if (tagStart > html.lastIndexOf('>', cut - 1)) cut = tagStart;
  const entityStart = html.lastIndexOf('&', cut - 1);
  if (
    entityStart >= 0 &&
    !html.slice(entityStart, cut).includes(';') &&
    /^&#?\w+;/.test(html.slice(entityStart))
  )
    cut = entityStart;
  if (isHighSurrogate(html.charCodeAt(cut - 1))) cut -= 1;
  return Math.max(cut, 1);
}

/** True when `index` is not inside a tag (a space inside `<a href="…">` is no boundary). */
function isOutsideMarkup(html: string, index: number): boolean {
  return html.lastIndexOf('<', index) <= html.lastIndexOf('>', index);
}

/** The opening tags still open at `end`, outermost first. */
function openTagsAt(html: string, end: number): string[] {
  const open: { name: string; tag: string }[] = [];
  for (const match of html.slice(0, end).matchAll(TAG)) {
    const [tag, slash, name = ''] = match;
    if (slash === '') open.push({ name: name.toLowerCase(), tag });
    else if (open.at(-1)?.name === name.toLowerCase()) open.pop();
  }
  return open.map((entry) => entry.tag);
}

function closingTagOf(openingTag: string): string {
  const name = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(openingTag)?.[1] ?? '';
  return `</${name}>`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
