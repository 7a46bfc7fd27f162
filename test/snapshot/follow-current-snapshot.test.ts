/**
 * A running bot serves the snapshot that another process puts in service: `npm run reload`
 * runs as a real process on the same folders while a real SnapshotService serves.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { embedderId, embedderSpecFrom } from '../../src/index/create-embedder.js';
import type { Logger } from '../../src/logger.js';
import { MANIFEST_FILE } from '../../src/snapshot/snapshot-manifest.js';
import { SnapshotService } from '../../src/snapshot/snapshot-service.js';
import { SnapshotStore } from '../../src/snapshot/snapshot-store.js';
import { writeFileAtomically } from '../../src/snapshot/write-file-atomically.js';
import { captureLogs } from '../support/capture-logs.js';
import { copyKnowledgeFolders, type KnowledgeFolders } from '../support/knowledge-folders.js';
import { runCli } from '../support/run-cli.js';
import {
  buildKnowledgeFixture,
  type KnowledgeFixture,
  makeTempDir,
} from '../support/test-engine.js';
import { timeLimit } from '../support/time-limits.js';
import { waitUntil } from '../support/wait-until.js';

const FILES = {
  'news/meilan.txt':
    'The 2024 Meilan Lake conference was held in Baoshan. Biopharma companies grew to 428 in 2024.',
};
const ADDED = 'Academician Chen Kaixian spoke by video about synthetic biology.';
const EMBEDDER = embedderSpecFrom(null);

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

/** A service serving the fixture's snapshot, as a running bot does. */
async function runningService(
  folders: KnowledgeFolders,
  logger: Logger,
  followIntervalMs?: number,
): Promise<SnapshotService> {
  const service = new SnapshotService({
    ...folders,
    embedder: EMBEDDER,
    embedderId: embedderId(EMBEDDER),
    logger,
    ...(followIntervalMs === undefined ? {} : { followIntervalMs }),
  });
  onTestFinished(() => service.close());
  await service.start();
  expect(service.current?.manifest.id).toBe(fixture.report.snapshotId);
  return service;
}

/** `npm run reload` in another process, after a document was added; the id it installed. */
async function reloadInAnotherProcess(folders: KnowledgeFolders): Promise<string> {
  await fs.writeFile(path.join(folders.knowledgeDir, 'news/added.txt'), ADDED);
  const run = await runCli(['reload'], {
    HOME: path.dirname(folders.dataDir),
    KNOWLEDGE_DIR: folders.knowledgeDir,
    DATA_DIR: folders.dataDir,
  });
  expect(run.code, run.stderr).toBe(0);
  return (await new SnapshotStore(folders.dataDir).currentId()) as string;
}

describe('a snapshot installed by another process', () => {
  it(
    'is served by a running bot within seconds, with one log line naming it',
    async () => {
      const folders = await copyOfFixture();
      const { logger, records } = captureLogs('info');
      const service = await runningService(folders, logger);

      const installed = await reloadInAnotherProcess(folders);
      expect(installed).not.toBe(fixture.report.snapshotId);
      await waitUntil(() => service.current?.manifest.id === installed, 'the pick-up');

      expect(service.current?.chunks.some((chunk) => chunk.pageContent.includes(ADDED))).toBe(true);
      expect(records().filter((record) => record.snapshot === installed)).toEqual([
        expect.objectContaining({
          level: 30,
          msg: `snapshot ${installed} picked up: another process put it in service`,
        }),
      ]);
    },
    timeLimit({ builds: 1, processes: 1 }),
  );

  it(
    'that cannot be loaded is refused once, and the next good one is served',
    async () => {
      const folders = await copyOfFixture();
      const { logger, records, waitFor } = captureLogs('info');
      // Looking every 200 ms, the refused snapshot is seen dozens of times during the reload.
      const service = await runningService(folders, logger, 200);
      const store = new SnapshotStore(folders.dataDir);
      const damagedId = `${fixture.report.snapshotId}-damaged`;
      await fs.cp(
        store.directoryOf(fixture.report.snapshotId as string),
        store.directoryOf(damagedId),
        {
          recursive: true,
        },
      );
      await fs.writeFile(path.join(store.directoryOf(damagedId), MANIFEST_FILE), 'not json');
      await writeFileAtomically(path.join(store.root, 'CURRENT'), `${damagedId}\n`);
      await waitFor((record) => record.snapshot === damagedId && record.level === 40);
      expect(service.current?.manifest.id).toBe(fixture.report.snapshotId);

      const installed = await reloadInAnotherProcess(folders);
      await waitUntil(() => service.current?.manifest.id === installed, 'the pick-up');
      expect(records().filter((record) => record.snapshot === damagedId)).toEqual([
        expect.objectContaining({
          level: 40,
          msg: 'the snapshot CURRENT names cannot be loaded; the one in service keeps serving',
        }),
      ]);
    },
    timeLimit({ builds: 1, processes: 1 }),
  );
});
