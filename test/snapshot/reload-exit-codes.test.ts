/**
 * `npm run reload`'s exit codes, as a script or CI job sees them: 0 when every file loaded,
 * 3 when the snapshot was built but some files failed, 1 when nothing was built. Real
 * processes on a copy of a knowledge folder whose snapshot was built once for this file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { RELOAD_EXIT_CODES } from '../../adapters/console/reload-command.js';
import { SnapshotStore } from '../../src/snapshot/snapshot-store.js';
import { copyKnowledgeFolders, type KnowledgeFolders } from '../support/knowledge-folders.js';
import { type CliRun, runCli } from '../support/run-cli.js';
import {
  buildKnowledgeFixture,
  type KnowledgeFixture,
  makeTempDir,
} from '../support/test-engine.js';
import { timeLimit } from '../support/time-limits.js';

const FILES = {
  'news/meilan.txt':
    'The 2024 Meilan Lake conference was held in Baoshan. Biopharma companies grew to 428 in 2024.',
  'news/luodian.md':
    '---\ntitle: Luodian park signs companies\n---\n\nShanghai Pharma, Baoji and Guosheng signed agreements in the Luodian park.\n',
};
const BROKEN_PDF = '%PDF-1.4 garbage';

let fixture: KnowledgeFixture;

beforeAll(
  async () => {
    fixture = await buildKnowledgeFixture(FILES);
  },
  timeLimit({ builds: 1 }),
);

afterAll(() => fixture.cleanup());

async function copyOfFixture(): Promise<KnowledgeFolders> {
  const root = await makeTempDir();
  onTestFinished(() => fs.rm(root, { recursive: true, force: true }));
  const folders = { knowledgeDir: path.join(root, 'knowledge'), dataDir: path.join(root, 'data') };
  await copyKnowledgeFolders(fixture, folders);
  return folders;
}

function reload(folders: KnowledgeFolders): Promise<CliRun> {
  return runCli(['reload'], {
    HOME: path.dirname(folders.dataDir),
    KNOWLEDGE_DIR: folders.knowledgeDir,
    DATA_DIR: folders.dataDir,
  });
}

const currentIdOf = (folders: KnowledgeFolders) => new SnapshotStore(folders.dataDir).currentId();

describe('npm run reload exits', () => {
  it(
    'with 0 when every file loaded',
    async () => {
      const folders = await copyOfFixture();
      const run = await reload(folders);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('failed 0.');
      expect(await currentIdOf(folders)).not.toBe(fixture.report.snapshotId);
    },
    timeLimit({ builds: 1, processes: 1 }),
  );

  it(
    'with 3 when the snapshot was built but a file failed, naming the file and why',
    async () => {
      const folders = await copyOfFixture();
      await fs.writeFile(path.join(folders.knowledgeDir, 'broken.pdf'), BROKEN_PDF);
      const run = await reload(folders);
      expect(run.code, run.stderr).toBe(3);
      expect(run.code).toBe(RELOAD_EXIT_CODES.someFilesFailed);
      expect(run.stdout).toMatch(/Reloaded in [\d.]+ s: 2 documents/);
      expect(run.stdout).toContain('Failed: broken.pdf (CORRUPT)');
      const installed = await currentIdOf(folders);
      expect(installed).not.toBe(fixture.report.snapshotId);
      expect(run.stdout).toContain(`(snapshot ${installed})`);
    },
    timeLimit({ builds: 1, processes: 1 }),
  );

  it(
    'with 1 when nothing could be built, and the previous snapshot stays current',
    async () => {
      const folders = await copyOfFixture();
      await fs.rm(folders.knowledgeDir, { recursive: true });
      await fs.mkdir(folders.knowledgeDir);
      await fs.writeFile(path.join(folders.knowledgeDir, 'broken.pdf'), BROKEN_PDF);
      const run = await reload(folders);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain('Reload failed');
      expect(run.stdout).toContain('The previous snapshot is still serving.');
      expect(await currentIdOf(folders)).toBe(fixture.report.snapshotId);
    },
    timeLimit({ processes: 1 }),
  );
});
