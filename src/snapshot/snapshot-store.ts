/**
 * Where snapshots live under DATA_DIR: one folder per snapshot and a CURRENT file naming
 * the one in service. Folders are written under a temporary name and renamed into place;
 * CURRENT is replaced atomically, so a crash never leaves a half-written snapshot in use.
 * Every step that renames a folder into place, moves CURRENT or removes a folder holds the
 * cross-process lock, so CURRENT always names a folder that exists.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { withSnapshotLock } from './snapshot-lock.js';
import { writeFileAtomically } from './write-file-atomically.js';

const CURRENT_FILE = 'CURRENT';
/** A temporary folder this old is left over from a crashed build, not one in progress. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

export class SnapshotStore {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'snapshots');
  }

  /** A new snapshot id: sortable time, then randomness. */
  newId(): string {
    const time = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    return `${time}-${randomBytes(3).toString('hex')}`;
  }

  directoryOf(id: string): string {
    return path.join(this.root, id);
  }

  /** A fresh folder to write a snapshot into before `install` renames it into place. */
  async createTemporaryDirectory(id: string): Promise<string> {
    await fs.mkdir(this.root, { recursive: true });
    return fs.mkdtemp(path.join(this.root, `.${id}-`));
  }

  /** The id in CURRENT, or `null` when there is none. */
  async currentId(): Promise<string | null> {
    const text = await fs.readFile(path.join(this.root, CURRENT_FILE), 'utf8').catch(() => null);
    const id = text?.trim() ?? '';
    return /^[\w-]+$/.test(id) ? id : null;
  }

  /**
   * Puts a fully written snapshot in service: renames its folder into place, points CURRENT at
   * it and removes every snapshot but it and the one it replaces (kept to fall back on).
   */
  install(temporaryDirectory: string, id: string): Promise<string> {
    return this.locked(async () => {
      const replaced = await this.currentId();
      const directory = this.directoryOf(id);
      await fs.rename(temporaryDirectory, directory);
      await writeFileAtomically(path.join(this.root, CURRENT_FILE), `${id}\n`);
      await this.removeAllBut([id, replaced]);
      return directory;
    });
  }

  /**
   * Points CURRENT at `id` if it still names `expectedId`, and tells whether it did: another
   * process may have installed a newer snapshot meanwhile, which then stays.
   */
  replaceCurrent(expectedId: string, id: string): Promise<boolean> {
    return this.locked(async () => {
      if ((await this.currentId()) !== expectedId) return false;
      await writeFileAtomically(path.join(this.root, CURRENT_FILE), `${id}\n`);
      return true;
    });
  }

  /** The snapshots besides `id`, newest first: the kept previous one, and any left over. */
  async idsOtherThan(id: string): Promise<string[]> {
    const entries = await fs.readdir(this.root, { withFileTypes: true }).catch(() => []);
    return entries
      .filter((entry) => isSnapshotFolder(entry) && entry.name !== id)
      .map((entry) => entry.name)
      .sort()
      .reverse();
  }

  /** Removes a folder that will never be used (a failed build). */
  async discard(directory: string): Promise<void> {
    await fs.rm(directory, { recursive: true, force: true });
  }

  private async locked<T>(work: () => Promise<T>): Promise<T> {
    // The lock folder lives beside the snapshots folder, so DATA_DIR must exist first.
    await fs.mkdir(this.root, { recursive: true });
    return withSnapshotLock(this.root, work);
  }

  /** Removes every snapshot not in `keep`, and temporary folders left by crashed builds. */
  private async removeAllBut(keep: readonly (string | null)[]): Promise<void> {
    const entries = await fs.readdir(this.root, { withFileTypes: true });
    for (const entry of entries.filter((candidate) => candidate.isDirectory())) {
      const folder = path.join(this.root, entry.name);
      if (isSnapshotFolder(entry) ? !keep.includes(entry.name) : await isStale(folder))
        await fs.rm(folder, { recursive: true, force: true });
    }
  }
}

/** Snapshot folders; temporary ones start with a dot. */
function isSnapshotFolder(entry: { name: string; isDirectory(): boolean }): boolean {
  return entry.isDirectory() && !entry.name.startsWith('.');
}

async function isStale(folder: string): Promise<boolean> {
  const stats = await fs.stat(folder).catch(() => null);
  return stats !== null && Date.now() - stats.mtimeMs > STALE_TEMPORARY_MS;
}
