/**
 * The reply when the knowledge base does not hold the answer: said plainly in the asker's
 * language, with the nearest documents listed, and nothing asserted.
 */
import type { Source } from '../engine/answer-types.js';
import type { RankedPassage } from '../retrieval/retrieve.js';
import type { Language } from '../text/detect-language.js';
import { sourceOf } from './citations.js';
import { messagesFor } from './messages.js';

const NEAREST_DOCUMENTS = 3;

/** The refusal text and the nearest documents (one passage each) as sources. */
export function composeRefusal(
  language: Language,
  passages: readonly RankedPassage[],
  reason?: string,
): { text: string; sources: Source[] } {
  const messages = messagesFor(language);
  const nearest = nearestDocuments(passages);
  const sources = nearest.map((passage, i) => sourceOf(passage, i + 1));
  const titles = sources
    .map((source) => messages.documentTitle(source.title, source.date))
    .join(messages.titleSeparator);
  const sentences = [reason ?? messages.notFound];
  if (sources.length > 0) sentences.push(messages.nearest(titles));
  return { text: sentences.join(language === 'zh' ? '' : ' '), sources };
}

function nearestDocuments(passages: readonly RankedPassage[]): RankedPassage[] {
  const seen = new Set<string>();
  return passages
    .filter((passage) => {
      const id = passage.chunk.metadata.documentId;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .slice(0, NEAREST_DOCUMENTS);
}
