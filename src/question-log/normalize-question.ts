/**
 * The form under which questions are counted as "the same question": case, width, script
 * (traditional → simplified), punctuation and spacing do not make a question different.
 */
import { matchingKey } from '../text/analyzer.js';

/**
 * Punctuation not inside a word of letters and digits: "?", "。" and "，" go, while "covid-19",
 * "2.5" and "what's" keep theirs.
 */
const LOOSE_PUNCTUATION =
  /(?<![\p{Script=Latin}\p{N}])[\p{P}\p{S}]+|[\p{P}\p{S}]+(?![\p{Script=Latin}\p{N}])/gu;
/** Chinese is written without spaces; one typed between characters changes nothing. */
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

export function normalizeQuestion(text: string): string {
  return matchingKey(text)
    .replace(LOOSE_PUNCTUATION, ' ')
    .replace(/\s+/g, ' ')
    .replace(SPACE_BETWEEN_HAN, '')
    .trim();
}
