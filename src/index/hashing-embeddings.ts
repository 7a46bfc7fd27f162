/**
 * The offline embedder: hashed word and character n-gram vectors (feature hashing). It
 * needs no model, no download and no network, and it plugs into LangChain's `Embeddings`
 * interface like any model's embeddings. It captures shared words, word forms and
 * Chinese character bigrams, not meaning; a model's embeddings do better where configured.
 */
import { Embeddings } from '@langchain/core/embeddings';
import { englishTerm, matchingKey } from '../text/analyzer.js';

export const HASHING_DIMENSION = 256;

const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;
const WORD_WEIGHT = 1;
const TRIGRAM_WEIGHT = 0.25;
const BIGRAM_WEIGHT = 1;
const UNIGRAM_WEIGHT = 0.25;

export class HashingEmbeddings extends Embeddings {
  /** Identifies the vectors this embedder makes; a change means a rebuild. */
  readonly id: string;

  constructor(readonly dimension: number = HASHING_DIMENSION) {
    super({});
    this.id = `hashing-ngram-v2-${dimension}`;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((document) => Array.from(this.embed(document)));
  }

  async embedQuery(document: string): Promise<number[]> {
    return Array.from(this.embed(document));
  }

  /** The unit-length vector of a text, synchronously. */
  embed(text: string): Float32Array {
    const vector = new Float32Array(this.dimension);
    for (const match of matchingKey(text).matchAll(RUN)) {
      if (match[1] !== undefined) this.addHan(vector, match[1]);
      else if (match[2] !== undefined) this.addWord(vector, match[2]);
    }
    return normalize(vector);
  }

  private addWord(vector: Float32Array, word: string): void {
    const term = englishTerm(word);
    if (term === null) return;
    this.add(vector, `w:${term}`, WORD_WEIGHT);
    const padded = `<${term}>`;
    for (let i = 0; i + 3 <= padded.length; i += 1)
      this.add(vector, padded.slice(i, i + 3), TRIGRAM_WEIGHT);
  }

  private addHan(vector: Float32Array, run: string): void {
    const chars = [...run];
    chars.forEach((char, i) => {
      this.add(vector, char, UNIGRAM_WEIGHT);
      const next = chars[i + 1];
      if (next !== undefined) this.add(vector, char + next, BIGRAM_WEIGHT);
    });
  }

  private add(vector: Float32Array, feature: string, weight: number): void {
    const hash = fnv1a(feature);
    const index = hash % this.dimension;
    vector[index] = (vector[index] as number) + (hash & 0x80000000 ? -weight : weight);
  }
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function normalize(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < vector.length; i += 1) vector[i] = (vector[i] as number) / norm;
  return vector;
}
