/**
 * The keyword leg: a BM25 inverted index over the analyzer's terms, held in typed arrays so
 * that 100k passages load in milliseconds and score without allocation. LangChain's
 * BM25Retriever cannot be used: it splits on whitespace, which finds no words in Chinese.
 */

import { buildPostings } from './build-postings.js';

const K1 = 1.2;
const B = 0.75;

/** A weighted set of terms that match as one: all terms must occur in a passage. */
export interface TermGroup {
  terms: readonly string[];
  weight: number;
}

/** Reusable scratch arrays for scoring, sized to the index. */
export interface ScoreBuffers {
  /** Running BM25 total per passage. */
  totals: Float32Array;
  /** Per-passage best score of the concept being scored. */
  concept: Float32Array;
  /** Bit i set when concept i matched the passage. */
  matched: Uint32Array;
  /** Passages touched by the current query. */
  touched: Uint32Array;
  touchedCount: number;
  /** Passages touched by the current concept. */
  conceptTouched: Uint32Array;
}

/** The postings of an index, laid out by term. */
export interface IndexArrays {
  terms: string[];
  offsets: Uint32Array;
  passages: Uint32Array;
  frequencies: Uint16Array;
  lengths: Uint32Array;
}

export class KeywordIndex {
  private readonly termIds: Map<string, number>;
  private readonly norms: Float32Array;
  readonly size: number;

