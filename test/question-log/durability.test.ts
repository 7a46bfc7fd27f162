import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { QUESTION_LOG_FILE, QuestionLog } from '../../src/question-log/question-log.js';
import { tempDataDir } from './support/temp-data-dir.js';

const WRITER = path.join(import.meta.dirname, 'support', 'write-then-wait.ts');

/** Runs the writer in its own process; resolves once it has said it recorded everything. */
function startWriter(dataDir: string, count: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, String(count)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  const recorded = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes(`recorded ${count}`)) resolve();
    });
    child.on('exit', () => reject(new Error(`the writer exited early: ${errors}`)));
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_, signal) => resolve(signal)),
  );
  return { child, recorded, exited };
}

describe('the question log after kill -9', () => {
  it('holds every question and rating whose recording had returned', async () => {
    const dataDir = await tempDataDir();
    const writer = startWriter(dataDir, 25);
    await writer.recorded;
    writer.child.kill('SIGKILL');
    expect(await writer.exited).toBe('SIGKILL');
    // Killed without closing: the rows are in the write-ahead file, not yet in the database.
    const writeAhead = await fs.readFile(path.join(dataDir, `${QUESTION_LOG_FILE}-wal`));
    expect(writeAhead.includes(Buffer.from('Question number 24?'))).toBe(true);

    const log = await QuestionLog.open({ dataDir, pruneDaily: false });
    onTestFinished(() => log.close());
    const questions = log.questionsSince(new Date(0));
    expect(questions).toHaveLength(25);
    expect(questions.find((question) => question.answerId === 'answer-0')?.feedback.up).toBe(1);
    expect(log.openReport.migratedFrom).toBe(log.openReport.migratedTo);
  });
});
