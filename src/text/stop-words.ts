/**
 * Stop words of both languages: function words and the words that only make a sentence a
 * question ("which", "多少"). They carry no topic, so they are neither indexed nor required
 * by the answerability check. The lists are language facts (src/language).
 */
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';

/** True when a lower-cased English word carries no topic. */
export function isEnglishStopWord(word: string): boolean {
  return ENGLISH.stopWords.has(word);
}

/** True when a Chinese word carries no topic. */
export function isChineseStopWord(word: string): boolean {
  return CHINESE.stopWords.has(word);
}
