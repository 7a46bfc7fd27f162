/**
 * Numbers the documents an answer cites, in order of first citation, one number per
 * document however many of its passages are cited, and describes each as a `Source` (title,
 * publisher, date, link, path, the passages cited).
 */
import type { Source } from '../engine/answer-types.js';
import type { RankedPassage } from '../retrieval/retrieve.js';

/** Between two passages of one document in a source's text. */
const PASSAGE_SEPARATOR = '\n…\n';

export class Citations {
  private readonly numbers = new Map<string, number>();
  private readonly cited: Source[] = [];
  private readonly passages = new Map<number, Set<string>>();

  /** The marker number of a passage's document, numbering it on first use. */
  cite(passage: RankedPassage): number {
    const documentId = passage.chunk.metadata.documentId;
    const known = this.numbers.get(documentId);
    if (known !== undefined) {
      this.addPassage(known, passage);
      return known;
    }
    const n = this.cited.length + 1;
    this.numbers.set(documentId, n);
    this.cited.push(sourceOf(passage, n));
    this.passages.set(n, new Set([passage.chunk.id]));
    return n;
  }

  /** `[n]` for a passage. */
  marker(passage: RankedPassage): string {
    return `[${this.cite(passage)}]`;
  }

  sources(): Source[] {
    return this.cited;
  }

  /** A further passage of a cited document joins its source's text. */
  private addPassage(n: number, passage: RankedPassage): void {
    const seen = this.passages.get(n);
    const source = this.cited[n - 1];
    if (seen === undefined || source === undefined || seen.has(passage.chunk.id)) return;
    seen.add(passage.chunk.id);
    source.text = `${source.text}${PASSAGE_SEPARATOR}${passage.chunk.pageContent}`;
    source.score = Math.max(source.score, roundScore(passage.score));
  }
}

/** A passage as a numbered source. */
export function sourceOf(passage: RankedPassage, n: number): Source {
  const { metadata } = passage.chunk;
  return {
    n,
    title: metadata.title,
    source: metadata.publisher ?? '',
    date: metadata.date,
    url: metadata.url,
    path: metadata.path,
    text: passage.chunk.pageContent,
    score: roundScore(passage.score),
    documentId: metadata.documentId,
    chunkId: passage.chunk.id,
    language: metadata.language,
  };
}

function roundScore(score: number): number {
  return Math.round(score * 10000) / 10000;
}
