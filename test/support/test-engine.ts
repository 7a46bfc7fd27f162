/**
 * Real engines for tests: the repository's knowledge (or given files) in a temp folder, a
 * temp DATA_DIR, and the real build (on the test's thread unless a test asks for the build
 * worker). No mocks. A snapshot is built once and copied where it can be: the repository's
 * knowledge once per run (build-shared-fixtures.ts), a test file's own files once per file
 * (buildKnowledgeFixture in its beforeAll).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import type { Engine } from '../../src/engine/answer-types.js';
import { createEngine, type EngineOptions } from '../../src/engine/create-engine.js';
import { silentLogger } from '../../src/logger.js';
import type { ReloadReport } from '../../src/snapshot/reload-report.js';
import {
  copyKnowledgeFolders,
  type KnowledgeFolders,
  makeTempDir,
  REPOSITORY_KNOWLEDGE,
} from './knowledge-folders.js';

export { makeTempDir, REPOSITORY_KNOWLEDGE } from './knowledge-folders.js';

export interface TestEngine {
  engine: Engine;
  knowledgeDir: string;
  dataDir: string;
  /** Removes the temp folders. */
  cleanup(): Promise<void>;
}

export interface TestEngineOptions {
  /** Files to write into the knowledge folder, by relative path; the repository's knowledge when omitted. */
  files?: Record<string, string | Uint8Array>;
  /** Knowledge with a snapshot built before: the engine loads a copy instead of building. */
  fixture?: KnowledgeFolders;
  limits?: Partial<EngineOptions['config']['limits']>;
  openai?: EngineOptions['config']['openai'];
  writer?: EngineOptions['writer'];
  logger?: EngineOptions['logger'];
  /**
   * Where the engine builds snapshots: on the test's own thread by default, as `npm run
   * reload` does, since a build worker loads every module of the build anew (1-2 s of CPU
   * per build); 'worker' for the tests of what the worker is for. The running bot (test/cli,
   * test/hostile) builds in its worker.
   */
  buildOn?: EngineOptions['buildOn'];
}

/** Knowledge with a snapshot built once, for the tests of one file. */
export interface KnowledgeFixture extends KnowledgeFolders {
  /** The report of the build that made the snapshot. */
  report: ReloadReport;
  cleanup(): Promise<void>;
}

/** Creates an engine over a temp copy of the knowledge base. */
export async function createTestEngine(options: TestEngineOptions = {}): Promise<TestEngine> {
  const root = await makeTempDir();
  const folders = { knowledgeDir: path.join(root, 'knowledge'), dataDir: path.join(root, 'data') };
  await fillFolders(folders, options);
  const engine = await createEngine({
    config: {
      ...folders,
      limits: {
        maxQuestionChars: 1000,
        questionsPerWindow: 1000,
        rateWindowSeconds: 60,
        ...options.limits,
      },
      openai: options.openai ?? null,
    },
    logger: options.logger ?? silentLogger(),
    writer: options.writer,
    buildOn: options.buildOn ?? 'this-thread',
  });
  return {
    engine,
    ...folders,
    cleanup: async () => {
      await engine.close();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}

/** Builds the snapshot of `files` once; `createTestEngine({ fixture })` then loads copies of it. */
export async function buildKnowledgeFixture(
  files: Record<string, string | Uint8Array>,
): Promise<KnowledgeFixture> {
  const built = await createTestEngine({ files });
  const report = built.engine.status().lastReload;
  if (report === null) throw new Error('the fixture engine started without a reload report');
  await built.engine.close();
  return {
    knowledgeDir: built.knowledgeDir,
    dataDir: built.dataDir,
    report,
    cleanup: built.cleanup,
  };
}

/** Copies a prebuilt snapshot when one fits, else writes the knowledge to be built. */
async function fillFolders(folders: KnowledgeFolders, options: TestEngineOptions): Promise<void> {
  const prebuilt = options.fixture ?? sharedRepositoryKnowledge(options);
  if (prebuilt !== undefined) await copyKnowledgeFolders(prebuilt, folders);
  else if (options.files === undefined)
    await fs.cp(REPOSITORY_KNOWLEDGE, folders.knowledgeDir, { recursive: true });
  else await writeFiles(folders.knowledgeDir, options.files);
}

/** The repository's knowledge built by the global setup, for an engine with the offline embedder. */
function sharedRepositoryKnowledge(options: TestEngineOptions): KnowledgeFolders | undefined {
  if (options.files !== undefined || options.openai != null) return undefined;
  return inject('repositoryKnowledge');
}

/** Writes files (creating folders) under `directory`. */
export async function writeFiles(
  directory: string,
  files: Record<string, string | Uint8Array>,
): Promise<void> {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(directory, relative);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
  }
}
