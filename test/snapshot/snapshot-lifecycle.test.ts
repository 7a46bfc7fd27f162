/**
 * Reloads and persisted snapshots of one engine. The snapshot of FILES is built once for the
 * file; each test starts on a copy of it (loading, not building), so a test pays only for the
 * builds it is about.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Engine } from '../../src/engine/answer-types.js';
import { createEngine } from '../../src/engine/create-engine.js';
import { SnapshotError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { SNAPSHOT_FILES } from '../../src/snapshot/snapshot-manifest.js';
import { SnapshotStore } from '../../src/snapshot/snapshot-store.js';
import { captureLogs } from '../support/capture-logs.js';
import { copyKnowledgeFolders, type KnowledgeFolders } from '../support/knowledge-folders.js';
import {
  buildKnowledgeFixture,
  createTestEngine,
  type KnowledgeFixture,
  makeTempDir,
  type TestEngine,
} from '../support/test-engine.js';
import { timeLimit } from '../support/time-limits.js';

const FILES = {
  'news/luodian.md':
    '---\nid: luodian\ntitle: Luodian park signs companies\ndate: 2020-11-28\n---\n\nShanghai Pharma, Baoji and Guosheng signed agreements to build bases in the Luodian park. The total investment is more than 10 billion yuan.\n',
  'news/meilan.txt':
    'The 2024 Meilan Lake conference was held in Baoshan. Biopharma companies grew to 428 in 2024.',
  'policies/service.md':
    '---\ntitle: Special service team\n---\n\nA special service team offers one-to-one service from registration to operation.\n',
};
const EMBEDDER_ID = 'hashing-ngram-v2-256';

let fixture: KnowledgeFixture;
let current: TestEngine | null = null;

beforeAll(
  async () => {
    fixture = await buildKnowledgeFixture(FILES);
  },
  timeLimit({ builds: 1 }),
);

afterAll(() => fixture.cleanup());

afterEach(async () => {
  await current?.cleanup();
  current = null;
});

/**
 * An engine on a copy of the fixture: it loads the snapshot built once for this file, and
 * builds in the worker thread, as the running bot does.
 */
async function engineOverCopy(): Promise<TestEngine> {
  current = await createTestEngine({ fixture, buildOn: 'worker' });
  return current;
}

/** A copy of the fixture's folders, for a test to change before an engine starts on them. */
async function copyOfFixture(): Promise<KnowledgeFolders> {
  const root = await makeTempDir();
  onTestFinished(() => fs.rm(root, { recursive: true, force: true }));
  const folders = { knowledgeDir: path.join(root, 'knowledge'), dataDir: path.join(root, 'data') };
  await copyKnowledgeFolders(fixture, folders);
  return folders;
}

/** An engine starting on `folders`, as the bot does after a restart. */
async function startEngine(folders: KnowledgeFolders, logger: Logger): Promise<Engine> {
  const limits = { maxQuestionChars: 1000, questionsPerWindow: 10, rateWindowSeconds: 60 };
  const engine = await createEngine({ config: { ...folders, limits, openai: null }, logger });
  onTestFinished(() => engine.close());
  return engine;
}

function snapshotFolder(folders: KnowledgeFolders, id: string): string {
  return new SnapshotStore(folders.dataDir).directoryOf(id);
}

