/**
 * Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with a BOM, or else
 * GB18030, the encoding of older Chinese files. Binary content and bytes that are valid in
 * neither encoding are refused with a reason the reload report shows.
 */
import { KnowledgeLoadError } from '../errors.js';

const SAMPLE_BYTES = 8192;

/** The text of `bytes`, or a `KnowledgeLoadError` naming why it is not readable text. */
export function decodeText(bytes: Uint8Array, path: string): string {
  const bom = decodeWithBom(bytes);
  if (bom !== null) return bom;
  if (looksBinary(bytes)) {
    throw new KnowledgeLoadError(
      path,
      'BINARY',
      'binary content, not text; convert it to .txt, .md, .pdf or .docx',
    );
  }
  return tryDecode('utf-8', bytes) ?? decodeGb18030(bytes, path);
}

function decodeWithBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return null;
}

/** A NUL byte, or many control bytes, in the first 8 KiB means the file is not text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls += 1;
  }
  return controls > sample.length * 0.05;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeGb18030(bytes: Uint8Array, path: string): string {
  const text = tryDecode('gb18030', bytes);
  if (text === null || !looksLikeChinese(text)) {
    throw new KnowledgeLoadError(
      path,
      'ENCODING',
      'neither UTF-8 nor GB18030 text; save the file as UTF-8 and reload',
    );
  }
  return text;
}

/**
 * GB18030 decodes almost any byte sequence, so a file that is really in another encoding
 * (Latin-1, Shift-JIS) comes out as rare characters. Accept it only when most non-ASCII
 * characters are common Chinese characters or CJK punctuation.
 */
function looksLikeChinese(text: string): boolean {
  let nonAscii = 0;
  let common = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    nonAscii += 1;
    if (
      (code >= 0x4e00 && code <= 0x9fa5) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xffef)
    ) {
      common += 1;
    }
  }
  return nonAscii === 0 || common / nonAscii >= 0.9;
}
