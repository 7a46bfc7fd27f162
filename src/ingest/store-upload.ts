/**
 * Stores a document sent through the chat in KNOWLEDGE_DIR/uploads/, where it becomes part
 * of the knowledge base only once it has been read exactly as a reload reads the folder's
 * files. What can be judged before downloading is judged first (the name and type, the size
 * the platform declares, the caption). The bytes then go to a hidden temporary name in
 * uploads/ (a reload skips hidden files), with a cap on how many are taken, and the caption's
 * metadata to a hidden sidecar beside it; both are read with readDocument, and only a file
 * that reads is renamed into place, its sidecar with it. A rename within one folder is
 * atomic, so a reload sees the old document or the new one, never half of one; anything
 * refused leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { errorMessage, KnowledgeLoadError, UploadRefusedError } from '../errors.js';
import { type CaptionMetadata, parseCaptionMetadata } from './caption-metadata.js';
import type { KnowledgeDocument } from './knowledge-document.js';
import { isInside, type KnowledgeFile } from './list-knowledge-files.js';
import { MAX_FILE_BYTES, readDocument } from './read-document.js';
import { SIDECAR_SUFFIX } from './sidecar-metadata.js';
import { UPLOADS_FOLDER, uploadFileName } from './upload-file-name.js';

/** A document as a chat platform hands it over. */
export interface DocumentUpload {
  /** The file's name as the platform gave it. */
  fileName: string;
  /** The size the platform declares, checked before anything is downloaded; undefined when it gives none. */
  declaredBytes: number | undefined;
  /** The caption or message sent with the file: `key: value` metadata lines (caption-metadata.ts). */
  caption: string | undefined;
  /** The most the platform lets a bot download (the Telegram Bot API: 20 MB), if it has a limit. */
  platformLimitBytes?: number;
  /** Starts the download: the file's bytes as they arrive. */
  download(): Promise<AsyncIterable<Uint8Array>>;
}

/** An upload that passed the checks made before downloading. */
export interface CheckedUpload {
  /** The name it is stored under in uploads/. */
  fileName: string;
  metadata: CaptionMetadata;
  maxBytes: number;
}

/** An upload stored in the knowledge folder. */
export interface StoredUpload {
  /** Relative to KNOWLEDGE_DIR, with forward slashes: "uploads/report.pdf". */
  path: string;
  /** True when it replaced a document of the same name. */
  replaced: boolean;
  /** The document as a reload reads it. */
  document: KnowledgeDocument;
}

/** What can be judged before downloading; throws UploadRefusedError with the reason. */
export function checkUpload(upload: DocumentUpload): CheckedUpload {
  const fileName = uploadFileName(upload.fileName);
  const maxBytes = Math.min(MAX_FILE_BYTES, upload.platformLimitBytes ?? MAX_FILE_BYTES);
  if (upload.declaredBytes !== undefined && upload.declaredBytes > maxBytes)
    throw tooLarge(`it is ${megabytes(upload.declaredBytes)} MB`, maxBytes);
  return { fileName, metadata: parseCaptionMetadata(upload.caption), maxBytes };
}

/** Downloads, validates and stores an upload; throws UploadRefusedError when it is refused. */
export async function storeUpload(
  knowledgeDir: string,
  upload: DocumentUpload,
): Promise<StoredUpload> {
  const checked = checkUpload(upload);
  const folder = await uploadsFolder(knowledgeDir);
  const temporary = path.join(
    folder,
    `.upload-${randomBytes(8).toString('hex')}${path.extname(checked.fileName)}`,
  );
  const temporarySidecar = `${temporary}${SIDECAR_SUFFIX}`;
  try {
    await saveBytes(upload, temporary, checked);
    const hasSidecar = Object.keys(checked.metadata).length > 0;
    if (hasSidecar) await fs.writeFile(temporarySidecar, stringify(checked.metadata), 'utf8');
    const relativePath = `${UPLOADS_FOLDER}/${checked.fileName}`;
    const document = await validate(temporary, relativePath, hasSidecar);
    const replaced = await install(temporary, path.join(folder, checked.fileName), hasSidecar);
    return { path: relativePath, replaced, document };
  } finally {
    await fs.rm(temporary, { force: true });
    await fs.rm(temporarySidecar, { force: true });
  }
}

