/**
 * Text pasted out of a PDF (or typed into a fixed-width editor) breaks its paragraphs into
 * lines of about the same width, mid-sentence and even mid-word, with page numbers and a
 * running header between pages. Sentences must be whole before they are split, so this joins
 * the lines of each paragraph again and drops the page furniture. Our own code: text
 * splitters and PDF libraries keep the breaks; none tells a wrapped line from a short one.
 */

/** A page number: "- 3 -", "— 3 —", "第 3 页 共 8 页", "Page 3 of 8". */
const PAGE_NUMBER =
  /(?:^|\s)[-—–]\s*\d{1,4}\s*[-—–](?:\s|$)|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\bpage\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\b/i;
/** A line that is only a page count: "3/8". */
const PAGE_FRACTION = /^\d{1,4}\s*\/\s*\d{1,4}$/;
/** A page's footer line holds its number and a few words at most. */
const FOOTER_COLUMNS = 90;
/** A line that starts a clause, an item or a table: never the continuation of the line before. */
const STARTS_BLOCK =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}(?:\.\d{1,2})+\s+(?=[A-Z\p{Script=Han}])|\d{1,2}[.、．)](?!\d)|第[一二三四五六七八九十百\d]+[条章节款]|(?:article|section|chapter|table|annex|appendix)\s+\d|表\s*\d|附件|[•·▪●■◆\-*]\s)/iu;
/** Table rows keep their cells apart with tabs, runs of spaces or a full-width space (　). */
const TABLE_ROW = /\S(?:\t|\u3000|\s{2,})\S/;
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** Lines of at least this share of the wrap width were broken by the wrap, not by the writer. */
const FULL_LINE = 0.7;
/** Wrapped text has lines of 40 to 120 columns (a Chinese character is two). */
const WRAP_COLUMNS = { min: 40, max: 120 };
/** At least this share of prose lines are full when a text is wrapped. */
const WRAPPED_SHARE = 0.35;
/** A short line repeated this often is a running header or footer. */
const RUNNING_HEADER_REPEATS = 3;
const RUNNING_HEADER_COLUMNS = 80;

/** The text with page furniture dropped and hard-wrapped paragraphs joined. */
export function unwrapLines(text: string): string {
  const lines = withoutPageFurniture(text.split('\n'));
  const width = wrapWidth(lines);
  if (width === null) return lines.join('\n');
  // The first line is the title of a pasted document; it never runs on.
  const joined: string[] = lines.slice(0, 1);
  for (const [index, line] of lines.entries()) {
    if (index === 0) continue;
    if (index > 1 && continues(lines[index - 1] as string, line, width))
      joined[joined.length - 1] = joinLines(joined.at(-1) as string, line.trim());
    else joined.push(line);
  }
  return joined.join('\n');
}

/** Columns a line takes: a Chinese character or full-width mark takes two. */
export function columns(line: string): number {
  let width = 0;
  for (const character of line.trim()) width += HAN.test(character) ? 2 : 1;
  return width;
}

/**
 * Lines without page numbers and running headers: a short line repeated three times, or
 * twice in a text that numbers its pages.
 */
function withoutPageFurniture(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = line.trim();
    if (key !== '' && columns(key) <= RUNNING_HEADER_COLUMNS)
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const paged = lines.some(isPageNumber);
  const repeats = paged ? RUNNING_HEADER_REPEATS - 1 : RUNNING_HEADER_REPEATS;
  return lines.filter((line) => !isPageNumber(line) && (counts.get(line.trim()) ?? 0) < repeats);
}

function isPageNumber(line: string): boolean {
  const key = line.trim();
  return PAGE_FRACTION.test(key) || (columns(key) <= FOOTER_COLUMNS && PAGE_NUMBER.test(key));
}

/**
 * The width the text is wrapped at, or `null` when it is not wrapped: most full lines are
 * about as wide as the widest prose lines, and that width is one a wrap would choose.
 */
function wrapWidth(lines: readonly string[]): number | null {
  const widths = lines
    .filter((line) => line.trim() !== '' && !TABLE_ROW.test(line.trim()))
    .map(columns)
    .sort((a, b) => a - b);
  if (widths.length < 5) return null;
  const width = widths[Math.floor(widths.length * 0.9)] as number;
  if (width < WRAP_COLUMNS.min || width > WRAP_COLUMNS.max) return null;
  const full = widths.filter((value) => value >= FULL_LINE * width).length;
  return full / widths.length >= WRAPPED_SHARE ? width : null;
}

/** True when `line` carries on the paragraph the full line `previous` was wrapped out of. */
function continues(previous: string, line: string, width: number): boolean {
  const [last, next] = [previous.trim(), line.trim()];
  if (next === '' || last === '') return false;
  if (TABLE_ROW.test(next) || TABLE_ROW.test(last) || STARTS_BLOCK.test(next)) return false;
  return columns(last) >= FULL_LINE * width;
}

/** Joins a wrapped line to the next: no space in Chinese, none inside a hyphenated word. */
function joinLines(previous: string, next: string): string {
  const end = previous.trimEnd();
  if (/[a-z]-$/.test(end) && /^[a-z]/.test(next)) return end.slice(0, -1) + next;
  const last = end.at(-1) ?? '';
  const first = next[0] ?? '';
  const chinese = HAN.test(last) || HAN.test(first) || (/\d/.test(last) && hanDominant(end));
  return chinese ? end + next : `${end} ${next}`;
}

function hanDominant(line: string): boolean {
  const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han * 2 > line.length;
}
