/** A fresh DATA_DIR in the system's temp folder, removed when the test finishes. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

export async function tempDataDir(): Promise<string> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'kb-question-log-'));
  onTestFinished(() => fs.rm(directory, { recursive: true, force: true }));
  return directory;
}

/** Every byte of the log's files (database, write-ahead file, shared memory), as one buffer. */
export async function logFileBytes(dataDir: string): Promise<Buffer> {
  const names = (await fs.readdir(dataDir)).filter((name) => name.startsWith('questions.sqlite'));
  return Buffer.concat(
    await Promise.all(names.map((name) => fs.readFile(path.join(dataDir, name)))),
  );
}
