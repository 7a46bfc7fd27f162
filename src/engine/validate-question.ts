/**
 * Checks a question before any work is done on it: empty, too long, or not text gets a
 * clear reply that states the limit. The length is checked first, so a 100,000-character
 * message costs nothing more than its length.
 */
import { removeInvisibleCharacters } from '../ingest/clean-text.js';
import { detectLanguage, type Language } from '../text/detect-language.js';

export type QuestionProblem = 'empty' | 'too_long' | 'not_text';

export type ValidatedQuestion =
  | { ok: true; text: string }
  | { ok: false; problem: QuestionProblem; language: Language; length: number };

const LANGUAGE_SAMPLE = 2000;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
const UNREADABLE = /[\uFFFD\p{Co}\p{Cs}]/gu;

/** The cleaned question, or the problem with it. */
export function validateQuestion(raw: string, maxCharacters: number): ValidatedQuestion {
  const language = detectLanguage(raw.slice(0, LANGUAGE_SAMPLE));
  if (raw.length > maxCharacters)
    return { ok: false, problem: 'too_long', language, length: raw.length };
  const text = removeInvisibleCharacters(raw).replace(/\s+/g, ' ').trim();
  const readable = text.match(LETTER_OR_DIGIT)?.length ?? 0;
  const unreadable = text.match(UNREADABLE)?.length ?? 0;
  const invisible = raw.length - removeInvisibleCharacters(raw).length;
  if (unreadable > readable || invisible > raw.length / 4)
    return { ok: false, problem: 'not_text', language, length: raw.length };
  if (readable === 0) return { ok: false, problem: 'empty', language, length: 0 };
  return { ok: true, text };
}
