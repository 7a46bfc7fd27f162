/**
 * The passages a model sees: numbered, fenced as untrusted material, with angle brackets
 * escaped (so a document cannot close its fence and speak as the user) and sentences that
 * read as instructions to an assistant ("ignore all previous instructions…") left out.
 */
import { isInstructionRequest } from '../answer/detect-instruction-request.js';
import type { RankedPassage } from '../retrieval/retrieve.js';
import { splitSentences } from '../text/split-sentences.js';

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
        `title="${escapeMarkup(title)}"`,
        publisher ? `publisher="${escapeMarkup(publisher)}"` : '',
        date ? `date="${date}"` : '',
      ];
      return `<passage ${attributes.filter(Boolean).join(' ')}>\n${escapeMarkup(contents[i] ?? '')}\n</passage>`;
    })
    .join('\n\n');
  return { prompt, contents };
}

function withoutInstructions(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      splitSentences(line)
        .map((sentence) =>
          isInstructionRequest(sentence) ? '[instruction-like text left out]' : sentence,
        )
        .join(' '),
    )
    .join('\n');
}

function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
