/**
 * The name a document sent through the chat is stored under in KNOWLEDGE_DIR/uploads/: the
 * name the platform gave, made safe. Only its last part is kept (a name is never a path), so
 * no upload can land outside the folder; characters file systems refuse, control and
 * invisible characters (a right-to-left override can dress `exe.pdf` up) become nothing or a
 * dash; leading dots go, since a hidden file is never read; Chinese and other letters stay.
 */
import path from 'node:path';
import { UploadRefusedError } from '../errors.js';
import { NOT_DOCUMENTS } from './list-knowledge-files.js';
import { SUPPORTED_EXTENSIONS } from './read-document.js';

/** The folder of KNOWLEDGE_DIR that uploads go to; only documents in it can be removed from the chat. */
export const UPLOADS_FOLDER = 'uploads';

/**
 * The longest stem, in UTF-8 bytes: with its extension and `.meta.yaml` a name stays well
 * under the 255 bytes file systems allow (a Chinese character takes 3).
 */
export const MAX_STEM_BYTES = 150;

const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const UNSAFE = /[<>:"/\\|?*]+/g;

/** The stored name of an upload called `original`; throws UploadRefusedError when none fits. */
export function uploadFileName(original: string): string {
  const lastPart = original.split(/[/\\]/).at(-1) ?? '';
  const cleaned = lastPart
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(UNSAFE, '-')
    .replace(/^[\s.-]+/, '');
  const extension = path.extname(cleaned).toLowerCase();
  checkExtension(extension);
  const stem = cutToBytes(cleaned.slice(0, -extension.length), MAX_STEM_BYTES).replace(
    /[\s.]+$/,
    '',
  );
  const name = `${stem || 'document'}${extension}`;
  if (NOT_DOCUMENTS.has(name.toLowerCase())) {
    throw new UploadRefusedError(
      'INVALID_NAME',
      `${name} is the name of the knowledge folder's own notes, which are never read as a document; rename the file and send it again`,
    );
  }
  return name;
}

function checkExtension(extension: string): void {
  if (SUPPORTED_EXTENSIONS.includes(extension)) return;
  throw new UploadRefusedError(
    'UNSUPPORTED_TYPE',
    `unsupported file type '${extension || '(none)'}'; send ${SUPPORTED_EXTENSIONS.join(', ')}`,
  );
}

/** The longest start of `text` within `bytes` UTF-8 bytes, never cutting a character. */
function cutToBytes(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const character of text) {
    used += Buffer.byteLength(character);
    if (used > bytes) break;
    end += character.length;
  }
  return text.slice(0, end);
}
