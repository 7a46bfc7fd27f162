/**
 * The manifest of a snapshot: what it holds and the sha256 of every file, checked before
 * any file is parsed (and before hnswlib reads its graph), so that a damaged or tampered
 * snapshot is refused instead of loaded.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { SnapshotError } from '../errors.js';
import type { VectorIndexFiles } from '../index/vector-index.js';

export const MANIFEST_FILE = 'manifest.json';
export const SNAPSHOT_FORMAT = 2;

/** The files of a snapshot. */
export const SNAPSHOT_FILES = {
  chunks: 'chunks.json',
  keywordIndex: 'keyword.bin',
  vectorIndex: 'vectors.hnsw',
  vectorIndexChinese: 'vectors-zh.hnsw',
  lexicon: 'lexicon.json',
} as const;

/** The files of a snapshot's vector graphs, one per language. */
export function vectorIndexFiles(directory: string): VectorIndexFiles {
  return {
    en: path.join(directory, SNAPSHOT_FILES.vectorIndex),
    zh: path.join(directory, SNAPSHOT_FILES.vectorIndexChinese),
  };
}

/** A document as a snapshot records it, to tell what a reload added, changed or removed. */
export interface DocumentRecord {
  id: string;
  path: string;
  title: string;
  contentHash: string;
  chunks: number;
  /** The id of the document this one reposts, when it is a near-duplicate. */
  duplicateOf?: string;
}

export interface SnapshotManifest {
  format: number;
  id: string;
  builtAt: string;
  embedder: { id: string; dimension: number };
  chunkCount: number;
  documents: DocumentRecord[];
  files: Record<string, { sha256: string; bytes: number }>;
}

/** sha256 of a file's bytes. */
export async function sha256File(file: string): Promise<{ sha256: string; bytes: number }> {
  const bytes = await fs.readFile(file);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

/** Reads a snapshot's manifest and checks every listed file against it. */
export async function readVerifiedManifest(directory: string): Promise<SnapshotManifest> {
  const manifest = await readManifest(directory);
  for (const name of Object.values(SNAPSHOT_FILES)) {
    const expected = manifest.files[name];
    if (expected === undefined)
      throw new SnapshotError(
        `snapshot ${manifest.id} lists no checksum for ${name}; rebuild it with npm run reload`,
      );
    const actual = await sha256File(path.join(directory, name)).catch(() => null);
    if (actual === null)
      throw new SnapshotError(
        `snapshot ${manifest.id} is missing ${name}; rebuild it with npm run reload`,
      );
    if (actual.sha256 !== expected.sha256) {
      throw new SnapshotError(
        `snapshot ${manifest.id}: ${name} does not match its manifest checksum (damaged or modified); rebuild it with npm run reload`,
      );
    }
  }
  return manifest;
}

async function readManifest(directory: string): Promise<SnapshotManifest> {
  let manifest: SnapshotManifest;
  try {
    manifest = JSON.parse(
      await fs.readFile(path.join(directory, MANIFEST_FILE), 'utf8'),
    ) as SnapshotManifest;
  } catch (error) {
    throw new SnapshotError(`no readable manifest in ${directory}; rebuild with npm run reload`, {
      cause: error,
    });
  }
  if (
    manifest.format !== SNAPSHOT_FORMAT ||
    typeof manifest.files !== 'object' ||
    manifest.files === null
  ) {
    throw new SnapshotError(
      `snapshot in ${directory} has format ${String(manifest.format)}, expected ${SNAPSHOT_FORMAT}; rebuild with npm run reload`,
    );
  }
  return manifest;
}
