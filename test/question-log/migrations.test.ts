import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { QuestionLogError } from '../../src/errors.js';
import {
  LATEST_VERSION,
  MIGRATIONS,
  migrate,
  schemaVersion,
} from '../../src/question-log/migrations.js';
import { QUESTION_LOG_FILE, QuestionLog } from '../../src/question-log/question-log.js';
import { tempDataDir } from './support/temp-data-dir.js';

function memoryDatabase(): Database.Database {
  const database = new Database(':memory:');
  onTestFinished(() => {
    database.close();
  });
  return database;
}

function tables(database: Database.Database): string[] {
  const rows = database
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

describe('the list of migrations', () => {
  it('numbers its steps 1, 2, 3… in order, with none missing', () => {
    expect(MIGRATIONS.map((step) => step.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it.each([
    [1, ['questions']],
    [2, ['feedback', 'questions']],
    [3, ['feedback', 'imports', 'questions']],
  ])('after step %i the database has the tables %j', (version, expected) => {
    const database = memoryDatabase();
    migrate(database, MIGRATIONS.slice(0, version));
    expect(tables(database)).toEqual(expected);
    expect(schemaVersion(database)).toBe(version);
  });

  it('runs only the steps a database lacks, and nothing on an up-to-date one', () => {
    const database = memoryDatabase();
    expect(migrate(database, MIGRATIONS.slice(0, 1))).toEqual({ from: 0, to: 1 });
    expect(migrate(database)).toEqual({ from: 1, to: LATEST_VERSION });
    expect(migrate(database)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
  });

  it('leaves the previous version whole when a step fails midway', () => {
    const database = memoryDatabase();
    migrate(database);
    const broken = {
      version: LATEST_VERSION + 1,
      description: 'a step with a mistake in its second statement',
      sql: 'CREATE TABLE half_done (id INTEGER) STRICT; CREATE TABLE questions (id INTEGER);',
    };
    expect(() => migrate(database, [...MIGRATIONS, broken])).toThrow(/already exists/);
    expect(schemaVersion(database)).toBe(LATEST_VERSION);
    expect(tables(database)).not.toContain('half_done');
  });
});

describe('opening the question log', () => {
  it('creates a new log at the latest version, in WAL mode', async () => {
    const dataDir = await tempDataDir();
    const log = await QuestionLog.open({ dataDir, pruneDaily: false });
    log.close();
    expect(log.openReport).toMatchObject({ migratedFrom: 0, migratedTo: LATEST_VERSION });
    const database = new Database(path.join(dataDir, QUESTION_LOG_FILE), { readonly: true });
    onTestFinished(() => {
      database.close();
    });
    expect(schemaVersion(database)).toBe(LATEST_VERSION);
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('brings a version 1 log up to date and keeps its questions', async () => {
    const dataDir = await tempDataDir();
    const old = new Database(path.join(dataDir, QUESTION_LOG_FILE));
    migrate(old, MIGRATIONS.slice(0, 1));
    old
      .prepare(
        `INSERT INTO questions (answer_id, asked_at, platform, user_hash, question, language,
           answered, answer_kind, cited_documents, latency_ms)
         VALUES ('old-answer', '2025-06-01T02:00:00.000Z', 'telegram', 'hash', 'Who signed?',
           'en', 1, 'answer', '["luodian"]', 120)`,
      )
      .run();
    old.close();

    const now = new Date('2025-06-02T00:00:00Z');
    const log = await QuestionLog.open({ dataDir, pruneDaily: false, now: () => now });
    onTestFinished(() => log.close());
    expect(log.openReport).toMatchObject({ migratedFrom: 1, migratedTo: LATEST_VERSION });
    expect(
      log.recordFeedback({
        answerId: 'old-answer',
        platform: 'telegram',
        userId: '7',
        rating: 'up',
      }),
    ).toBe('recorded');
    expect(log.questionsSince(new Date(0))).toMatchObject([
      {
        answerId: 'old-answer',
        question: 'Who signed?',
        answered: true,
        citedDocumentIds: ['luodian'],
        latencyMs: 120,
        feedback: { up: 1, down: 0 },
      },
    ]);
  });

  it('refuses a log written by a newer bot, and says what to do', async () => {
    const dataDir = await tempDataDir();
    const newer = new Database(path.join(dataDir, QUESTION_LOG_FILE));
    newer.pragma(`user_version = ${LATEST_VERSION + 5}`);
    newer.close();
    const opening = QuestionLog.open({ dataDir, pruneDaily: false });
    await expect(opening).rejects.toBeInstanceOf(QuestionLogError);
    await expect(opening).rejects.toMatchObject({
      code: 'QUESTION_LOG_FAILED',
      message: expect.stringMatching(/newer version of the bot.*move the file aside/),
    });
  });

  it('names the file and the fix when the file is not a database', async () => {
    const dataDir = await tempDataDir();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dataDir, QUESTION_LOG_FILE), 'not a database, just text '.repeat(50));
    await expect(QuestionLog.open({ dataDir, pruneDaily: false })).rejects.toMatchObject({
      code: 'QUESTION_LOG_FAILED',
      message: expect.stringMatching(/questions\.sqlite.*Restore it from a backup/),
    });
  });
});
