/**
 * Lists the document files under KNOWLEDGE_DIR. A file or link whose real path leaves the
 * folder (a symlink to /etc, a `..` path) is refused, never read. Hidden files and folders
 * (names starting with a dot) are not read either, but listed as skipped, so that a
 * `.draft.md` does not vanish without a word. A `<file>.meta.yaml` is its document's
 * metadata, not a document (attach-sidecars.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SkipReason } from '../errors.js';
import { attachSidecars } from './attach-sidecars.js';
import type { SidecarFile } from './sidecar-metadata.js';

/** A document file found in the knowledge folder. */
export interface KnowledgeFile {
  absolutePath: string;
  /** Relative to the knowledge folder, with forward slashes. */
  relativePath: string;
  extension: string;
  size: number;
  /** Its `<file>.meta.yaml`, whose fields win over the file's own; absent when it has none. */
  sidecar?: SidecarFile;
}

/** A file that is not read, with the reason the reload report shows. */
export interface RefusedFile {
  path: string;
  reason: SkipReason;
  message: string;
}

export interface KnowledgeListing {
  files: KnowledgeFile[];
  refused: RefusedFile[];
  /** Hidden files and folders, left out on purpose; a hidden folder is listed, not its files. */
  skipped: RefusedFile[];
}

/** Files of these names document the folder for admins; they are not knowledge. */
export const NOT_DOCUMENTS = new Set(['readme.md', 'glossary.yaml', 'glossary.yml']);

/** Walks `knowledgeDir` (following links that stay inside it) and sorts the files by path. */
export async function listKnowledgeFiles(knowledgeDir: string): Promise<KnowledgeListing> {
  const root = await fs.realpath(knowledgeDir);
  const listing: KnowledgeListing = { files: [], refused: [], skipped: [] };
  await walk(root, root, listing);
  listing.files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  listing.skipped.sort((a, b) => a.path.localeCompare(b.path));
  return attachSidecars(listing);
}

async function walk(root: string, directory: string, listing: KnowledgeListing): Promise<void> {
  const entries = await fs.readdir(directory, { withFileTypes: true });
  for (const entry of entries) {
    const entryPath = path.join(directory, entry.name);
    const relativePath = path.relative(root, entryPath).split(path.sep).join('/');
    if (entry.name.startsWith('.')) {
      listing.skipped.push(hidden(relativePath, entry.isDirectory()));
      continue;
    }
    if (NOT_DOCUMENTS.has(entry.name.toLowerCase())) continue;
    await visit(root, entryPath, relativePath, listing).catch((error: NodeJS.ErrnoException) => {
      listing.refused.push({
        path: relativePath,
        reason: 'UNREADABLE',
        message: `cannot be read (${error.code ?? error.message}); check its permissions`,
      });
    });
  }
}

async function visit(
  root: string,
  entryPath: string,
  relativePath: string,
  listing: KnowledgeListing,
): Promise<void> {
  const realPath = await fs.realpath(entryPath).catch(() => null);
  if (realPath === null) {
    listing.refused.push({
      path: relativePath,
      reason: 'UNREADABLE',
      message: 'a broken link; remove it or point it at a file inside the knowledge folder',
    });
    return;
  }
  if (!isInside(root, realPath)) {
    listing.refused.push({
      path: relativePath,
      reason: 'OUTSIDE_KNOWLEDGE_DIR',
      message:
        'points outside the knowledge folder; copy the file into the folder instead of linking to it',
    });
    return;
  }
  const stats = await fs.stat(realPath);
  if (stats.isDirectory()) {
    if (realPath !== entryPath) return; // A link to a folder inside the tree would list its files twice.
    await walk(root, entryPath, listing);
  } else if (stats.isFile()) {
    listing.files.push({
      absolutePath: realPath,
      relativePath,
      extension: path.extname(entryPath).toLowerCase(),
      size: stats.size,
    });
  }
}

function hidden(relativePath: string, isFolder: boolean): RefusedFile {
  const message = isFolder
    ? 'hidden folder; rename it without the leading dot to load its files'
    : 'hidden file; rename it without the leading dot to load it';
  return { path: relativePath, reason: 'HIDDEN', message };
}

/** True when `candidate` is `root` or lies below it. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}
