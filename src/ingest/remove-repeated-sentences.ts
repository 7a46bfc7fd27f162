/**
 * A repost keeps only what its original lacks: the sentences both hold are dropped from the
 * copy before it is cut into passages, so that an answer cites the article once and a list
 * is never gathered twice, while a paragraph only the repost carries stays searchable.
 */
import { splitSentences } from '../text/split-sentences.js';
import { duplicateKey } from './find-near-duplicates.js';
import type { KnowledgeDocument } from './knowledge-document.js';

/** Shorter sentence keys (a date line, "记者 某某") are too common to call repeats. */
const MIN_KEY_LENGTH = 8;

/** The copy without the sentences its original holds. */
export function removeRepeatedSentences(
  copy: KnowledgeDocument,
  original: KnowledgeDocument,
): KnowledgeDocument {
  const known = new Set(splitSentences(original.text).map(duplicateKey));
  const lines = copy.text.split('\n').map((line) =>
    splitSentences(line)
      .filter((sentence) => {
        const key = duplicateKey(sentence);
        return key.length < MIN_KEY_LENGTH || !known.has(key);
      })
      .join(copy.language === 'zh' ? '' : ' '),
  );
  return {
    ...copy,
    text: lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  };
}
