/**
 * Writes a snapshot's files into a temporary folder and records their checksums in the
 * manifest. The folder is renamed into place later, by `SnapshotStore.install` under the
 * cross-process lock, once the snapshot has been loaded back and checked.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BuiltIndexes } from './build-indexes.js';
import {
  type DocumentRecord,
  MANIFEST_FILE,
  SNAPSHOT_FILES,
  SNAPSHOT_FORMAT,
  type SnapshotManifest,
  sha256File,
  vectorIndexFiles,
} from './snapshot-manifest.js';
import type { SnapshotStore } from './snapshot-store.js';

export interface SnapshotDescription {
  id: string;
  embedderId: string;
  documents: DocumentRecord[];
}

/** Writes the snapshot and returns its temporary folder and manifest. */
export async function writeSnapshot(
  store: SnapshotStore,
  indexes: BuiltIndexes,
  description: SnapshotDescription,
): Promise<{ directory: string; manifest: SnapshotManifest }> {
  const temporary = await store.createTemporaryDirectory(description.id);
  try {
    await writeParts(temporary, indexes);
    const manifest = await manifestOf(temporary, indexes, description);
    await fs.writeFile(path.join(temporary, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    return { directory: temporary, manifest };
  } catch (error) {
    await store.discard(temporary);
    throw error;
  }
}

async function writeParts(directory: string, indexes: BuiltIndexes): Promise<void> {
  await fs.writeFile(path.join(directory, SNAPSHOT_FILES.chunks), JSON.stringify(indexes.chunks));
  await fs.writeFile(
    path.join(directory, SNAPSHOT_FILES.keywordIndex),
    indexes.keywordIndex.serialize(),
  );
  await indexes.vectorIndex.write(vectorIndexFiles(directory));
  await fs.writeFile(path.join(directory, SNAPSHOT_FILES.lexicon), JSON.stringify(indexes.lexicon));
}

async function manifestOf(
  directory: string,
  indexes: BuiltIndexes,
  description: SnapshotDescription,
): Promise<SnapshotManifest> {
  const files: SnapshotManifest['files'] = {};
  for (const name of Object.values(SNAPSHOT_FILES))
    files[name] = await sha256File(path.join(directory, name));
  return {
    format: SNAPSHOT_FORMAT,
    id: description.id,
    builtAt: new Date().toISOString(),
    embedder: { id: description.embedderId, dimension: indexes.dimension },
    chunkCount: indexes.chunks.length,
    documents: description.documents,
    files,
  };
}
