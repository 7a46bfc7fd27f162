/**
 * Sentences that lean on the one before: "It belongs to the Shanghai International
 * Biopharma week", "… production,” he stated via video", "他表示…". What the previous
 * sentence names (the meeting, the academician) is what such a sentence is about.
 */
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';

/** True when the sentence refers back to what the sentence before it named. */
export function leansOnPrevious(sentence: string): boolean {
  if (ENGLISH.openingPronoun.test(sentence)) return !ENGLISH.emptyIt.test(sentence);
  return ENGLISH.pronounAttribution.test(sentence) || CHINESE.leaningPronoun.test(sentence);
}
