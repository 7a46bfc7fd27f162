import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeLoadError } from '../../src/errors.js';
import { listKnowledgeFiles } from '../../src/ingest/list-knowledge-files.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { makeTempDir, writeFiles } from '../support/test-engine.js';
import { timeLimit } from '../support/time-limits.js';
import { reloadOver } from './reload-over.js';
import { makeDocxBomb } from './zip-bomb.js';

const MEGABYTE = 1024 * 1024;

let folder: string;

beforeEach(async () => {
  folder = await makeTempDir('kb-hostile-');
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

async function failureOf(relativePath: string, content: Uint8Array): Promise<KnowledgeLoadError> {
  await writeFiles(folder, { [relativePath]: content });
  const { files } = await listKnowledgeFiles(folder);
  const file = files.find((candidate) => candidate.relativePath === relativePath);
  if (file === undefined) throw new Error(`${relativePath} was not listed`);
  const error = await readDocument(file).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof KnowledgeLoadError)) throw new Error(`${relativePath} was not refused`);
  return error;
}

/** How far the process's peak memory rose while `work` ran, in MB. */
async function peakMemoryGrowth(work: () => Promise<unknown>): Promise<number> {
  const before = process.resourceUsage().maxRSS;
  await work();
  return (process.resourceUsage().maxRSS - before) / 1024;
}

// A test here reloads at most once (reloadOver): its limit is sized to one build.
describe('archives are checked before they are inflated', {
  timeout: timeLimit({ builds: 1 }),
}, () => {
  it('refuses a small .docx that inflates to 200 MB, naming the bound, without inflating it', async () => {
    const bomb = await makeDocxBomb(200);
    expect(bomb.length).toBeLessThan(MEGABYTE);
    let failure: KnowledgeLoadError | null = null;
    const growth = await peakMemoryGrowth(async () => {
      failure = await failureOf('policies/bomb.docx', bomb);
    });
    expect(failure).toMatchObject({
      reason: 'TOO_LARGE',
      message: expect.stringMatching(/inflate to 200\.0 MB, more than 100 times the file's size/),
    });
    expect(growth).toBeLessThan(100);
  });

  it('refuses a .docx whose zip headers understate what an entry inflates to', async () => {
    const liar = await makeDocxBomb(200, 1000);
    const failure = await failureOf('policies/liar.docx', liar);
    expect(failure.reason).toBe('CORRUPT');
    expect(failure.message).toMatch(
      /entry 'word\/document\.xml' inflates to more than its header declares/,
    );
  });

  it('reports the bomb as a failed file in a reload that loads every other document', async () => {
    const report = await reloadOver({ 'policies/bomb.docx': await makeDocxBomb(200) });
    expect(report.failed.map((file) => [file.path, file.reason])).toEqual([
      ['policies/bomb.docx', 'TOO_LARGE'],
    ]);
    expect(report.documents).toBe(2);
  });
});
