/**
 * The snapshot a process serves on start: the one CURRENT names or, when that one is damaged,
 * the previous one kept beside it. CURRENT is then pointed back at the previous one, so that
 * other processes and the next start agree on a snapshot that loads, and the damaged folder
 * is removed by the next install.
 */
import type { Logger } from 'pino';
import { errorMessage } from '../errors.js';
import { loadSnapshot } from './load-snapshot.js';
import type { Snapshot } from './snapshot.js';
import type { SnapshotStore } from './snapshot-store.js';

export interface PersistedSnapshot {
  snapshot: Snapshot;
  /** True when CURRENT's snapshot was refused and the previous one serves instead. */
  fellBack: boolean;
}

/** Loads the snapshot to serve, or returns `null` when none loads (the caller builds one). */
export async function loadPersistedSnapshot(
  store: SnapshotStore,
  embedderId: string,
  logger: Logger,
): Promise<PersistedSnapshot | null> {
  const id = await store.currentId();
  if (id === null) {
    logger.info('no snapshot in DATA_DIR yet; building one from KNOWLEDGE_DIR');
    return null;
  }
  const current = await loadOrReason(store, id, embedderId);
  if (typeof current !== 'string') {
    logger.info({ snapshot: id, chunks: current.chunks.length }, 'snapshot loaded');
    return { snapshot: current, fellBack: false };
  }
  const previous = await loadPrevious(store, id, embedderId);
  if (previous === null) {
    logger.warn({ snapshot: id, reason: current }, 'persisted snapshot refused; rebuilding it');
    return null;
  }
  await pointBack(store, id, previous, logger);
  logger.warn(
    { snapshot: id, reason: current, previous: previous.manifest.id },
    `persisted snapshot refused; serving the previous snapshot ${previous.manifest.id} until a rebuild replaces it`,
  );
  return { snapshot: previous, fellBack: true };
}

/** The newest other snapshot that loads, or `null`. */
async function loadPrevious(
  store: SnapshotStore,
  refusedId: string,
  embedderId: string,
): Promise<Snapshot | null> {
  for (const id of await store.idsOtherThan(refusedId)) {
    const loaded = await loadOrReason(store, id, embedderId);
    if (typeof loaded !== 'string') return loaded;
  }
  return null;
}

/** CURRENT names the previous snapshot from now on, unless another process moved it on. */
async function pointBack(
  store: SnapshotStore,
  refusedId: string,
  previous: Snapshot,
  logger: Logger,
): Promise<void> {
  await store.replaceCurrent(refusedId, previous.manifest.id).catch((error: unknown) => {
    logger.warn({ reason: errorMessage(error) }, 'CURRENT could not be pointed back');
  });
}

/** The loaded snapshot, or why it was refused. */
async function loadOrReason(
  store: SnapshotStore,
  id: string,
  embedderId: string,
): Promise<Snapshot | string> {
  try {
    return await loadSnapshot(store.directoryOf(id), embedderId);
  } catch (error) {
    return errorMessage(error);
  }
}
