/**
 * A figure for part of a year ("in the first half of 2021", "2021年1至9月") does not answer a
 * question about the year, nor a figure for the year one about part of it; a running total
 * ("since 2021, 19 drugs have been approved", "累计") does not answer one about a single year
 * ("in 2024 alone"). The answerability model weighs a sentence whose period differs from the
 * question's (answer-features.ts).
 */
import { CHINESE } from '../language/chinese.js';
import { ENGLISH } from '../language/english.js';
import { yearsIn } from '../text/years.js';

function partOfYear(text: string): boolean {
  return ENGLISH.partOfYear.test(text) || CHINESE.partOfYear.test(text);
}

function runningTotal(text: string): boolean {
  return ENGLISH.runningTotal.test(text) || CHINESE.runningTotal.test(text);
}

/** True when the sentence's period is not the question's: part of a year or all of it, or a total since. */
export function periodMismatch(question: string, sentence: string): boolean {
  if (partOfYear(sentence) !== partOfYear(question)) return true;
  const oneYear = yearsIn(question).length === 1;
  return oneYear && runningTotal(sentence) && !runningTotal(question);
}
