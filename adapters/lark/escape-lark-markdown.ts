/**
 * Escaping for the Markdown of Feishu/Lark cards, for text inside a line (a source's title,
 * publisher, date). Every character that can start Markdown syntax there becomes an HTML
 * entity (`&#42;` for `*`), as Lark's card documentation prescribes, so a document title
 * cannot form a link, an image, emphasis, code, or an `<at id=all></at>` that pings a whole
 * group, whatever a crawled page contained. Line breaks become spaces: what only counts at
 * the start of a line (`#`, `-`, `1.`) can then never be at one.
 */
const MARKDOWN_SYNTAX = /[\\`*_~[\]<>&]/g;

export function escapeLarkMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(MARKDOWN_SYNTAX, (character) => `&#${character.charCodeAt(0)};`);
}
