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
  /** IDF per term id, computed once: scoring reads it for every posting. */
  private readonly idfs: Float32Array;
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
    this.idfs = Float32Array.from(arrays.terms, (_, id) =>
      idfFor(this.size, this.postingCount(id)),
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

  /** The passages that hold `term`, ascending (a view, not a copy). */
  passagesWith(term: string): Uint32Array {
    const id = this.termIds.get(term);
    const { offsets, passages } = this.arrays;
    return id === undefined
      ? new Uint32Array(0)
      : passages.subarray(offsets[id] as number, offsets[id + 1] as number);
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
    const [rarest, ...others] = (ids as number[]).sort(
      (a, b) => this.postingCount(a) - this.postingCount(b),
    ) as [number, ...number[]];
    const { offsets, passages, frequencies } = this.arrays;
    const rarestIdf = this.idfs[rarest] as number;
    const scale = group.weight / ids.length;
    // Postings are sorted and the rarest term's are walked in order: the other terms' cursors only move forward.
    const cursors = others.map((id) => offsets[id] as number);
    let count = conceptCount;
    for (let p = offsets[rarest] as number; p < (offsets[rarest + 1] as number); p += 1) {
      const passage = passages[p] as number;
      // The rarest term's frequency is at hand; only the other terms need a search.
      const rest = others.length === 0 ? 0 : this.othersScore(others, cursors, passage);
      if (rest < 0) continue;
      const weighted = (this.bm25(rarestIdf, frequencies[p] as number, passage) + rest) * scale;
      if (buffers.concept[passage] === 0) {
        buffers.conceptTouched[count] = passage;
        count += 1;
      }
      if (weighted > (buffers.concept[passage] as number)) buffers.concept[passage] = weighted;
    }
    return count;
  }

  /** Sum of the BM25 scores of `termIds` in one passage, or -1 when one is missing; moves `cursors` on. */
  private othersScore(termIds: readonly number[], cursors: number[], passage: number): number {
    const { offsets, passages, frequencies } = this.arrays;
    let sum = 0;
    for (let j = 0; j < termIds.length; j += 1) {
      const id = termIds[j] as number;
      const at = this.advance(id, cursors[j] as number, passage);
      cursors[j] = at;
      if (at >= (offsets[id + 1] as number) || passages[at] !== passage) return -1;
      sum += this.bm25(this.idfs[id] as number, frequencies[at] as number, passage);
    }
    return sum;
  }

  /** The first posting of term `id`, from `from` on, whose passage is at least `passage` (galloping search). */
  private advance(id: number, from: number, passage: number): number {
    const passages = this.arrays.passages;
    const end = this.arrays.offsets[id + 1] as number;
    let low = from;
    let high = from;
    for (let step = 1; high < end && (passages[high] as number) < passage; step *= 2) {
      low = high + 1;
      high += step;
    }
    high = Math.min(high, end);
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((passages[middle] as number) < passage) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private bm25(idf: number, frequency: number, passage: number): number {
    return (idf * (frequency * (K1 + 1))) / (frequency + (this.norms[passage] as number));
  }

  private postingCount(id: number): number {
    return (this.arrays.offsets[id + 1] as number) - (this.arrays.offsets[id] as number);
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

function idfFor(size: number, frequency: number): number {
  return Math.log(1 + (size - frequency + 0.5) / (frequency + 0.5));
}

function bytesOf(array: Uint32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}
