/**
 * The passages a model sees: numbered, fenced as untrusted material, with angle brackets
 * escaped (so a document cannot close its fence and speak as the user) and planted
 * instructions left out (instruction-lines.ts says what they look like): a role's line
 * ("System: …") or a role-play whole, a request to the reader or assistant by the sentence.
 */
import type { RankedPassage } from '../retrieval/retrieve.js';
import { splitSentences } from '../text/split-sentences.js';
import { isInstructionLine, isInstructionSentence } from './instruction-lines.js';

/** Passages, at most, that a model answers from. */
export const MODEL_PASSAGES = 6;

export interface RenderedPassages {
  /** The fenced passages, for the prompt. */
  prompt: string;
  /** What each passage says after planted instructions are left out. */
  contents: string[];
}

export function renderPassages(passages: readonly RankedPassage[]): RenderedPassages {
  const contents = passages.map((passage) => withoutInstructions(passage.chunk.pageContent));
  const prompt = passages
    .map((passage, i) => {
      const { title, publisher, date } = passage.chunk.metadata;
      const attributes = [
        `n="${i + 1}"`,
        `title="${escapeMarkup(withoutInstructionSentences(title))}"`,
        publisher ? `publisher="${escapeMarkup(publisher)}"` : '',
        date ? `date="${date}"` : '',
      ];
      return `<passage ${attributes.filter(Boolean).join(' ')}>\n${escapeMarkup(contents[i] ?? '')}\n</passage>`;
    })
    .join('\n\n');
  return { prompt, contents };
}

/** Left in place of what was taken out, so the model sees that the passage was cut. */
const LEFT_OUT = '[instruction-like text left out]';

function withoutInstructions(text: string): string {
  return text.split('\n').map(withoutInstructionSentences).join('\n');
}

function withoutInstructionSentences(line: string): string {
  if (isInstructionLine(line)) return LEFT_OUT;
  return splitSentences(line)
    .map((sentence) => (isInstructionSentence(sentence) ? LEFT_OUT : sentence))
    .join(' ');
}

function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
