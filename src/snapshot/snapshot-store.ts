/**
 * Where snapshots live under DATA_DIR: one folder per snapshot and a CURRENT file naming
 * the one in service. Folders are written under a temporary name and renamed into place;
 * CURRENT is replaced atomically, so a crash never leaves a half-written snapshot in use.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from './write-file-atomically.js';

const CURRENT_FILE = 'CURRENT';
/** Snapshots kept besides the current one, for a quick look back after a bad reload. */
const KEEP_PREVIOUS = 1;
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

  /** A fresh folder to write a snapshot into before it is renamed into place. */
  async createTemporaryDirectory(id: string): Promise<string> {
    await fs.mkdir(this.root, { recursive: true });
    return fs.mkdtemp(path.join(this.root, `.${id}-`));
  }

  /** Moves a fully written snapshot folder to its final name. */
  async publish(temporaryDirectory: string, id: string): Promise<string> {
    const directory = this.directoryOf(id);
    await fs.rename(temporaryDirectory, directory);
    return directory;
  }

  /** The id in CURRENT, or `null` when there is none. */
  async currentId(): Promise<string | null> {
    const text = await fs.readFile(path.join(this.root, CURRENT_FILE), 'utf8').catch(() => null);
    const id = text?.trim() ?? '';
    return /^[\w-]+$/.test(id) ? id : null;
  }

  /** Marks a snapshot as the one in service and removes older ones. */
  async setCurrent(id: string): Promise<void> {
    await fs.mkdir(this.root, { recursive: true });
    await writeFileAtomically(path.join(this.root, CURRENT_FILE), `${id}\n`);
    await this.removeOld(id);
  }

  /** Removes a folder that will never be used (a failed build). */
  async discard(directory: string): Promise<void> {
    await fs.rm(directory, { recursive: true, force: true });
  }

  private async removeOld(currentId: string): Promise<void> {
    const entries = await fs.readdir(this.root, { withFileTypes: true });
    for (const entry of entries.filter(
      (candidate) => candidate.isDirectory() && candidate.name.startsWith('.'),
    )) {
      const stats = await fs.stat(path.join(this.root, entry.name)).catch(() => null);
      if (stats !== null && Date.now() - stats.mtimeMs > STALE_TEMPORARY_MS) {
        await fs.rm(path.join(this.root, entry.name), { recursive: true, force: true });
      }
    }
    const snapshots = entries
      .filter(
        (entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== currentId,
      )
      .map((entry) => entry.name)
      .sort()
      .reverse();
    for (const old of snapshots.slice(KEEP_PREVIOUS)) {
      await fs.rm(this.directoryOf(old), { recursive: true, force: true });
    }
  }
}
