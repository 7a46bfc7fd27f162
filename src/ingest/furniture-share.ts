/**
 * How much of a document is page furniture: the lines the boilerplate rules removed
 * (remove-boilerplate.ts) and the lines left that are headings, captions or table rules
 * (answer/furniture.ts). A saved web page that is mostly menus, captions and "related
 * articles" answers little, and the reload report says so, with the share.
 */
import { isFurniture } from '../answer/furniture.js';
import { weightedLength } from './chunk-document.js';
import type { BoilerplateResult } from './remove-boilerplate.js';

/** A document is "mostly page furniture" from this share of its text on. */
export const MOSTLY_FURNITURE_SHARE = 0.5;

/**
 * The share (0–1) of a file's text that is furniture, by length, a Chinese character
 * counting twice as in passage lengths, so that a Chinese article is not called furniture
 * for an English copyright line of the same number of characters.
 */
export function furnitureShare(cleaned: BoilerplateResult): number {
  const kept = cleaned.text.split('\n');
  const removed = lengthOf(cleaned.removed.map((entry) => entry.line));
  const total = removed + lengthOf(kept);
  return total === 0 ? 0 : (removed + lengthOf(kept.filter(isFurniture))) / total;
}

/** True when at least `MOSTLY_FURNITURE_SHARE` of the text is furniture. */
export function isMostlyFurniture(share: number): boolean {
  return share >= MOSTLY_FURNITURE_SHARE;
}

function lengthOf(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + weightedLength(line.trim()), 0);
}
