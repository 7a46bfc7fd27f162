/**
 * Removes characters that are invisible to a reader but change what text matches:
 * zero-width characters, bidirectional controls, Unicode tag characters (which can hide
 * instructions) and other control characters. Normalizes line ends and spacing.
 */

// Zero-width space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator.
const ZERO_WIDTH = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E]/g;
// LRM/RLM/ALM and the embedding, override and isolate controls.
const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
// Unicode tag characters U+E0000–U+E007F.
const TAGS = /[\u{E0000}-\u{E007F}]/gu;
// C0 and C1 controls except tab and line feed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text without invisible characters, with `\n` line ends and tidy spacing. */
export function cleanText(text: string): string {
  return removeInvisibleCharacters(text.replace(/\r\n?/g, '\n'))
    .replace(/[\t\u00A0\u3000 ]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text without zero-width, bidi-control, tag and control characters (keeps \n and \t). */
export function removeInvisibleCharacters(text: string): string {
  return text
    .replace(ZERO_WIDTH, '')
    .replace(BIDI_CONTROLS, '')
    .replace(TAGS, '')
    .replace(CONTROLS, '');
}
