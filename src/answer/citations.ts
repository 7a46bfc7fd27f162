/**
 * Numbers the passages an answer cites, in order of first citation, and describes each as a
 * `Source` (title, publisher, date, link, path, the passage itself).
 */
import type { Source } from '../engine/answer-types.js';
import type { RankedPassage } from '../retrieval/retrieve.js';

export class Citations {
  private readonly numbers = new Map<string, number>();
  private readonly cited: Source[] = [];

  /** The marker number of a passage, numbering it on first use. */
  cite(passage: RankedPassage): number {
    const known = this.numbers.get(passage.chunk.id);
    if (known !== undefined) return known;
    const n = this.cited.length + 1;
    this.numbers.set(passage.chunk.id, n);
    this.cited.push(sourceOf(passage, n));
    return n;
  }

  /** `[n]` for a passage. */
  marker(passage: RankedPassage): string {
    return `[${this.cite(passage)}]`;
  }

  sources(): Source[] {
    return this.cited;
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
    score: Math.round(passage.score * 10000) / 10000,
    documentId: metadata.documentId,
    chunkId: passage.chunk.id,
    language: metadata.language,
  };
}
