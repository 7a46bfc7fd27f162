/**
 * The glossary.yaml entries of the snapshot in service, read back from its lexicon, so that
 * a reload can report which entries an admin added or removed since. Mined aliases are
 * left out (they carry `origin: 'documents'`): they come and go with the documents.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LexiconData } from '../lexicon/build-lexicon.js';
import type { GlossaryEntry } from '../lexicon/glossary.js';
import { SNAPSHOT_FILES } from './snapshot-manifest.js';
import { SnapshotStore } from './snapshot-store.js';

/** The entries, or `null` when there is no snapshot in DATA_DIR or its lexicon cannot be read. */
export async function readPreviousGlossary(dataDir: string): Promise<GlossaryEntry[] | null> {
  const store = new SnapshotStore(dataDir);
  const id = await store.currentId();
  if (id === null) return null;
  const file = path.join(store.directoryOf(id), SNAPSHOT_FILES.lexicon);
  try {
    const lexicon = JSON.parse(await fs.readFile(file, 'utf8')) as Pick<LexiconData, 'glossary'>;
    return lexicon.glossary.filter((entry) => entry.origin !== 'documents');
  } catch {
    // The report then counts every entry as added; the reload itself is not affected.
    return null;
  }
}
