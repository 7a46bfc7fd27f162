/**
 * A snapshot assembled in memory from built indexes, as the engine assembles one after a
 * reload, with a minimal manifest (nothing is written to disk).
 */

import type { HashingEmbeddings } from '../src/index/hashing-embeddings.js';
import type { BuiltIndexes } from '../src/snapshot/build-indexes.js';
import { createSnapshot, type Snapshot } from '../src/snapshot/snapshot.js';
import { SNAPSHOT_FORMAT, type SnapshotManifest } from '../src/snapshot/snapshot-manifest.js';

/** The snapshot of `indexes`, named after its size. */
export function inMemorySnapshot(indexes: BuiltIndexes, embedder: HashingEmbeddings): Snapshot {
  const manifest: SnapshotManifest = {
    format: SNAPSHOT_FORMAT,
    id: `bench-${indexes.chunks.length}`,
    builtAt: new Date(0).toISOString(),
    embedder: { id: embedder.id, dimension: indexes.dimension },
    chunkCount: indexes.chunks.length,
    documents: [],
    files: {},
  };
  return createSnapshot(manifest, indexes);
}
