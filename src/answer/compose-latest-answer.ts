/**
 * The answer to "what is the latest news?" and "what happened in 2024?": the most recent
 * document in the knowledge base (of that year), by its date, with its opening sentences.
 */
import type { Chunk } from '../ingest/chunk-document.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Language } from '../text/detect-language.js';
import { splitSentences } from '../text/split-sentences.js';
import { yearOf } from '../text/years.js';
import { Citations } from './citations.js';
import type { ComposedAnswer } from './compose-extractive-answer.js';
import { messagesFor } from './messages.js';

const OPENING_CHARACTERS = 400;

/** The newest document's title, date and opening, or `null` when no document (of `year`) is dated. */
export function composeLatestAnswer(
  snapshot: Snapshot,
  language: Language,
  year?: number,
): ComposedAnswer | null {
  const first = newestOpeningPassage(snapshot.chunks, year);
  if (first === null) return null;
  const citations = new Citations();
  const marker = citations.marker({
    index: 0,
    chunk: first,
    score: 1,
    keywordScore: 0,
    vectorSimilarity: 0,
    matchedConcepts: 0,
  });
  const messages = messagesFor(language);
  const opening = openingOf(first);
  const quote =
    first.metadata.language === language
      ? opening
      : `${messages.otherLanguageIntro} ${messages.quote(opening)}`;
  const text = `${messages.latestDocument(first.metadata.title, first.metadata.date ?? '')} ${quote} ${marker}`;
  return { text, sources: citations.sources() };
}

/** The first passage of the document with the latest date (in `year`, when given). */
function newestOpeningPassage(chunks: readonly Chunk[], year: number | undefined): Chunk | null {
  let newest: Chunk | null = null;
  for (const chunk of chunks) {
    const date = chunk.metadata.date;
    if (date === null || chunk.metadata.position !== 0) continue;
    if (year !== undefined && yearOf(date) !== year) continue;
    if (newest === null || date > (newest.metadata.date ?? '')) newest = chunk;
  }
  return newest;
}

/** A sentence, not a caption or a photo credit ("Ti Gong."): four words, or six Chinese characters. */
function saysSomething(sentence: string): boolean {
  return (
    (sentence.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6 || sentence.split(/\s+/).length >= 4
  );
}

function openingOf(chunk: Chunk): string {
  const sentences = splitSentences(chunk.pageContent).filter(
    (sentence) => sentence !== chunk.metadata.title && saysSomething(sentence),
  );
  const opening: string[] = [];
  for (const sentence of sentences) {
    if (opening.length > 0 && opening.join(' ').length + sentence.length > OPENING_CHARACTERS)
      break;
    opening.push(sentence);
  }
  return opening.join(chunk.metadata.language === 'zh' ? '' : ' ');
}
