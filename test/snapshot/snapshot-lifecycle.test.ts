import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/create-engine.js';
import { SnapshotError } from '../../src/errors.js';
import type { createLogger } from '../../src/logger.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { SNAPSHOT_FILES } from '../../src/snapshot/snapshot-manifest.js';
import { SnapshotStore } from '../../src/snapshot/snapshot-store.js';
import { captureLogs } from '../support/capture-logs.js';
import { createTestEngine, type TestEngine } from '../support/test-engine.js';

const FILES = {
  'news/luodian.md':
    '---\nid: luodian\ntitle: Luodian park signs companies\ndate: 2020-11-28\n---\n\nShanghai Pharma, Baoji and Guosheng signed agreements to build bases in the Luodian park. The total investment is more than 10 billion yuan.\n',
  'news/meilan.txt':
    'The 2024 Meilan Lake conference was held in Baoshan. Biopharma companies grew to 428 in 2024.',
  'policies/service.md':
    '---\ntitle: Special service team\n---\n\nA special service team offers one-to-one service from registration to operation.\n',
};

let current: TestEngine | null = null;

afterEach(async () => {
  await current?.cleanup();
  current = null;
});

async function engineWith(
  files: Record<string, string> = FILES,
  logger?: ReturnType<typeof createLogger>,
): Promise<TestEngine> {
  current = await createTestEngine({ files, ...(logger === undefined ? {} : { logger }) });
  return current;
}

describe('reloading', () => {
  it('reports what a reload found, and reuses every cached embedding when nothing changed', async () => {
    const { engine } = await engineWith();
    const first = engine.status().lastReload;
    expect(first).toMatchObject({ ok: true, documents: 3, failed: [] });
    expect(first?.added.sort()).toEqual([
      'news/luodian.md',
      'news/meilan.txt',
      'policies/service.md',
    ]);
    const second = await engine.reload();
    expect(second).toMatchObject({ ok: true, added: [], changed: [], removed: [], unchanged: 3 });
    expect(second.embeddings).toEqual({ reused: second.chunks, computed: 0 });
  });

  it('re-embeds only the changed document and reports additions and removals', async () => {
    const { engine, knowledgeDir } = await engineWith();
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
  });

  it('coalesces concurrent reload requests into one build', async () => {
    const { engine } = await engineWith();
    const [a, b, c] = await Promise.all([engine.reload(), engine.reload(), engine.reload()]);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('keeps answering from the old snapshot while a reload builds', async () => {
    const { engine } = await engineWith();
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
  });

  it('leaves the old snapshot serving when a build fails', async () => {
    const { engine, knowledgeDir } = await engineWith();
    const before = engine.status().snapshotId;
    await fs.rm(knowledgeDir, { recursive: true });
    const report = await engine.reload();
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/KNOWLEDGE_DIR .* does not exist/);
    expect(engine.status().snapshotId).toBe(before);
    const answer = await engine.answer('Which companies signed in Luodian?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Guosheng');
  });

  it('skips broken files with their reasons while indexing every other document', async () => {
    const { engine, knowledgeDir } = await engineWith();
    await fs.writeFile(path.join(knowledgeDir, 'broken.pdf'), '%PDF-1.4 garbage');
    await fs.writeFile(path.join(knowledgeDir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
    const report = await engine.reload();
    expect(report.ok).toBe(true);
    expect(report.documents).toBe(3);
    expect(report.failed.map((file) => [file.path, file.reason]).sort()).toEqual([
      ['binary.txt', 'BINARY'],
      ['broken.pdf', 'CORRUPT'],
    ]);
  });
});

/** A second engine on the same folders, as after a restart of the bot. */
function restart(first: TestEngine, logger: ReturnType<typeof createLogger>) {
  const limits = { maxQuestionChars: 1000, questionsPerWindow: 10, rateWindowSeconds: 60 };
  return createEngine({
    config: { knowledgeDir: first.knowledgeDir, dataDir: first.dataDir, limits, openai: null },
    logger,
  });
}

describe('persisted snapshots', () => {
  it('loads a valid snapshot on start instead of rebuilding it', async () => {
    const first = await engineWith();
    const id = first.engine.status().snapshotId;
    const { logger, lines } = captureLogs('info');
    const second = await restart(first, logger);
    expect(second.status().snapshotId).toBe(id);
    expect(lines.join('')).toContain('snapshot loaded');
  });

  it('refuses a tampered index file by its manifest checksum and rebuilds', async () => {
    const first = await engineWith();
    const id = first.engine.status().snapshotId as string;
    const directory = new SnapshotStore(first.dataDir).directoryOf(id);
    const keywordFile = path.join(directory, SNAPSHOT_FILES.keywordIndex);
    const bytes = await fs.readFile(keywordFile);
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
    await fs.writeFile(keywordFile, bytes);

    await expect(loadSnapshot(directory, 'hashing-ngram-v2-256')).rejects.toThrow(SnapshotError);
    await expect(loadSnapshot(directory, 'hashing-ngram-v2-256')).rejects.toThrow(
      /keyword\.bin does not match its manifest checksum/,
    );

    const { logger, lines } = captureLogs('info');
    const restarted = await restart(first, logger);
    expect(lines.join('')).toContain('persisted snapshot refused; rebuilding it');
    expect(restarted.status().snapshotId).not.toBe(id);
    expect((await restarted.answer('Which companies signed in Luodian?')).answered).toBe(true);
  });

  it('refuses a damaged vector graph before hnswlib reads it', async () => {
    const first = await engineWith();
    const directory = new SnapshotStore(first.dataDir).directoryOf(
      first.engine.status().snapshotId as string,
    );
    await fs.writeFile(path.join(directory, SNAPSHOT_FILES.vectorIndex), 'not an hnsw graph');
    await expect(loadSnapshot(directory, 'hashing-ngram-v2-256')).rejects.toThrow(
      /vectors\.hnsw does not match its manifest checksum/,
    );
  });
});