describe('reloading', () => {
  it(
    'reports what a reload found, and reuses every cached embedding when nothing changed',
    async () => {
      expect(fixture.report).toMatchObject({ ok: true, documents: 3, failed: [] });
      expect(fixture.report.added.sort()).toEqual([
        'news/luodian.md',
        'news/meilan.txt',
        'policies/service.md',
      ]);
      const { engine } = await engineOverCopy();
      const second = await engine.reload();
      expect(second).toMatchObject({ ok: true, added: [], changed: [], removed: [], unchanged: 3 });
      expect(second.embeddings).toEqual({ reused: second.chunks, computed: 0 });
    },
    timeLimit({ builds: 1 }),
  );

  it(
    're-embeds only the changed document and reports additions and removals',
    async () => {
      const { engine, knowledgeDir } = await engineOverCopy();
      await fs.appendFile(
        path.join(knowledgeDir, 'news/meilan.txt'),
        '\nThe district opened confirmation centers.',
      );
      await fs.rm(path.join(knowledgeDir, 'policies/service.md'));
      await fs.writeFile(
        path.join(knowledgeDir, 'news/new.txt'),
        'Academician Chen Kaixian spoke by video about synthetic biology.',
      );
      const report = await engine.reload();
      expect(report).toMatchObject({
        ok: true,
        changed: ['news/meilan.txt'],
        added: ['news/new.txt'],
        removed: ['policies/service.md'],
        unchanged: 1,
      });
      expect(report.embeddings.computed).toBe(2);
      expect(report.embeddings.reused).toBe(report.chunks - 2);
    },
    timeLimit({ builds: 1 }),
  );

  it(
    'coalesces concurrent reload requests into one build',
    async () => {
      const { engine } = await engineOverCopy();
      const [a, b, c] = await Promise.all([engine.reload(), engine.reload(), engine.reload()]);
      expect(b).toBe(a);
      expect(c).toBe(a);
    },
    timeLimit({ builds: 1 }),
  );

  it(
    'keeps answering from the old snapshot while a reload builds',
    async () => {
      const { engine } = await engineOverCopy();
      const before = engine.status().snapshotId;
      let reloaded = false;
      const reload = engine.reload().then((report) => {
        reloaded = true;
        return report;
      });
      const answers = await Promise.all(
        [
          'Which companies signed in Luodian?',
          'How many biopharma companies did Baoshan have in 2024?',
        ].map((question) => engine.answer(question)),
      );
      expect(reloaded).toBe(false);
      expect(engine.status().snapshotId).toBe(before);
      expect(answers.map((answer) => answer.answered)).toEqual([true, true]);
      expect(answers[1]?.text).toContain('428');
      const report = await reload;
      expect(engine.status().snapshotId).toBe(report.snapshotId);
      expect(report.snapshotId).not.toBe(before);
    },
    timeLimit({ builds: 1 }),
  );

  it(
    'leaves the old snapshot serving when a build fails',
    async () => {
      const { engine, knowledgeDir } = await engineOverCopy();
      const before = engine.status().snapshotId;
      await fs.rm(knowledgeDir, { recursive: true });
      const report = await engine.reload();
      expect(report.ok).toBe(false);
      expect(report.error).toMatch(/KNOWLEDGE_DIR .* does not exist/);
      expect(engine.status().snapshotId).toBe(before);
      const answer = await engine.answer('Which companies signed in Luodian?');
      expect(answer.answered).toBe(true);
      expect(answer.text).toContain('Guosheng');
    },
    timeLimit({ builds: 1 }),
  );

  it(
    'skips broken files with their reasons while indexing every other document',
    async () => {
      const { engine, knowledgeDir } = await engineOverCopy();
      await fs.writeFile(path.join(knowledgeDir, 'broken.pdf'), '%PDF-1.4 garbage');
      await fs.writeFile(path.join(knowledgeDir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
      const report = await engine.reload();
      expect(report.ok).toBe(true);
      expect(report.documents).toBe(3);
      expect(report.failed.map((file) => [file.path, file.reason]).sort()).toEqual([
        ['binary.txt', 'BINARY'],
        ['broken.pdf', 'CORRUPT'],
      ]);
    },
    timeLimit({ builds: 1 }),
  );
});

describe('persisted snapshots', () => {
  it('loads a valid snapshot on start instead of rebuilding it', async () => {
    const { logger, lines } = captureLogs('info');
    const engine = await startEngine(await copyOfFixture(), logger);
    expect(engine.status().snapshotId).toBe(fixture.report.snapshotId);
    expect(lines.join('')).toContain('snapshot loaded');
    expect(engine.status().lastReload).toBeNull();
  });

  it(
    'refuses a tampered index file by its manifest checksum and, with no previous snapshot kept, rebuilds',
    async () => {
      const folders = await copyOfFixture();
      const id = fixture.report.snapshotId as string;
      const keywordFile = path.join(snapshotFolder(folders, id), SNAPSHOT_FILES.keywordIndex);
      const bytes = await fs.readFile(keywordFile);
      bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
      await fs.writeFile(keywordFile, bytes);

      const directory = snapshotFolder(folders, id);
      await expect(loadSnapshot(directory, EMBEDDER_ID)).rejects.toThrow(SnapshotError);
      await expect(loadSnapshot(directory, EMBEDDER_ID)).rejects.toThrow(
        /keyword\.bin does not match its manifest checksum/,
      );

      const { logger, lines } = captureLogs('info');
      const restarted = await startEngine(folders, logger);
      expect(lines.join('')).toContain('persisted snapshot refused; rebuilding it');
      expect(restarted.status().snapshotId).not.toBe(id);
      expect((await restarted.answer('Which companies signed in Luodian?')).answered).toBe(true);
    },
    timeLimit({ builds: 1 }),
  );

  it('refuses a damaged vector graph before hnswlib reads it', async () => {
    const folders = await copyOfFixture();
    const directory = snapshotFolder(folders, fixture.report.snapshotId as string);
    await fs.writeFile(path.join(directory, SNAPSHOT_FILES.vectorIndex), 'not an hnsw graph');
    await expect(loadSnapshot(directory, EMBEDDER_ID)).rejects.toThrow(
      /vectors\.hnsw does not match its manifest checksum/,
    );
  });
});
