/**
 * The snapshot in service, read from DATA_DIR: for reports made outside the running bot
 * (npm run gaps). Only its analyzer, lexicon and keyword index are used, so it is loaded
 * whichever embedder built it.
 */
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { readVerifiedManifest } from '../snapshot/snapshot-manifest.js';
import { SnapshotStore } from '../snapshot/snapshot-store.js';

/** The current snapshot, or null when no reload has made one yet. */
export async function loadCurrentSnapshot(dataDir: string): Promise<Snapshot | null> {
  const store = new SnapshotStore(dataDir);
  const id = await store.currentId();
  if (id === null) return null;
  const directory = store.directoryOf(id);
  const manifest = await readVerifiedManifest(directory);
  return loadSnapshot(directory, manifest.embedder.id);
}
