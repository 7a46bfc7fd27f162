/**
 * A sidecar is a `<file>.meta.yaml` beside a document (`report.pdf.meta.yaml` beside
 * `report.pdf`): title, date, publisher, language and url for formats that cannot carry them
 * (or carry wrong ones: a PDF's creation date is not its publication date). Uploads write
 * one. Its fields win over whatever the file says about itself, front matter included.
 * It is YAML read as data only (parse-front-matter-yaml.ts), and checked strictly: a field
 * it does not know is a typo to report, not a note to keep.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { errorMessage, KnowledgeLoadError } from '../errors.js';
import { decodeText } from './decode-text.js';
import type { DocumentMetadata } from './knowledge-document.js';
import { describeFieldIssues, dropUndefined, METADATA_FIELDS } from './metadata-fields.js';
import { parseFrontMatterYaml } from './parse-front-matter-yaml.js';

/** What a document's name is followed by to name its sidecar. */
export const SIDECAR_SUFFIX = '.meta.yaml';

/** Metadata is a few lines; anything this large is not a sidecar. */
const MAX_SIDECAR_BYTES = 64 * 1024;

/** A sidecar file found beside a document. */
export interface SidecarFile {
  absolutePath: string;
  /** Relative to the knowledge folder, with forward slashes. */
  relativePath: string;
  size: number;
}

/** A sidecar read: its bytes (part of its document's hash) and its validated fields. */
export interface Sidecar {
  bytes: Uint8Array;
  metadata: DocumentMetadata;
}

const sidecarSchema = z.strictObject(METADATA_FIELDS);

/** The path of the document a sidecar describes, or `null` when `relativePath` is no sidecar. */
export function documentPathOf(relativePath: string): string | null {
  if (!relativePath.toLowerCase().endsWith(SIDECAR_SUFFIX)) return null;
  return relativePath.slice(0, -SIDECAR_SUFFIX.length);
}

/**
 * Reads and validates the sidecar of the document at `documentPath`. A problem fails that
 * document (as a front matter problem does), with the sidecar and the field named.
 */
export async function readSidecar(sidecar: SidecarFile, documentPath: string): Promise<Sidecar> {
  const name = path.posix.basename(sidecar.relativePath);
  const bytes = await readSidecarBytes(sidecar, name, documentPath);
  const data = parseFrontMatterYaml(decodeText(bytes, documentPath), documentPath, {
    name: `sidecar ${name}`,
    firstLine: 1,
  });
  const parsed = sidecarSchema.safeParse(data);
  if (parsed.success) return { bytes, metadata: dropUndefined(parsed.data) };
  throw new KnowledgeLoadError(
    documentPath,
    'INVALID_METADATA',
    `sidecar ${name}: ${describeFieldIssues(parsed.error)}; see knowledge/README.md`,
  );
}

async function readSidecarBytes(
  sidecar: SidecarFile,
  name: string,
  documentPath: string,
): Promise<Uint8Array> {
  if (sidecar.size > MAX_SIDECAR_BYTES) {
    throw new KnowledgeLoadError(
      documentPath,
      'TOO_LARGE',
      `sidecar ${name} is ${sidecar.size} bytes, over the ${MAX_SIDECAR_BYTES / 1024} KB a sidecar may be; keep only title, date, publisher, language and url in it`,
    );
  }
  try {
    return await fs.readFile(sidecar.absolutePath);
  } catch (error) {
    throw new KnowledgeLoadError(
      documentPath,
      'UNREADABLE',
      `sidecar ${name} cannot be read: ${errorMessage(error)}; check its permissions`,
      { cause: error },
    );
  }
}
