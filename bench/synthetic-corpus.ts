/**
 * The deterministic synthetic bilingual corpus: reports of 5–10 passages each until the
 * asked number of passages, from one seed. A smaller corpus is a prefix of a larger one.
 */
import type { Chunk } from '../src/ingest/chunk-document.js';
import type { GlossaryEntry } from '../src/lexicon/glossary.js';
import { benchGlossary } from './bench-glossary.js';
import { type CorpusVocabulary, createCorpusVocabulary } from './corpus-vocabulary.js';
import { createRandom } from './seeded-random.js';
import { generateDocument } from './synthetic-document.js';

export const CORPUS_SEED = 20_240_601;

export interface SyntheticCorpus {
  chunks: Chunk[];
  glossary: GlossaryEntry[];
  vocabulary: CorpusVocabulary;
  documents: number;
}

/** `chunkCount` passages of synthetic reports, the last report cut short. */
export function generateCorpus(chunkCount: number, seed = CORPUS_SEED): SyntheticCorpus {
  const vocabulary = createCorpusVocabulary();
  const random = createRandom(seed);
  const chunks: Chunk[] = [];
  let documents = 0;
  while (chunks.length < chunkCount) {
    const passages = generateDocument(documents, vocabulary, random);
    chunks.push(...passages.slice(0, chunkCount - chunks.length));
    documents += 1;
  }
  return { chunks, glossary: benchGlossary(vocabulary), vocabulary, documents };
}