  private constructor(private readonly arrays: IndexArrays) {
    this.termIds = new Map(arrays.terms.map((term, id) => [term, id]));
    this.size = arrays.lengths.length;
    const average =
      arrays.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, this.size);
    this.norms = Float32Array.from(
      arrays.lengths,
      (length) => K1 * (1 - B + (B * length) / Math.max(1, average)),
    );
  }

  /** Builds the index from the terms of each passage, in passage order. */
  static build(passageTerms: readonly (readonly string[])[]): KeywordIndex {
    return new KeywordIndex(buildPostings(passageTerms));
  }

  /** The terms of the index (its vocabulary). */
  vocabulary(): Set<string> {
    return new Set(this.arrays.terms);
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  /** Inverse document frequency; a term the index lacks gets the highest possible value. */
  idf(term: string): number {
    const id = this.termIds.get(term);
    const frequency = id === undefined ? 0 : this.postingCount(id);
    return Math.log(1 + (this.size - frequency + 0.5) / (frequency + 0.5));
  }

  /** The IDF of a term no passage holds: the most a term can weigh. */
  maxIdf(): number {
    return Math.log(1 + (this.size + 0.5) / 0.5);
  }

  /** Fresh scratch arrays for `score`. */
  createBuffers(): ScoreBuffers {
    return {
      totals: new Float32Array(this.size),
      concept: new Float32Array(this.size),
      matched: new Uint32Array(this.size),
      touched: new Uint32Array(this.size),
      touchedCount: 0,
      conceptTouched: new Uint32Array(this.size),
    };
  }

  /**
   * Adds one concept's BM25 score to `buffers.totals`: per passage, the best of its term
   * groups (a word and its translations are alternatives, not a sum). Sets bit `bit` of
   * `buffers.matched` for every passage the concept matches.
   */
  scoreConcept(groups: readonly TermGroup[], bit: number, buffers: ScoreBuffers): void {
    let conceptCount = 0;
    for (const group of groups) conceptCount = this.scoreGroup(group, buffers, conceptCount);
    const flag = bit < 32 ? 1 << bit : 0;
    for (let i = 0; i < conceptCount; i += 1) {
      const passage = buffers.conceptTouched[i] as number;
      if (buffers.totals[passage] === 0 && buffers.matched[passage] === 0) {
        buffers.touched[buffers.touchedCount] = passage;
        buffers.touchedCount += 1;
      }
      buffers.totals[passage] =
        (buffers.totals[passage] as number) + (buffers.concept[passage] as number);
      buffers.matched[passage] = (buffers.matched[passage] as number) | flag;
      buffers.concept[passage] = 0;
    }
  }

  /** Clears the scratch arrays after a query. */
  resetBuffers(buffers: ScoreBuffers): void {
    for (let i = 0; i < buffers.touchedCount; i += 1) {
      const passage = buffers.touched[i] as number;
      buffers.totals[passage] = 0;
      buffers.matched[passage] = 0;
    }
    buffers.touchedCount = 0;
  }

  private scoreGroup(group: TermGroup, buffers: ScoreBuffers, conceptCount: number): number {
    const ids = group.terms.map((term) => this.termIds.get(term));
    if (ids.length === 0 || ids.some((id) => id === undefined)) return conceptCount;
    const termIds = (ids as number[]).sort((a, b) => this.postingCount(a) - this.postingCount(b));
    const rarest = termIds[0] as number;
    const { offsets, passages } = this.arrays;
    let count = conceptCount;
    for (let p = offsets[rarest] as number; p < (offsets[rarest + 1] as number); p += 1) {
      const passage = passages[p] as number;
      const score = this.groupScore(termIds, passage);
      if (score <= 0) continue;
      const weighted = (score * group.weight) / termIds.length;
      if (buffers.concept[passage] === 0) {
        buffers.conceptTouched[count] = passage;
        count += 1;
      }
      if (weighted > (buffers.concept[passage] as number)) buffers.concept[passage] = weighted;
    }
    return count;
  }

  /** Sum of the BM25 scores of all terms in one passage, or 0 when one is missing. */
  private groupScore(termIds: readonly number[], passage: number): number {
    let sum = 0;
    for (const id of termIds) {
      const frequency = this.frequency(id, passage);
      if (frequency === 0) return 0;
      const norm = this.norms[passage] as number;
      sum += this.idfOf(id) * ((frequency * (K1 + 1)) / (frequency + norm));
    }
    return sum;
  }

  private idfOf(id: number): number {
    const frequency = this.postingCount(id);
    return Math.log(1 + (this.size - frequency + 0.5) / (frequency + 0.5));
  }

  private postingCount(id: number): number {
    return (this.arrays.offsets[id + 1] as number) - (this.arrays.offsets[id] as number);
  }

  /** Term frequency in a passage, by binary search of the term's sorted postings. */
  private frequency(id: number, passage: number): number {
    const { offsets, passages, frequencies } = this.arrays;
    let low = offsets[id] as number;
    let high = (offsets[id + 1] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = passages[middle] as number;
      if (value === passage) return frequencies[middle] as number;
      if (value < passage) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }

  /** The index as bytes: a JSON header with the terms, then the typed arrays. */
  serialize(): Buffer {
    const { terms, offsets, passages, frequencies, lengths } = this.arrays;
    const header = Buffer.from(
      JSON.stringify({ version: 1, terms, postings: passages.length, size: lengths.length }),
    );
    const headerLength = Buffer.alloc(4);
    headerLength.writeUInt32LE(header.length);
    const padding = Buffer.alloc((4 - ((4 + header.length) % 4)) % 4);
    const frequencyBytes = Buffer.from(
      frequencies.buffer,
      frequencies.byteOffset,
      frequencies.byteLength,
    );
    return Buffer.concat([
      headerLength,
      header,
      padding,
      bytesOf(offsets),
      bytesOf(passages),
      bytesOf(lengths),
      frequencyBytes,
    ]);
  }

  /** Reads bytes written by `serialize`. */
  static deserialize(bytes: Buffer): KeywordIndex {
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as {
      terms: string[];
      postings: number;
      size: number;
    };
    let offset = 4 + headerLength + ((4 - ((4 + headerLength) % 4)) % 4);
    const take = (count: number): Uint32Array => {
      const array = new Uint32Array(count);
      Buffer.from(array.buffer).set(bytes.subarray(offset, offset + count * 4));
      offset += count * 4;
      return array;
    };
    const offsets = take(header.terms.length + 1);
    const passages = take(header.postings);
    const lengths = take(header.size);
    const frequencies = new Uint16Array(header.postings);
    Buffer.from(frequencies.buffer).set(bytes.subarray(offset, offset + header.postings * 2));
    return new KeywordIndex({ terms: header.terms, offsets, passages, frequencies, lengths });
  }
}

function bytesOf(array: Uint32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}
