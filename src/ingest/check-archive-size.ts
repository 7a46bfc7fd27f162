/**
 * Checks a zip archive (a .docx) before anything inflates it into memory. mammoth (through
 * JSZip) inflates whole entries and checks their sizes only afterwards, so a 1 MB file that
 * inflates to 1 GB costs gigabytes before it is refused. Here yauzl walks the archive
 * instead: the entry count and the declared sizes are bounded first, then every entry is
 * streamed through the inflater and its bytes counted, so a header that understates its
 * entry is caught a chunk after it lies. Nothing inflated is kept.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { errorMessage, KnowledgeLoadError } from '../errors.js';

/** What an archive may hold and inflate to. */
export interface ArchiveLimits {
  /** A .docx holds a few dozen parts; tens of thousands only cost time to list. */
  maxEntries: number;
  /** Uncompressed bytes of all entries together. */
  maxInflatedBytes: number;
  /** Uncompressed bytes per byte of the file, over the whole archive. */
  maxRatio: number;
  /** Below this many uncompressed bytes the ratio is not judged: small files are harmless. */
  ratioGraceBytes: number;
}

const MEGABYTE = 1024 * 1024;

/**
 * The bounds for knowledge files. 100 MB is five times the 20 MB file limit and far above
 * the text of any report. Word's XML typically deflates 5 to 20 to 1, so more than 100 to 1
 * is a bomb; Apache POI refuses Office files at the same ratio.
 */
export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 10_000,
  maxInflatedBytes: 100 * MEGABYTE,
  maxRatio: 100,
  ratioGraceBytes: 10 * MEGABYTE,
};

/** Resolves when `bytes` is a zip within `limits`; else a `KnowledgeLoadError` naming the bound. */
export async function checkArchiveSize(
  bytes: Uint8Array,
  path: string,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): Promise<void> {
  const archive = await openArchive(bytes, path);
  try {
    const entries = await listEntries(archive, path, limits);
    checkDeclaredSize(entries, bytes.length, path, limits);
    for (const entry of entries) await inflateCounting(archive, entry, path);
  } finally {
    archive.close();
  }
}

async function openArchive(bytes: Uint8Array, path: string): Promise<yauzl.ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Sizes are validated below, by counting, so that the refusal can name the entry.
  const options = { lazyEntries: true, autoClose: false, validateEntrySizes: false };
  return yauzl.fromBufferPromise(buffer, options).catch((error: unknown) => {
    throw unreadable(path, error);
  });
}

async function listEntries(
  archive: yauzl.ZipFile,
  path: string,
  limits: ArchiveLimits,
): Promise<yauzl.Entry[]> {
  if (archive.entryCount > limits.maxEntries) {
    throw new KnowledgeLoadError(
      path,
      'TOO_LARGE',
      `holds ${archive.entryCount} zip entries, over the limit of ${limits.maxEntries}; save it again from Word or convert it to PDF`,
    );
  }
  const entries: yauzl.Entry[] = [];
  try {
    for await (const entry of archive.eachEntry()) {
      if (!entry.fileName.endsWith('/')) entries.push(entry);
    }
  } catch (error) {
    throw unreadable(path, error);
  }
  return entries;
}

function checkDeclaredSize(
  entries: yauzl.Entry[],
  fileBytes: number,
  path: string,
  limits: ArchiveLimits,
): void {
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const size = `its contents would inflate to ${megabytes(declared)} MB`;
  if (declared > limits.ratioGraceBytes && declared > fileBytes * limits.maxRatio) {
    throw new KnowledgeLoadError(
      path,
      'TOO_LARGE',
      `${size}, more than ${limits.maxRatio} times the file's size (a sign of a zip bomb); if it is a real document, save it again from Word or convert it to PDF`,
    );
  }
  if (declared > limits.maxInflatedBytes) {
    throw new KnowledgeLoadError(
      path,
      'TOO_LARGE',
      `${size}, over the ${megabytes(limits.maxInflatedBytes)} MB limit; split the document or convert it to PDF`,
    );
  }
}

/** Inflates one entry chunk by chunk, refusing it once it passes its declared size. */
async function inflateCounting(
  archive: yauzl.ZipFile,
  entry: yauzl.Entry,
  path: string,
): Promise<void> {
  let inflated = 0;
  try {
    const stream: Readable = await archive.openReadStreamPromise(entry);
    for await (const chunk of stream) {
      inflated += (chunk as Buffer).length;
      if (inflated > entry.uncompressedSize) throw misdeclared(path, entry, 'more');
    }
  } catch (error) {
    throw error instanceof KnowledgeLoadError ? error : unreadable(path, error);
  }
  if (inflated < entry.uncompressedSize) throw misdeclared(path, entry, 'less');
}

function misdeclared(path: string, entry: yauzl.Entry, how: 'more' | 'less'): KnowledgeLoadError {
  const sign = how === 'more' ? 'a sign of a zip bomb' : 'the file is damaged';
  return new KnowledgeLoadError(
    path,
    'CORRUPT',
    `its zip entry '${entry.fileName.slice(0, 100)}' inflates to ${how} than its header declares (${sign}); save it again from Word or convert it to PDF`,
  );
}

function unreadable(path: string, error: unknown): KnowledgeLoadError {
  return new KnowledgeLoadError(
    path,
    'CORRUPT',
    `not a readable .docx file: ${errorMessage(error)}`,
    { cause: error },
  );
}

function megabytes(bytes: number): string {
  return (bytes / MEGABYTE).toFixed(1);
}