/** KNOWLEDGE_DIR/uploads, made when missing; a link out of the folder is refused. */
async function uploadsFolder(knowledgeDir: string): Promise<string> {
  const folder = path.join(knowledgeDir, UPLOADS_FOLDER);
  await fs.mkdir(folder, { recursive: true });
  const [root, real] = await Promise.all([fs.realpath(knowledgeDir), fs.realpath(folder)]);
  if (isInside(root, real)) return real;
  throw new UploadRefusedError(
    'OUTSIDE_KNOWLEDGE_DIR',
    `${UPLOADS_FOLDER}/ in the knowledge folder links to ${real}, outside it; make ${folder} a plain folder`,
  );
}

/** Writes the download to `file`, stopping it as soon as it passes the limit. */
async function saveBytes(upload: DocumentUpload, file: string, checked: CheckedUpload) {
  const handle = await fs.open(file, 'wx');
  let received = 0;
  try {
    for await (const chunk of await upload.download()) {
      received += chunk.byteLength;
      // Leaving the loop cancels the download: no more than the limit is ever fetched.
      if (received > checked.maxBytes) throw tooLarge(null, checked.maxBytes);
      await handle.write(chunk);
    }
  } catch (error) {
    if (error instanceof UploadRefusedError) throw error;
    throw new UploadRefusedError(
      'DOWNLOAD_FAILED',
      `the download failed (${errorMessage(error)}); send the file again`,
      { cause: error },
    );
  } finally {
    await handle.close();
  }
}

/** Reads the temporary file as a reload would read it under its final name. */
async function validate(
  temporary: string,
  relativePath: string,
  hasSidecar: boolean,
): Promise<KnowledgeDocument> {
  const file: KnowledgeFile = {
    absolutePath: temporary,
    relativePath,
    extension: path.extname(relativePath).toLowerCase(),
    size: (await fs.stat(temporary)).size,
    ...(hasSidecar ? { sidecar: await sidecarOf(temporary, relativePath) } : {}),
  };
  try {
    return await readDocument(file);
  } catch (error) {
    if (!(error instanceof KnowledgeLoadError)) throw error;
    throw new UploadRefusedError(error.reason, error.message, { cause: error });
  }
}

async function sidecarOf(temporary: string, relativePath: string) {
  const absolutePath = `${temporary}${SIDECAR_SUFFIX}`;
  const { size } = await fs.stat(absolutePath);
  return { absolutePath, relativePath: `${relativePath}${SIDECAR_SUFFIX}`, size };
}

/**
 * Renames the file into place, then its sidecar; a replaced document's old sidecar goes when
 * the new one has none, or its metadata would describe the new file. True when replacing.
 */
async function install(temporary: string, target: string, hasSidecar: boolean): Promise<boolean> {
  const replaced = await fs.stat(target).then(
    () => true,
    () => false,
  );
  await fs.rename(temporary, target);
  if (hasSidecar) await fs.rename(`${temporary}${SIDECAR_SUFFIX}`, `${target}${SIDECAR_SUFFIX}`);
  else await fs.rm(`${target}${SIDECAR_SUFFIX}`, { force: true });
  return replaced;
}

/** `size` is what the platform declared ("it is 25 MB"); null when the download showed it. */
function tooLarge(size: string | null, limit: number): UploadRefusedError {
  const over = `over the ${megabytes(limit)} MB a document may be`;
  return new UploadRefusedError(
    'TOO_LARGE',
    `${size === null ? `it is ${over}` : `${size}, ${over}`}; split it (or compress its images) and send the parts`,
  );
}

function megabytes(bytes: number): string {
  const value = bytes / 1024 / 1024;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
