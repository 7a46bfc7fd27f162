/**
 * The lock on DATA_DIR's snapshots, held by whichever process (or service) renames a snapshot
 * folder into place, moves CURRENT or removes old folders. Without it, two reloads interleave:
 * one prunes the folder the other is about to name in CURRENT, and every bot then starts on a
 * deleted snapshot. Builds run outside the lock (they take seconds to minutes); only those
 * millisecond steps run inside it.
 *
 * proper-lockfile makes the lock a folder (mkdir is atomic on local and network filesystems)
 * whose mtime the holder refreshes, so the lock of a process killed with -9 turns stale and is
 * taken over instead of blocking reloads for ever; its lock folder is also removed on exit.
 */
import { lock } from 'proper-lockfile';
import { SnapshotLockError } from '../errors.js';

/** A holder that has not refreshed the lock for this long is taken for dead. */
const STALE_MS = 15_000;
/**
 * How long a process waits for the lock: randomized steps of 250-500 ms, 30-60 s in all, so
 * that a waiter outlives the lock of a holder that died (STALE_MS) and waiters never move in
 * step. A swap holds the lock for milliseconds, so a longer wait means something is wrong.
 */
const WAIT = { retries: 120, factor: 1, minTimeout: 250, maxTimeout: 500, randomize: true };

/** Runs `work` while holding the lock on the snapshots under `root` (DATA_DIR/snapshots). */
export async function withSnapshotLock<T>(root: string, work: () => Promise<T>): Promise<T> {
  const lockPath = `${root}.lock`;
  let lost: Error | null = null;
  const release = await lock(root, {
    lockfilePath: lockPath,
    // The folder may not exist yet; the lock names it, not its resolved path.
    realpath: false,
    stale: STALE_MS,
    retries: WAIT,
    // The default throws from a timer and kills the process; report it from here instead.
    onCompromised: (error) => {
      lost = error;
    },
  }).catch((error: unknown) => {
    throw lockError(lockPath, error);
  });
  try {
    const result = await work();
    if (lost !== null) throw lostLockError(lockPath, lost);
    return result;
  } finally {
    await release().catch(() => undefined);
  }
}

function lockError(lockPath: string, error: unknown): SnapshotLockError {
  const held = (error as NodeJS.ErrnoException).code === 'ELOCKED';
  const message = held
    ? `another process has held the snapshot lock ${lockPath} for over 30 s; if no reload or bot is running on this DATA_DIR, remove that folder and reload again`
    : `cannot take the snapshot lock ${lockPath} (${(error as Error).message}); check that DATA_DIR is writable`;
  return new SnapshotLockError(lockPath, message, { cause: error });
}

function lostLockError(lockPath: string, error: Error): SnapshotLockError {
  return new SnapshotLockError(
    lockPath,
    `the snapshot lock ${lockPath} was taken over while this process held it (${error.message}): this process stalled for over ${STALE_MS / 1000} s; run npm run reload again`,
    { cause: error },
  );
}
