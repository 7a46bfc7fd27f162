/**
 * Splits text into sentences for English and Chinese. Chinese sentences end at 。！？；
 * (and their ASCII forms); English ones at . ! ? before a new sentence, not after an
 * abbreviation or an initial. Every line break ends a sentence: news text keeps one
 * paragraph or heading per line.
 */
import { ENGLISH } from '../language/english.js';

const WORDY = /[\p{L}\p{N}]/u;
const CLOSERS = `”’」』"')）】》`;
const ALWAYS_ENDS = new RegExp(`[。！？!?；;…]+[${CLOSERS}]*`, 'gu');

/** The sentences of a text, trimmed, in order. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+/)) {
    for (const piece of splitAtTerminators(line)) {
      sentences.push(...splitAtPeriods(piece));
    }
  }
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => WORDY.test(sentence));
}

function splitAtTerminators(line: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of line.matchAll(ALWAYS_ENDS)) {
    const end = (match.index ?? 0) + match[0].length;
    pieces.push(line.slice(start, end));
    start = end;
  }
  pieces.push(line.slice(start));
  return pieces;
}

const PERIOD = new RegExp(
  `\\.[${CLOSERS}]*(?=\\s+[\\p{Lu}\\p{N}"“'‘(\\p{Script=Han}]|\\s*$|[\\p{Lu}][\\p{Ll}])`,
  'gu',
);

function splitAtPeriods(piece: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of piece.matchAll(PERIOD)) {
    const index = match.index ?? 0;
    if (!endsSentence(piece, start, index)) continue;
    const end = index + match[0].length;
    sentences.push(piece.slice(start, end));
    start = end;
  }
  sentences.push(piece.slice(start));
  return sentences;
}

/** False after an abbreviation ("Mr."), an initial ("J.") or a number ("No. 5"). */
function endsSentence(piece: string, start: number, periodIndex: number): boolean {
  // The word before the period is all that matters; a short tail keeps this linear.
  const before = piece.slice(Math.max(start, periodIndex - 24), periodIndex);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (word === '') return true;
  if (/^\p{L}$/u.test(word)) return false;
  return !ENGLISH.abbreviations.has(word);
}
