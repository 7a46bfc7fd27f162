/**
 * A snapshot: everything the engine answers from, immutable once made. Reload builds a new
 * one and swaps a single reference; queries in flight keep the one they started with.
 */

import type { KeywordIndex } from '../index/keyword-index.js';
import type { VectorIndex } from '../index/vector-index.js';
import type { Chunk } from '../ingest/chunk-document.js';
import type { LexiconData } from '../lexicon/build-lexicon.js';
import { Lexicon } from '../lexicon/lexicon.js';
import { type Analyzer, createAnalyzer } from '../text/analyzer.js';
import type { SnapshotManifest } from './snapshot-manifest.js';

export interface Snapshot {
  readonly manifest: SnapshotManifest;
  readonly chunks: readonly Chunk[];
  readonly keywordIndex: KeywordIndex;
  readonly vectorIndex: VectorIndex;
  readonly lexicon: Lexicon;
  readonly analyzer: Analyzer;
}

/** The parts a build produces and a load reads back. */
export interface SnapshotParts {
  chunks: Chunk[];
  keywordIndex: KeywordIndex;
  vectorIndex: VectorIndex;
  lexicon: LexiconData;
}

/** The analyzer of a snapshot: jieba with the glossary's Chinese names as words. */
export function analyzerFor(lexicon: LexiconData): Analyzer {
  return createAnalyzer(lexicon.glossary.flatMap((entry) => entry.names));
}

/** Assembles a snapshot from its parts. */
export function createSnapshot(manifest: SnapshotManifest, parts: SnapshotParts): Snapshot {
  return {
    manifest,
    chunks: parts.chunks,
    keywordIndex: parts.keywordIndex,
    vectorIndex: parts.vectorIndex,
    lexicon: new Lexicon(parts.lexicon),
    analyzer: analyzerFor(parts.lexicon),
  };
}

/** The text a passage is indexed and embedded under: its document's title, then the passage. */
export function indexedText(chunk: Chunk): string {
  return `${chunk.metadata.title}\n${chunk.pageContent}`;
}
