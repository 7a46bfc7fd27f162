import mammoth from 'mammoth';
import { errorMessage, KnowledgeLoadError } from '../errors.js';
import { checkArchiveSize } from './check-archive-size.js';
import type { ParsedFile } from './knowledge-document.js';

/** Reads the text of a Word (.docx) document with mammoth, once its archive is within bounds. */
export async function parseDocx(bytes: Uint8Array, path: string): Promise<ParsedFile> {
  await checkArchiveSize(bytes, path);
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return { text: result.value, metadata: {} };
  } catch (error) {
    throw new KnowledgeLoadError(
      path,
      'CORRUPT',
      `not a readable .docx file: ${errorMessage(error)}`,
      { cause: error },
    );
  }
}
