import { decodeText } from './decode-text.js';
import type { ParsedFile } from './knowledge-document.js';

/** Reads a plain-text file; its metadata is derived later from the path and the text. */
export function parsePlainText(bytes: Uint8Array, path: string): ParsedFile {
  return { text: decodeText(bytes, path), metadata: {} };
}
