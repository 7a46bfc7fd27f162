/**
 * A fresh knowledge folder for each test of a file, and a reader that lists and reads one of
 * its files as a reload does (sidecars attached, hidden files left out).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { KnowledgeLoadError } from '../../src/errors.js';
import type { KnowledgeDocument } from '../../src/ingest/knowledge-document.js';
import { listKnowledgeFiles } from '../../src/ingest/list-knowledge-files.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { makeTempDir, writeFiles } from './test-engine.js';

type Files = Record<string, string | Uint8Array>;

export interface KnowledgeFolderPerTest {
  /** The folder of the running test. */
  path(relativePath?: string): string;
  /** Writes `files` into the folder, then reads the document at `relativePath`. */
  read(files: Files, relativePath: string): Promise<KnowledgeDocument>;
  /** Like `read`, for a document that must fail: its error, or `null` when it loaded. */
  failureOf(files: Files, relativePath: string): Promise<KnowledgeLoadError | null>;
}

/** Registers the folder's creation and removal around each test of the calling file. */
export function knowledgeFolderPerTest(prefix: string): KnowledgeFolderPerTest {
  let folder = '';
  beforeEach(async () => {
    folder = await makeTempDir(prefix);
  });
  afterEach(() => fs.rm(folder, { recursive: true, force: true }));
  const read = async (files: Files, relativePath: string) => {
    await writeFiles(folder, files);
    const { files: listed } = await listKnowledgeFiles(folder);
    const file = listed.find((candidate) => candidate.relativePath === relativePath);
    if (file === undefined) throw new Error(`${relativePath} was not listed`);
    return readDocument(file);
  };
  return {
    path: (relativePath = '') => path.join(folder, relativePath),
    read,
    failureOf: (files, relativePath) =>
      read(files, relativePath).then(
        () => null,
        (error: unknown) => (error instanceof KnowledgeLoadError ? error : null),
      ),
  };
}
