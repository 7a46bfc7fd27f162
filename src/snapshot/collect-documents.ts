/**
 * Reads every document of the knowledge folder. A file that cannot be read is skipped with
 * its reason; the others are all kept, so one broken PDF never costs the rest. Hidden files,
 * which are never read, are passed on as skipped so that the report names them.
 */
import { errorMessage, KnowledgeLoadError } from '../errors.js';
import type { KnowledgeDocument } from '../ingest/knowledge-document.js';
import { listKnowledgeFiles } from '../ingest/list-knowledge-files.js';
import { readDocument } from '../ingest/read-document.js';
import { GLOSSARY_FILE, type GlossaryEntry, readGlossary } from '../lexicon/glossary.js';
import type { FailedFile, SkippedFile } from './reload-report.js';

export interface CollectedKnowledge {
  documents: KnowledgeDocument[];
  glossary: GlossaryEntry[];
  failed: FailedFile[];
  skipped: SkippedFile[];
}

/** Reads the documents and glossary of `knowledgeDir`. */
export async function collectDocuments(knowledgeDir: string): Promise<CollectedKnowledge> {
  const listing = await listKnowledgeFiles(knowledgeDir);
  const failed: FailedFile[] = [...listing.refused];
  const documents: KnowledgeDocument[] = [];
  const paths = new Map<string, string>();
  for (const file of listing.files) {
    try {
      const document = await readDocument(file);
      claimId(paths, document);
      documents.push(document);
    } catch (error) {
      failed.push(failureOf(error, file.relativePath));
    }
  }
  const glossary = await glossaryOrNone(knowledgeDir, failed);
  return { documents, glossary, failed, skipped: listing.skipped };
}

/** A broken glossary is reported and left out; the documents still load. */
async function glossaryOrNone(
  knowledgeDir: string,
  failed: FailedFile[],
): Promise<GlossaryEntry[]> {
  try {
    return await readGlossary(knowledgeDir);
  } catch (error) {
    failed.push(failureOf(error, GLOSSARY_FILE));
    return [];
  }
}

function claimId(paths: Map<string, string>, document: KnowledgeDocument): void {
  const owner = paths.get(document.id);
  if (owner !== undefined) {
    throw new KnowledgeLoadError(
      document.path,
      'INVALID_METADATA',
      `id '${document.id}' is already used by ${owner}; give this document its own id`,
    );
  }
  paths.set(document.id, document.path);
}

function failureOf(error: unknown, path: string): FailedFile {
  if (error instanceof KnowledgeLoadError)
    return { path: error.path, reason: error.reason, message: error.message };
  return { path, reason: 'UNREADABLE', message: errorMessage(error) };
}
