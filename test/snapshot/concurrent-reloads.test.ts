/**
 * Several processes, one knowledge base: four `npm run reload` processes at once, round after
 * round, on one DATA_DIR. Before the lock, CURRENT named a deleted folder in 2 of 4 rounds.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedderId, embedderSpecFrom } from '../../src/index/create-embedder.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { SnapshotStore } from '../../src/snapshot/snapshot-store.js';
import { runCli } from '../support/run-cli.js';
import { makeTempDir, writeFiles } from '../support/test-engine.js';
import { timeLimit } from '../support/time-limits.js';

const FILES = {
  'news/meilan.txt':
    'The 2024 Meilan Lake conference was held in Baoshan. Biopharma companies grew to 428 in 2024.',
  'news/luodian.md':
    '---\ntitle: Luodian park signs companies\n---\n\nShanghai Pharma, Baoji and Guosheng signed agreements in the Luodian park.\n',
};
const PROCESSES = 4;
const ROUNDS = 3;

let root: string;
let environment: Record<string, string>;

beforeAll(async () => {
  root = await makeTempDir('kb-race-');
  await writeFiles(path.join(root, 'knowledge'), FILES);
  environment = {
    HOME: root,
    KNOWLEDGE_DIR: path.join(root, 'knowledge'),
    DATA_DIR: path.join(root, 'data'),
  };
});

afterAll(() => fs.rm(root, { recursive: true, force: true }));

describe('four npm run reload processes at once', () => {
  it(
    'always leave CURRENT naming a snapshot that loads, and nothing else but the one it replaced',
    async () => {
      const store = new SnapshotStore(environment.DATA_DIR as string);
      for (let round = 1; round <= ROUNDS; round += 1) {
        const runs = await Promise.all(
          Array.from({ length: PROCESSES }, () => runCli(['reload'], environment)),
        );
        for (const run of runs) expect(run.code, `round ${round}:\n${run.stderr}`).toBe(0);

        const current = await store.currentId();
        expect(current, `round ${round}: CURRENT names nothing`).not.toBeNull();
        const snapshot = await loadSnapshot(
          store.directoryOf(current as string),
          embedderId(embedderSpecFrom(null)),
        );
        expect(snapshot.manifest.documents).toHaveLength(2);
        const entries = await fs.readdir(store.root);
        expect(
          entries.filter((name) => name.startsWith('.')),
          `round ${round}`,
        ).toEqual([]);
        expect(await store.idsOtherThan(current as string)).toHaveLength(1);
      }
      // The lock folder goes with the last process that held it.
      await expect(fs.access(`${store.root}.lock`)).rejects.toThrow();
    },
    timeLimit({ builds: ROUNDS * PROCESSES, processes: ROUNDS * PROCESSES }),
  );
});
