/**
 * Real engines for tests: the repository's knowledge (or given files) copied into a temp
 * folder, a temp DATA_DIR, and the real build worker. No mocks.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Engine } from '../../src/engine/answer-types.js';
import { createEngine, type EngineOptions } from '../../src/engine/create-engine.js';
import { silentLogger } from '../../src/logger.js';

export const REPOSITORY_KNOWLEDGE = path.resolve(import.meta.dirname, '../../knowledge');

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
  limits?: Partial<EngineOptions['config']['limits']>;
  openai?: EngineOptions['config']['openai'];
  writer?: EngineOptions['writer'];
  logger?: EngineOptions['logger'];
}

/** A temp folder that is removed by `cleanup`. */
export async function makeTempDir(prefix = 'kb-test-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Creates an engine over a temp copy of the knowledge base. */
export async function createTestEngine(options: TestEngineOptions = {}): Promise<TestEngine> {
  const root = await makeTempDir();
  const knowledgeDir = path.join(root, 'knowledge');
  const dataDir = path.join(root, 'data');
  if (options.files === undefined)
    await fs.cp(REPOSITORY_KNOWLEDGE, knowledgeDir, { recursive: true });
  else await writeFiles(knowledgeDir, options.files);
  const engine = await createEngine({
    config: {
      knowledgeDir,
      dataDir,
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
  });
  return {
    engine,
    knowledgeDir,
    dataDir,
    cleanup: () => fs.rm(root, { recursive: true, force: true }),
  };
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
