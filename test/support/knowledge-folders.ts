/**
 * A knowledge folder and the DATA_DIR holding its built snapshot, and copies of both: an
 * engine over a copy loads the persisted snapshot instead of building one, so a test pays only
 * for the builds it is about (a reload) and not for the one that sets it up.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const REPOSITORY_KNOWLEDGE = path.resolve(import.meta.dirname, '../../knowledge');

export interface KnowledgeFolders {
  knowledgeDir: string;
  dataDir: string;
}

/** A temp folder; whoever makes it removes it. */
export async function makeTempDir(prefix = 'kb-test-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** What a copy takes from DATA_DIR: the snapshots and the embedding cache, no logs or lock. */
const COPIED_DATA = ['snapshots', 'embedding-cache'];

/** Copies the knowledge folder and the snapshots of `from` into the (new) folders of `to`. */
export async function copyKnowledgeFolders(
  from: KnowledgeFolders,
  to: KnowledgeFolders,
): Promise<void> {
  await fs.cp(from.knowledgeDir, to.knowledgeDir, { recursive: true });
  for (const part of COPIED_DATA) {
    const source = path.join(from.dataDir, part);
    if (await exists(source)) await fs.cp(source, path.join(to.dataDir, part), { recursive: true });
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
