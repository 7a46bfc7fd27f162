/**
 * Reads one knowledge file into a `KnowledgeDocument`: parse by format, remove invisible
 * characters and page boilerplate, then complete the metadata, its sidecar's fields winning
 * over the file's own. Anything wrong with the file or its sidecar becomes a
 * `KnowledgeLoadError` with a reason, so the reload skips just this file.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { errorMessage, KnowledgeLoadError } from '../errors.js';
import { detectLanguage } from '../text/detect-language.js';
import { chooseDate, dateFromPath } from './choose-date.js';
import { cleanText, removeInvisibleCharacters } from './clean-text.js';
import { furnitureShare } from './furniture-share.js';
import type { DocumentMetadata, KnowledgeDocument, ParsedFile } from './knowledge-document.js';
import type { KnowledgeFile } from './list-knowledge-files.js';
import { parseDocx } from './parse-docx.js';
import { parseHtml } from './parse-html.js';
import { parseMarkdown } from './parse-markdown.js';
import { parsePdf } from './parse-pdf.js';
import { parsePlainText } from './parse-plain-text.js';
import { type BoilerplateResult, removeBoilerplate } from './remove-boilerplate.js';
import { readSidecar, type Sidecar } from './sidecar-metadata.js';
import { unwrapLines } from './unwrap-lines.js';

/** Files above this size are skipped: no news report or policy note is this large. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_TEXT_CHARS = 2_000_000;
const MIN_TEXT_CHARS = 20;

type Parser = (bytes: Uint8Array, path: string) => ParsedFile | Promise<ParsedFile>;

const PARSERS: Record<string, Parser> = {
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
  '.txt': parsePlainText,
  '.html': parseHtml,
  '.htm': parseHtml,
  '.pdf': parsePdf,
  '.docx': parseDocx,
};

/** The file extensions the knowledge base reads. */
export const SUPPORTED_EXTENSIONS = Object.keys(PARSERS);

/** Reads, cleans and describes one knowledge file. */
export async function readDocument(file: KnowledgeFile): Promise<KnowledgeDocument> {
  const parse = parserFor(file);
  const bytes = await readBytes(file);
  // The sidecar is read first: a few lines of YAML fail faster than a PDF parses.
  const sidecar =
    file.sidecar === undefined ? undefined : await readSidecar(file.sidecar, file.relativePath);
  const parsed = await parse(bytes, file.relativePath);
  // Wrapped lines are joined before spacing is tidied: runs of spaces tell table cells apart.
  const cleaned = removeBoilerplate(
    cleanText(unwrapLines(removeInvisibleCharacters(parsed.text.replace(/\r\n?/g, '\n')))),
  );
  checkTextLength(cleaned.text, file.relativePath);
  return describeDocument(file, { parsed, sidecar, cleaned, hash: contentHash(bytes, sidecar) });
}

/** The hash of the file, and of its sidecar when it has one: editing either changes the document. */
function contentHash(bytes: Uint8Array, sidecar: Sidecar | undefined): string {
  const hash = createHash('sha256').update(bytes);
  // Without a sidecar the hash is the file's alone, as before sidecars: nothing reloads as changed.
  if (sidecar !== undefined) hash.update('\0sidecar\0').update(sidecar.bytes);
  return hash.digest('hex');
}

function parserFor(file: KnowledgeFile): Parser {
  const parse = PARSERS[file.extension];
  if (parse !== undefined) return parse;
  throw new KnowledgeLoadError(
    file.relativePath,
    'UNSUPPORTED_TYPE',
    `unsupported file type '${file.extension || '(none)'}'; use ${SUPPORTED_EXTENSIONS.join(', ')}`,
  );
}

async function readBytes(file: KnowledgeFile): Promise<Uint8Array> {
  if (file.size === 0)
    throw new KnowledgeLoadError(file.relativePath, 'EMPTY', 'the file is empty');
  if (file.size > MAX_FILE_BYTES) {
    const megabytes = (file.size / 1024 / 1024).toFixed(1);
    throw new KnowledgeLoadError(
      file.relativePath,
      'TOO_LARGE',
      `${megabytes} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; split the document`,
    );
  }
  try {
    return await fs.readFile(file.absolutePath);
  } catch (error) {
    throw new KnowledgeLoadError(
      file.relativePath,
      'UNREADABLE',
      `cannot be read: ${errorMessage(error)}`,
      { cause: error },
    );
  }
}

function checkTextLength(text: string, path: string): void {
  if (text.length < MIN_TEXT_CHARS) {
    throw new KnowledgeLoadError(
      path,
      'EMPTY',
      'no readable text after cleaning (a scanned PDF needs OCR first)',
    );
  }
  if (text.length > MAX_TEXT_CHARS) {
    throw new KnowledgeLoadError(
      path,
      'TOO_LARGE',
      `${text.length} characters of text is over the ${MAX_TEXT_CHARS} limit; split the document`,
    );
  }
}

/** What reading a file gave, for its description. */
interface ReadFile {
  parsed: ParsedFile;
  sidecar: Sidecar | undefined;
  cleaned: BoilerplateResult;
  hash: string;
}

function describeDocument(
  file: KnowledgeFile,
  { parsed, sidecar, cleaned, hash }: ReadFile,
): KnowledgeDocument {
  const metadata: DocumentMetadata = { ...parsed.metadata, ...sidecar?.metadata };
  return {
    id: metadata.id ?? idFromPath(file.relativePath),
    path: file.relativePath,
    title: metadata.title ?? firstLine(cleaned.text),
    publisher: metadata.publisher ?? null,
    ...chooseDate({
      sidecar: sidecar?.metadata.date,
      document: parsed.metadata.date,
      path: dateFromPath(file.relativePath),
      file: parsed.fileDate,
    }),
    language: metadata.language ?? detectLanguage(cleaned.text.slice(0, 5000)),
    url: metadata.url ?? cleaned.pageUrls[0] ?? null,
    text: cleaned.text,
    furnitureShare: furnitureShare(cleaned),
    contentHash: hash,
  };
}

/** A stable id from the path: "news/2020 Report.md" → "news-2020-report". */
function idFromPath(relativePath: string): string {
  return relativePath
    .replace(/\.[^./]+$/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length <= 120 ? line : `${line.slice(0, 117)}…`;
}
