/**
 * A damaged current snapshot on start: the bot serves the previous snapshot kept beside it at
 * once, says so, points CURRENT back at it, and rebuilds in the background; only without a
 * usable previous snapshot does it wait for a rebuild. Real files, the real build worker.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { MANIFEST_FILE, SNAPSHOT_FILES } from '../../src/snapshot/snapshot-manifest.js';
import { SnapshotStore } from '../../src/snapshot/snapshot-store.js';
import { captureLogs } from '../support/capture-logs.js';
import { copyKnowledgeFolders, type KnowledgeFolders } from '../support/knowledge-folders.js';
import {
  buildKnowledgeFixture,
  createTestEngine,
  makeTempDir,
  type TestEngine,
} from '../support/test-engine.js';
import { timeLimit } from '../support/time-limits.js';

const FILES = {
  'news/luodian.md':
    '---\nid: luodian\ntitle: Luodian park signs companies\ndate: 2020-11-28\n---\n\nShanghai Pharma, Baoji and Guosheng signed agreements to build bases in the Luodian park.\n',
  'news/meilan.txt':
    'The 2024 Meilan Lake conference was held in Baoshan. Biopharma companies grew to 428 in 2024.',
};
const EMBEDDER_ID = 'hashing-ngram-v2-256';

/** Knowledge with two snapshots: `previousId`, kept, and `currentId`, which CURRENT names. */
let fixture: TestEngine & { previousId: string; currentId: string };

beforeAll(
  async () => {
    const first = await buildKnowledgeFixture(FILES);
    const second = await createTestEngine({ fixture: first });
    const report = await second.engine.reload();
    await first.cleanup();
    await second.engine.close();
    fixture = {
      ...second,
      previousId: first.report.snapshotId as string,
      currentId: report.snapshotId as string,
    };
  },
  timeLimit({ builds: 2 }),
);

afterAll(() => fixture.cleanup());

async function copyOfFixture(): Promise<KnowledgeFolders> {
  const root = await makeTempDir();
  onTestFinished(() => fs.rm(root, { recursive: true, force: true }));
  const folders = { knowledgeDir: path.join(root, 'knowledge'), dataDir: path.join(root, 'data') };
  await copyKnowledgeFolders(fixture, folders);
  return folders;
}

const DAMAGES: [string, (directory: string) => Promise<void>][] = [
  [
    'a manifest that is not JSON',
    (directory) => fs.writeFile(path.join(directory, MANIFEST_FILE), '{"format": 2, "id": '),
  ],
  [
    'an index that does not match its checksum',
    (directory) => fs.appendFile(path.join(directory, SNAPSHOT_FILES.keywordIndex), 'x'),
  ],
];

describe('a damaged current snapshot on start', () => {
  it.each(DAMAGES)(
    'with %s: serves the kept previous snapshot at once, then rebuilds',
    async (_, damage) => {
      const folders = await copyOfFixture();
      const store = new SnapshotStore(folders.dataDir);
      expect(await store.currentId()).toBe(fixture.currentId);
      await damage(store.directoryOf(fixture.currentId));

      const { logger, records } = captureLogs('info');
      const limits = { maxQuestionChars: 1000, questionsPerWindow: 10, rateWindowSeconds: 60 };
      const engine = await createEngine({ config: { ...folders, limits, openai: null }, logger });
      onTestFinished(() => engine.close());

      expect(engine.status().snapshotId).toBe(fixture.previousId);
      const answer = await engine.answer('How many biopharma companies did Baoshan have in 2024?');
      expect(answer.text).toContain('428');
      expect(records()).toContainEqual(
        expect.objectContaining({
          level: 40,
          snapshot: fixture.currentId,
          previous: fixture.previousId,
          msg: expect.stringContaining('serving the previous snapshot'),
        }),
      );
      expect(await store.currentId()).toBe(fixture.previousId);

      // close() waits for the rebuild that started in the background.
      await engine.close();
      const rebuilt = engine.status().snapshotId as string;
      expect([fixture.previousId, fixture.currentId]).not.toContain(rebuilt);
      expect(await store.currentId()).toBe(rebuilt);
      await expect(loadSnapshot(store.directoryOf(rebuilt), EMBEDDER_ID)).resolves.toBeDefined();
      // The damaged folder is gone; the one it replaced is kept to fall back on next time.
      expect((await store.idsOtherThan(rebuilt)).sort()).toEqual([fixture.previousId]);
    },
    timeLimit({ builds: 1 }),
  );
});
