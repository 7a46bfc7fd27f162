/**
 * The documents of the knowledge base as admins manage them from a chat: list what is in
 * service, add a document sent through the chat, remove one added that way. Adding stores the
 * file in KNOWLEDGE_DIR/uploads/ only once it reads as a reload would read it
 * (store-upload.ts), reloads, and suggests questions the new document answers; removing
 * deletes the file and its sidecar and reloads. One change at a time: each waits for the one
 * before it, so that every reload reports the change it was made for.
 */
import type { DateSource } from '../ingest/knowledge-document.js';
import { isUploadPath, removeUpload } from '../ingest/remove-upload.js';
import { type DocumentUpload, storeUpload } from '../ingest/store-upload.js';
import type { ReloadReport } from '../snapshot/reload-report.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { type CheckQuestion, suggestQuestions } from './suggest-questions.js';

export type { DocumentUpload } from '../ingest/store-upload.js';

/** A document of the snapshot in service, as /docs lists it. */
export interface DocumentEntry {
  id: string;
  /** Relative to KNOWLEDGE_DIR. */
  path: string;
  title: string;
  date: string | null;
  /** The passages indexed from it (a repost's are only what it adds). */
  passages: number;
  /** True for a document added through the chat, which the chat can remove. */
  uploaded: boolean;
}

/** What adding a document did. */
export interface AddedDocument {
  path: string;
  /** The document as read when it was stored. */
  id: string;
  title: string;
  date: string | null;
  dateSource: DateSource | null;
  /** True when it replaced a document of the same name. */
  replaced: boolean;
  /** The document in the snapshot now in service; null when the reload did not put it there. */
  entry: DocumentEntry | null;
  report: ReloadReport;
  /** Questions it answers, each checked by answering it. */
  suggestions: string[];
}

/** What removing a document did, or why it did not. */
export type RemovedDocument =
  | { outcome: 'removed'; entry: DocumentEntry; report: ReloadReport }
  | { outcome: 'not_found'; id: string }
  | { outcome: 'not_uploaded'; entry: DocumentEntry };

export interface DocumentLibrary {
  /** The documents in service, newest first (undated last). */
  documents(): DocumentEntry[];
  /** Stores an upload, reloads and suggests questions; throws UploadRefusedError, storing nothing. */
  add(upload: DocumentUpload): Promise<AddedDocument>;
  /** Removes a document added through the chat, by id, and reloads. */
  remove(id: string): Promise<RemovedDocument>;
}

export interface DocumentLibraryOptions {
  knowledgeDir: string;
  reload(): Promise<ReloadReport>;
  /** The snapshot in service. */
  snapshot(): Snapshot | null;
  /** Answers a question as a member would get it, to check the suggestions. */
  check: CheckQuestion;
}

export function createDocumentLibrary(options: DocumentLibraryOptions): DocumentLibrary {
  let pending: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(change: () => Promise<T>): Promise<T> => {
    const done = pending.then(change, change);
    pending = done.catch(() => undefined);
    return done;
  };
  return {
    documents: () => documentsOf(options.snapshot()),
    add: (upload) => oneAtATime(() => add(options, upload)),
    remove: (id) => oneAtATime(() => remove(options, id)),
  };
}

async function add(options: DocumentLibraryOptions, upload: DocumentUpload) {
  const stored = await storeUpload(options.knowledgeDir, upload);
  const { contentHash } = stored.document;
  const report = await reloadUntil(options, (snapshot) =>
    snapshot.manifest.documents.some(
      (record) => record.path === stored.path && record.contentHash === contentHash,
    ),
  );
  const snapshot = options.snapshot();
  const entry = documentsOf(snapshot).find((candidate) => candidate.path === stored.path) ?? null;
  const suggestions =
    snapshot !== null && entry !== null && entry.passages > 0
      ? await suggestQuestions(snapshot, stored.path, options.check)
      : [];
  const { id, title, date, dateSource } = stored.document;
  return {
    path: stored.path,
    id,
    title,
    date,
    dateSource,
    replaced: stored.replaced,
    entry,
    report,
    suggestions,
  };
}

async function remove(options: DocumentLibraryOptions, id: string): Promise<RemovedDocument> {
  const documents = documentsOf(options.snapshot());
  const entry =
    documents.find((candidate) => candidate.id === id) ??
    documents.find((candidate) => candidate.id.toLowerCase() === id.toLowerCase());
  if (entry === undefined) return { outcome: 'not_found', id };
  if (!entry.uploaded || !(await removeUpload(options.knowledgeDir, entry.path)))
    return { outcome: 'not_uploaded', entry };
  const report = await reloadUntil(
    options,
    (snapshot) => !snapshot.manifest.documents.some((record) => record.path === entry.path),
  );
  return { outcome: 'removed', entry, report };
}

/**
 * Reloads, and once more when the snapshot in service does not show the change yet: a
 * reload already under way (an admin's /reload) is shared, and may have listed the folder
 * before the change.
 */
async function reloadUntil(
  options: DocumentLibraryOptions,
  shows: (snapshot: Snapshot) => boolean,
): Promise<ReloadReport> {
  const report = await options.reload();
  const snapshot = options.snapshot();
  if (!report.ok || snapshot === null || shows(snapshot)) return report;
  return options.reload();
}

/** The documents of a snapshot, newest first; a document's date is its passages'. */
function documentsOf(snapshot: Snapshot | null): DocumentEntry[] {
  if (snapshot === null) return [];
  const dates = new Map<string, string | null>();
  for (const chunk of snapshot.chunks)
    if (!dates.has(chunk.metadata.documentId))
      dates.set(chunk.metadata.documentId, chunk.metadata.date);
  return snapshot.manifest.documents
    .map((record) => ({
      id: record.id,
      path: record.path,
      title: record.title,
      date: dates.get(record.id) ?? null,
      passages: record.chunks,
      uploaded: isUploadPath(record.path),
    }))
    .sort(newestFirst);
}

function newestFirst(a: DocumentEntry, b: DocumentEntry): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return b.date.localeCompare(a.date);
  }
  return a.path.localeCompare(b.path);
}
