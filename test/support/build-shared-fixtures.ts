/**
 * Vitest's global setup: builds the snapshot of the repository's knowledge once per test run,
 * with `npm run reload` as a real process, and hands its folders to every test file. Ten files
 * start an engine over that knowledge; each now loads a copy (well under a second) instead of
 * building its own (7-19 s each on a busy 2-core machine).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { type KnowledgeFolders, makeTempDir, REPOSITORY_KNOWLEDGE } from './knowledge-folders.js';
import { runCli } from './run-cli.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The repository's knowledge and its snapshot, to copy (see createTestEngine). */
    repositoryKnowledge: KnowledgeFolders;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await makeTempDir('kb-shared-');
  const folders = { knowledgeDir: path.join(root, 'knowledge'), dataDir: path.join(root, 'data') };
  await fs.cp(REPOSITORY_KNOWLEDGE, folders.knowledgeDir, { recursive: true });
  const run = await runCli(['reload'], {
    HOME: root,
    KNOWLEDGE_DIR: folders.knowledgeDir,
    DATA_DIR: folders.dataDir,
    LOG_LEVEL: 'warn',
  });
  if (run.code !== 0)
    throw new Error(`the shared snapshot of knowledge/ could not be built:\n${run.stderr}`);
  project.provide('repositoryKnowledge', folders);
  return () => fs.rm(root, { recursive: true, force: true });
}
