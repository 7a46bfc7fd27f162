/**
 * Whether a document is written in traditional Chinese characters (a Hong Kong or Taiwan
 * outlet's page). Search folds it to simplified (text/fold-script.ts) and quotes it as
 * written; the reload report lists such documents so that admins know answers may quote
 * them in traditional script.
 */
import { foldScript } from '../text/fold-script.js';

/** The rule, as data: enough Chinese to judge, and enough of it traditional. */
export const TRADITIONAL_SCRIPT = {
  /** Fewer Chinese characters than this (a name in an English report) say nothing of the script. */
  minimumChineseCharacters: 50,
  /**
   * Share of Chinese characters that have a simplified form of their own. Traditional pages
   * measure 35–45% (most common characters are the same in both scripts); simplified ones 0–1%.
   */
  minimumShare: 0.15,
} as const;

const CHINESE_CHARACTER = /\p{Script=Han}/u;

/** How many Chinese characters the text has, and how many of them are traditional forms. */
export function countTraditional(text: string): { chinese: number; traditional: number } {
  const folded = foldScript(text);
  let chinese = 0;
  let traditional = 0;
  // foldScript keeps every character's position, so the two texts align unit by unit.
  for (let i = 0; i < text.length; i += 1) {
    if (!CHINESE_CHARACTER.test(text[i] as string)) continue;
    chinese += 1;
    if (folded[i] !== text[i]) traditional += 1;
  }
  return { chinese, traditional };
}

/** True when the text is written in traditional characters, by `TRADITIONAL_SCRIPT`. */
export function isTraditionalScript(text: string): boolean {
  const { chinese, traditional } = countTraditional(text);
  return (
    chinese >= TRADITIONAL_SCRIPT.minimumChineseCharacters &&
    traditional / chinese >= TRADITIONAL_SCRIPT.minimumShare
  );
}
