/**
 * Checks a model's reply before anyone sees it. Markers that name no passage are removed and
 * the rest renumbered to the sources list; a reply with no valid citation, one that repeats
 * its instructions (or their canary), or one that carries a link no passage holds (a planted
 * instruction's payload) is refused, and the extractive answer is sent instead.
 */
import { LanguageModelError } from '../errors.js';

export interface CheckedReply {
  text: string;
  /** Indexes (0-based) of the passages cited, in the order of their new numbers. */
  cited: number[];
}

const MARKER = /\[(\d{1,2})\]|【(\d{1,2})】/g;
const LEAK_WINDOW = 24;
const URL = /\bhttps?:\/\/[^\s)\]）」>"']+|\bwww\.[^\s)\]）」>"']+/gi;

/** The reply with valid markers renumbered 1..k, or a `LanguageModelError` saying why not. */
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
  const foreignLink = text
    .match(URL)
    ?.find((url) => !passageTexts.some((passage) => passage.includes(url.replace(/[.,;:]+$/, ''))));
  if (foreignLink !== undefined)
    throw new LanguageModelError('the reply holds a link that no passage holds');
  return renumber(text, passageTexts.length);
}

function renumber(text: string, passageCount: number): CheckedReply {
  const cited: number[] = [];
  const renumbered = text.replace(
    MARKER,
    (_, ascii: string | undefined, fullWidth: string | undefined) => {
      const index = Number(ascii ?? fullWidth) - 1;
      if (index < 0 || index >= passageCount) return '';
      if (!cited.includes(index)) cited.push(index);
      return `[${cited.indexOf(index) + 1}]`;
    },
  );
  if (cited.length === 0) throw new LanguageModelError('the reply cites no passage');
  return {
    text: renumbered.replace(/[ \t]+([.,;:!?。，；：！？])/g, '$1').replace(/[ \t]{2,}/g, ' '),
    cited,
  };
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
