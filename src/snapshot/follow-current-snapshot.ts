/**
 * Keeps looking at which snapshot CURRENT names, so that a snapshot another process put in
 * service (`npm run reload`, a second bot on the same DATA_DIR) is served here within seconds.
 *
 * Why a poll and not fs.watch: CURRENT is replaced by a rename, which a watch on the file
 * itself stops seeing after the first time, and on network filesystems and container volumes
 * (where DATA_DIR often lives) changes made by another host or container raise no event at
 * all. Reading a 30-byte file every two seconds costs nothing, behaves the same everywhere,
 * and "within seconds" is all a reload needs.
 */
import type { SnapshotStore } from './snapshot-store.js';

/** How often CURRENT is read. */
export const FOLLOW_INTERVAL_MS = 2000;

export interface Following {
  stop(): void;
}

/**
 * Calls `onCurrent` with the id in CURRENT every `intervalMs`, one call at a time (a load
 * that takes longer than the interval delays the next look instead of overlapping it).
 */
export function followCurrentSnapshot(
  store: SnapshotStore,
  onCurrent: (id: string) => Promise<void>,
  intervalMs = FOLLOW_INTERVAL_MS,
): Following {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const look = async () => {
    const id = await store.currentId();
    if (id !== null && !stopped) await onCurrent(id).catch(() => undefined);
    schedule();
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void look(), intervalMs);
    // Following never keeps a process alive: `npm run ask` and `npm run reload` exit when done.
    timer.unref();
  };
  schedule();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
