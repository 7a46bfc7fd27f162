/**
 * Splits text into pieces of at most `limit` characters (Slack counts UTF-16 code units),
 * preferring paragraph breaks, then line breaks, then spaces, and never cutting an HTML
 * entity (`&amp;`) or a surrogate pair in two.
 */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = cutPoint(rest, limit);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

function cutPoint(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(separator);
    if (at > limit / 2) return at;
  }
  return safeHardCut(text, limit);
}

/** The last index at or before `limit` that falls outside any entity and surrogate pair. */
function safeHardCut(text: string, limit: number): number {
  let cut = limit;
  const ampersand = text.lastIndexOf('&', cut - 1);
  if (ampersand >= 0 && ampersand > cut - 6 && !text.slice(ampersand, cut).includes(';'))
    cut = ampersand;
  if (isLowSurrogate(text.charCodeAt(cut))) cut -= 1;
  return cut > 0 ? cut : limit;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
