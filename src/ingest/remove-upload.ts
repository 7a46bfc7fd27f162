/**
 * Deletes a document that was added through the chat, and its sidecar: an orphan sidecar
 * would fail the next reload. Only files in KNOWLEDGE_DIR/uploads/ can be removed this way;
 * the rest of the folder is the server admin's, edited on the server.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { isInside } from './list-knowledge-files.js';
import { SIDECAR_SUFFIX } from './sidecar-metadata.js';
import { UPLOADS_FOLDER } from './upload-file-name.js';

/** True for a path (relative to KNOWLEDGE_DIR) of a document added through the chat. */
export function isUploadPath(relativePath: string): boolean {
  return relativePath.startsWith(`${UPLOADS_FOLDER}/`);
}

/** Deletes the upload at `relativePath` and its sidecar; false when it is no upload. */
export async function removeUpload(knowledgeDir: string, relativePath: string): Promise<boolean> {
  const root = await fs.realpath(knowledgeDir);
  const file = path.resolve(root, relativePath);
  if (!isUploadPath(relativePath) || !isInside(path.join(root, UPLOADS_FOLDER), file)) return false;
  // The sidecar first: for a moment the document lacks its metadata, rather than the
  // metadata its document, which a reload in that moment would report as a failure.
  await fs.rm(`${file}${SIDECAR_SUFFIX}`, { force: true });
  await fs.rm(file, { force: true });
  return true;
}
