/**
 * Checks a model's reply before anyone sees it. Each sentence must cite a passage the model
 * was given, or it is dropped: an uncited claim is the model's, not the knowledge base's.
 * A reply that smuggles something to a member is refused whole, and the extractive answer is
 * sent instead: a link, e-mail, phone or account number that no passage it cites holds (a
 * planted instruction's payload), a request for personal data or to contact or pay someone
 * the passages do not name, or a stretch of its instructions (or their canary). What is left
 * is renumbered to the sources list and capped at `MAX_REPLY_CHARACTERS`.
 */
import { LanguageModelError } from '../errors.js';
import { foreignHandle } from './contact-handles.js';
import { type ReplySentence, renderSentences, replySentences } from './reply-sentences.js';
import { solicitationIn } from './solicitations.js';

/**
 * The longest reply sent. An honest reply within OPENAI_MAX_TOKENS (700 by default, about
 * 2,800 English or 1,000 Chinese characters) stays well under it, and it fits one Telegram
 * message (4,096); a server that ignores max_tokens once sent 1 MB, which became 245
 * messages.
 */
export const MAX_REPLY_CHARACTERS = 4000;

export interface CheckedReply {
  text: string;
  /** Indexes (0-based) of the passages cited, in the order of their new numbers. */
  cited: number[];
}

const LEAK_WINDOW = 24;

/** The reply's cited sentences with markers renumbered 1..k, or a `LanguageModelError` saying why not. */
export function checkModelReply(
  reply: string,
  passageTexts: readonly string[],
  systemPrompt: string,
): CheckedReply {
  const text = reply.trim();
  if (text === '' || /^NO_ANSWER\b/.test(text))
    throw new LanguageModelError('the model found no answer in the passages');
  if (leaksInstructions(text, systemPrompt))
    throw new LanguageModelError('the reply repeated the system prompt');
  const sentences = replySentences(text, passageTexts.length);
  for (const sentence of sentences) refuseSmuggling(sentence, passageTexts);
  const cited = sentences.filter((sentence) => sentence.cites.length > 0);
  if (cited.length === 0) throw new LanguageModelError('the reply cites no passage');
  const rendered = renderSentences(cited, MAX_REPLY_CHARACTERS);
  if (rendered.text === '')
    throw new LanguageModelError(
      `the reply's first cited sentence is longer than ${MAX_REPLY_CHARACTERS} characters`,
    );
  return rendered;
}

/**
 * Throws when a sentence carries a handle, or asks for something, that the passages it cites
 * do not give; an uncited sentence is held to all the passages (it is dropped anyway, but
 * smuggling in it means the rest of the reply was steered too).
 */
function refuseSmuggling(sentence: ReplySentence, passageTexts: readonly string[]): void {
  const texts =
    sentence.cites.length > 0
      ? sentence.cites.map((index) => passageTexts[index] ?? '')
      : passageTexts;
  const handle = foreignHandle(sentence.text, texts);
  if (handle !== undefined)
    throw new LanguageModelError(`the reply holds a ${handle.kind} that no passage it cites holds`);
  const rule = solicitationIn(sentence.text, texts);
  if (rule !== null)
    throw new LanguageModelError(
      `the reply asks the member to send personal data, or to contact or pay someone no cited passage names (rule '${rule}')`,
    );
}

/**
 * True when the reply holds a stretch of the system prompt, or one of its code-like words
 * (a canary such as "CANARY-7f3a9c"): the model was talked into revealing its instructions.
 */
export function leaksInstructions(reply: string, systemPrompt: string): boolean {
  const normalized = squash(reply);
  const prompt = squash(systemPrompt);
  for (let start = 0; start + LEAK_WINDOW <= prompt.length; start += LEAK_WINDOW / 3) {
    if (normalized.includes(prompt.slice(start, start + LEAK_WINDOW))) return true;
  }
  const codeWords = systemPrompt.match(/\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{6,}\b/g) ?? [];
  return codeWords.some((word) => reply.includes(word));
}

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}
