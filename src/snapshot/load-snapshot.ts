/**
 * Loads a persisted snapshot: the manifest first, every file's checksum next, and only then
 * the parsers and hnswlib. A snapshot built by another embedder is refused, so vectors of
 * two embedders are never mixed.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, SnapshotError } from '../errors.js';
import { KeywordIndex } from '../index/keyword-index.js';
import { VectorIndex } from '../index/vector-index.js';
import type { Chunk } from '../ingest/chunk-document.js';
import type { LexiconData } from '../lexicon/build-lexicon.js';
import { createSnapshot, type Snapshot } from './snapshot.js';
import { readVerifiedManifest, SNAPSHOT_FILES, vectorIndexFiles } from './snapshot-manifest.js';

/** Loads and checks the snapshot in `directory`, made by the embedder `embedderId`. */
export async function loadSnapshot(directory: string, embedderId: string): Promise<Snapshot> {
  const manifest = await readVerifiedManifest(directory);
  if (manifest.embedder.id !== embedderId) {
    throw new SnapshotError(
      `snapshot ${manifest.id} was built with embedder ${manifest.embedder.id}, but ${embedderId} is configured; it will be rebuilt`,
    );
  }
  try {
    const chunks = JSON.parse(
      await fs.readFile(path.join(directory, SNAPSHOT_FILES.chunks), 'utf8'),
    ) as Chunk[];
    const keywordIndex = KeywordIndex.deserialize(
      await fs.readFile(path.join(directory, SNAPSHOT_FILES.keywordIndex)),
    );
    const vectorIndex = await VectorIndex.read(
      vectorIndexFiles(directory),
      manifest.embedder.dimension,
    );
    const lexicon = JSON.parse(
      await fs.readFile(path.join(directory, SNAPSHOT_FILES.lexicon), 'utf8'),
    ) as LexiconData;
    const snapshot = createSnapshot(manifest, { chunks, keywordIndex, vectorIndex, lexicon });
    validateSnapshot(snapshot);
    return snapshot;
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    throw new SnapshotError(
      `snapshot ${manifest.id} cannot be read (${errorMessage(error)}); rebuild it with npm run reload`,
      { cause: error },
    );
  }
}

/** Checks that the parts of a snapshot agree with each other and with its manifest. */
export function validateSnapshot(snapshot: Snapshot): void {
  const { manifest, chunks, keywordIndex, vectorIndex } = snapshot;
  const sizes = [manifest.chunkCount, chunks.length, keywordIndex.size, vectorIndex.size];
  if (new Set(sizes).size !== 1) {
    throw new SnapshotError(
      `snapshot ${manifest.id} is inconsistent: manifest, passages, keyword index and vector index hold ${sizes.join(', ')} entries`,
    );
  }
  if (new Set(chunks.map((chunk) => chunk.id)).size !== chunks.length) {
    throw new SnapshotError(`snapshot ${manifest.id} holds duplicate passage ids`);
  }
}
