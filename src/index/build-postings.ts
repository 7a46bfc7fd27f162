/**
 * Lays out the postings of a keyword index from the terms of each passage: counts per
 * passage, then a counting sort by term id, in typed arrays so that 100k passages fit in
 * tens of megabytes rather than millions of small Maps.
 */
import type { IndexArrays } from './keyword-index.js';

/** Growable (term, passage, frequency) triples, kept in typed arrays to bound memory. */
class Triples {
  termIds = new Uint32Array(1024);
  passages = new Uint32Array(1024);
  frequencies = new Uint16Array(1024);
  length = 0;

  push(termId: number, passage: number, frequency: number): void {
    if (this.length === this.termIds.length) this.grow();
    this.termIds[this.length] = termId;
    this.passages[this.length] = passage;
    this.frequencies[this.length] = Math.min(frequency, 65535);
    this.length += 1;
  }

  private grow(): void {
    const size = this.termIds.length * 2;
    this.termIds = copyInto(new Uint32Array(size), this.termIds);
    this.passages = copyInto(new Uint32Array(size), this.passages);
    this.frequencies = copyInto(new Uint16Array(size), this.frequencies);
  }
}

function copyInto<T extends Uint32Array | Uint16Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

/** The postings of the passages' terms, by term; each term's passages in ascending order. */
export function buildPostings(passageTerms: readonly (readonly string[])[]): IndexArrays {
  const ids = new Map<string, number>();
  const triples = new Triples();
  passageTerms.forEach((terms, passage) => {
    const counts = new Map<number, number>();
    for (const term of terms) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, frequency] of counts) triples.push(id, passage, frequency);
  });
  return layOutByTerm(
    ids,
    triples,
    Uint32Array.from(passageTerms, (terms) => terms.length),
  );
}

function layOutByTerm(
  ids: Map<string, number>,
  triples: Triples,
  lengths: Uint32Array,
): IndexArrays {
  const terms = [...ids.keys()];
  const offsets = new Uint32Array(terms.length + 1);
  for (let i = 0; i < triples.length; i += 1) {
    const next = (triples.termIds[i] as number) + 1;
    offsets[next] = (offsets[next] as number) + 1;
  }
  for (let id = 0; id < terms.length; id += 1)
    offsets[id + 1] = (offsets[id + 1] as number) + (offsets[id] as number);
  const cursor = offsets.slice(0, terms.length);
  const passages = new Uint32Array(triples.length);
  const frequencies = new Uint16Array(triples.length);
  // Triples arrive in ascending passage order, so each term's postings stay sorted.
  for (let i = 0; i < triples.length; i += 1) {
    const id = triples.termIds[i] as number;
    const position = cursor[id] as number;
    passages[position] = triples.passages[i] as number;
    frequencies[position] = triples.frequencies[i] as number;
    cursor[id] = position + 1;
  }
  return { terms, offsets, passages, frequencies, lengths };
}
