/**
 * Builds a complete new snapshot from KNOWLEDGE_DIR and writes it under DATA_DIR: read,
 * clean and chunk every document, build the indexes, write the files with their manifest,
 * and report what changed. Runs in a worker thread (see run-build-in-worker.ts).
 */
import { errorMessage, SnapshotBuildError } from '../errors.js';
import { createEmbedder, type EmbedderSpec } from '../index/create-embedder.js';
import { EmbeddingCache } from '../index/embedding-cache.js';
import { type Chunk, chunkDocument } from '../ingest/chunk-document.js';
import type { NearDuplicate } from '../ingest/find-near-duplicates.js';
import type { KnowledgeDocument } from '../ingest/knowledge-document.js';
import { glossaryChanges } from '../lexicon/glossary-changes.js';
import { buildIndexes } from './build-indexes.js';
import { type CollectedKnowledge, collectDocuments } from './collect-documents.js';
import { documentNotices } from './document-notices.js';
import { learnFromDocuments } from './learn-from-documents.js';
import { readPreviousGlossary } from './read-previous-glossary.js';
import type { ReloadReport } from './reload-report.js';
import type { DocumentRecord } from './snapshot-manifest.js';
import { SnapshotStore } from './snapshot-store.js';
import { writeSnapshot } from './write-snapshot.js';

export interface BuildRequest {
  knowledgeDir: string;
  dataDir: string;
  embedder: EmbedderSpec;
  /** The documents of the snapshot in service, to report what changed; `null` on a first build. */
  previous: DocumentRecord[] | null;
}

export interface BuildResult {
  report: ReloadReport;
  /** The temporary folder the snapshot was written to; `SnapshotStore.install` puts it in service. */
  directory: string;
}

/** Builds and writes a snapshot; throws `SnapshotBuildError` when no usable snapshot results. */
export async function buildSnapshot(request: BuildRequest): Promise<BuildResult> {
  const started = performance.now();
  const knowledge = await collectKnowledge(request.knowledgeDir);
  const learned = learnFromDocuments(knowledge.documents, knowledge.glossary);
  const chunksByDocument = await Promise.all(learned.documents.map(chunkDocument));
  const embedder = await createEmbedder(request.embedder);
  const cache = await EmbeddingCache.open(request.dataDir, embedder.id);
  const indexes = await buildIndexes(
    chunksByDocument.flat(),
    learned.glossary,
    embedder,
    cache,
  ).catch((error: unknown) => {
    throw new SnapshotBuildError(`building the indexes failed: ${errorMessage(error)}`, {
      cause: error,
    });
  });
  const store = new SnapshotStore(request.dataDir);
  const documents = documentRecords(learned.documents, chunksByDocument, learned.duplicates);
  const { directory, manifest } = await writeSnapshot(store, indexes, {
    id: store.newId(),
    embedderId: embedder.id,
    documents,
  });
  await cache.save();
  const report: ReloadReport = {
    ok: true,
    snapshotId: manifest.id,
    documents: documents.length,
    chunks: indexes.chunks.length,
    ...compareDocuments(request.previous, documents),
    failed: knowledge.failed,
    skipped: knowledge.skipped,
    duplicates: learned.duplicates.map(({ id, of, containment }) => ({
      path: pathOf(documents, id),
      of: pathOf(documents, of),
      containment,
    })),
    aliases: learned.aliases.map((entry) => entry.names),
    glossary: glossaryChanges(
      request.previous === null ? null : await readPreviousGlossary(request.dataDir),
      knowledge.glossary,
    ),
    notices: documentNotices(knowledge.documents),
    embeddings: { reused: cache.reused, computed: cache.computed },
    seconds: (performance.now() - started) / 1000,
  };
  return { report, directory };
}

async function collectKnowledge(knowledgeDir: string): Promise<CollectedKnowledge> {
  const knowledge = await collectDocuments(knowledgeDir).catch((error: NodeJS.ErrnoException) => {
    const hint =
      error.code === 'ENOENT'
        ? 'it does not exist; create it or set KNOWLEDGE_DIR'
        : errorMessage(error);
    throw new SnapshotBuildError(`cannot read KNOWLEDGE_DIR ${knowledgeDir}: ${hint}`, {
      cause: error,
    });
  });
  if (knowledge.documents.length === 0 && knowledge.failed.length > 0) {
    const reasons = knowledge.failed.map((file) => `${file.path}: ${file.message}`).join('; ');
    throw new SnapshotBuildError(`no document in KNOWLEDGE_DIR could be read (${reasons})`);
  }
  return knowledge;
}

function documentRecords(
  documents: KnowledgeDocument[],
  chunksByDocument: Chunk[][],
  duplicates: readonly NearDuplicate[],
): DocumentRecord[] {
  const originals = new Map(duplicates.map((duplicate) => [duplicate.id, duplicate.of]));
  return documents.map((document, i) => ({
    id: document.id,
    path: document.path,
    title: document.title,
    contentHash: document.contentHash,
    chunks: chunksByDocument[i]?.length ?? 0,
    ...(originals.has(document.id) ? { duplicateOf: originals.get(document.id) as string } : {}),
  }));
}

function pathOf(documents: readonly DocumentRecord[], id: string): string {
  return documents.find((document) => document.id === id)?.path ?? id;
}

/** What a build added, changed and removed compared with the snapshot in service. */
export function compareDocuments(previous: DocumentRecord[] | null, current: DocumentRecord[]) {
  const before = new Map((previous ?? []).map((record) => [record.id, record]));
  const now = new Set(current.map((record) => record.id));
  const added: string[] = [];
  const changed: string[] = [];
  let unchanged = 0;
  for (const record of current) {
    const old = before.get(record.id);
    if (old === undefined) added.push(record.path);
    else if (old.contentHash !== record.contentHash) changed.push(record.path);
    else unchanged += 1;
  }
  const removed = [...before.values()]
    .filter((record) => !now.has(record.id))
    .map((record) => record.path);
  return { added, changed, removed, unchanged };
}
