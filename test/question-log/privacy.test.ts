import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { FEEDBACK_FILE } from '../../src/question-log/import-feedback-file.js';
import { QuestionLog } from '../../src/question-log/question-log.js';
import { SALT_FILE } from '../../src/question-log/user-hash.js';
import { logFileBytes, tempDataDir } from './support/temp-data-dir.js';

const RAW_USER_ID = '987654321012';
const SLACK_USER_ID = 'U07ALICE42';

async function openLog(dataDir: string, salt?: string): Promise<QuestionLog> {
  const log = await QuestionLog.open({ dataDir, pruneDaily: false, salt });
  onTestFinished(() => log.close());
  return log;
}

function ask(log: QuestionLog, platform: string, userId: string): string {
  return log.recordQuestion({
    platform,
    userId,
    question: 'Who signed in Luodian?',
    language: 'en',
    answered: true,
    kind: 'answer',
    citedDocumentIds: ['luodian'],
    latencyMs: 42,
  });
}

describe('user ids in the question log', () => {
  it('never reach the database files, whether written live or imported', async () => {
    const dataDir = await tempDataDir();
    const imported = { at: '2025-06-01T00:00:00Z', answerId: 'a1', rating: 'down' };
    await fs.writeFile(
      path.join(dataDir, FEEDBACK_FILE),
      `${JSON.stringify({ ...imported, platform: 'slack', userId: SLACK_USER_ID, question: 'Fee?' })}\n`,
    );
    const log = await openLog(dataDir);
    const answerId = ask(log, 'telegram', RAW_USER_ID);
    log.recordFeedback({ answerId, platform: 'telegram', userId: RAW_USER_ID, rating: 'down' });
    log.recordFeedback({ answerId, platform: 'slack', userId: SLACK_USER_ID, rating: 'up' });

    // While open, the rows are in the write-ahead file; after closing, in the database.
    const whileOpen = await logFileBytes(dataDir);
    log.close();
    for (const bytes of [whileOpen, await logFileBytes(dataDir)]) {
      expect(bytes.includes(Buffer.from('Who signed in Luodian?'))).toBe(true);
      expect(bytes.includes(Buffer.from(RAW_USER_ID))).toBe(false);
      expect(bytes.includes(Buffer.from(SLACK_USER_ID))).toBe(false);
    }
  });

  it('hash to the same user after a restart, so a rating still counts once', async () => {
    const dataDir = await tempDataDir();
    const first = await openLog(dataDir);
    const answerId = ask(first, 'telegram', RAW_USER_ID);
    first.recordFeedback({ answerId, platform: 'telegram', userId: RAW_USER_ID, rating: 'up' });
    first.close();
    const second = await openLog(dataDir);
    second.recordFeedback({ answerId, platform: 'telegram', userId: RAW_USER_ID, rating: 'up' });
    expect(second.questionsSince(new Date(0))[0]?.feedback).toMatchObject({ up: 1, down: 0 });
  });

  it('hash the same id on two platforms to two users', async () => {
    const log = await openLog(await tempDataDir());
    const answerId = ask(log, 'telegram', '12345');
    log.recordFeedback({ answerId, platform: 'telegram', userId: '12345', rating: 'up' });
    log.recordFeedback({ answerId, platform: 'slack', userId: '12345', rating: 'up' });
    expect(log.questionsSince(new Date(0))[0]?.feedback.up).toBe(2);
  });
});

describe('the salt', () => {
  it('is made once, kept in DATA_DIR and readable by its owner only', async () => {
    const dataDir = await tempDataDir();
    (await openLog(dataDir)).close();
    const file = path.join(dataDir, SALT_FILE);
    const salt = await fs.readFile(file, 'utf8');
    expect(salt.trim()).toMatch(/^[0-9a-f]{64}$/);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    (await openLog(dataDir)).close();
    expect(await fs.readFile(file, 'utf8')).toBe(salt);
  });

  it('loses the access a copy gave others', async () => {
    const dataDir = await tempDataDir();
    (await openLog(dataDir)).close();
    const file = path.join(dataDir, SALT_FILE);
    await fs.chmod(file, 0o644);
    (await openLog(dataDir)).close();
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('comes from the setting when one is given, and then no file is made', async () => {
    const dataDir = await tempDataDir();
    (await openLog(dataDir, 'a-salt-from-LOG_USER_SALT')).close();
    await expect(fs.access(path.join(dataDir, SALT_FILE))).rejects.toThrow();
  });

  it('stops the log from opening when its file is damaged, and says how to recover', async () => {
    const dataDir = await tempDataDir();
    await fs.writeFile(path.join(dataDir, SALT_FILE), '', { mode: 0o600 });
    await expect(QuestionLog.open({ dataDir, pruneDaily: false })).rejects.toMatchObject({
      code: 'QUESTION_LOG_FAILED',
      message: expect.stringMatching(/question-log\.salt is damaged\. Restore it .* or delete it/),
    });
  });
});
