/**
 * The question log's schema, as an ordered list of steps. The database's `user_version`
 * (SQLite's own header field) says how many have run; opening the log runs the rest, each in
 * its own transaction with the version bump, so a crash mid-step leaves the previous version.
 * Add a step at the end to change the schema; never edit one that has shipped.
 */
import type { Database } from 'better-sqlite3';
import { QuestionLogError } from '../errors.js';

export interface Migration {
  version: number;
  /** What the step adds, for the log line and the reader of this list. */
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'questions: one row per question answered or refused',
    // Times are ISO 8601 in UTC, so text order is time order. STRICT makes SQLite check types.
    sql: `
      CREATE TABLE questions (
        answer_id TEXT PRIMARY KEY,
        asked_at TEXT NOT NULL,
        platform TEXT NOT NULL,
        user_hash TEXT,
        question TEXT,
        language TEXT CHECK (language IN ('en', 'zh')),
        answered INTEGER CHECK (answered IN (0, 1)),
        answer_kind TEXT,
        cited_documents TEXT NOT NULL DEFAULT '[]',
        latency_ms INTEGER
      ) STRICT;
      CREATE INDEX questions_by_time ON questions (asked_at);
    `,
  },
  {
    version: 2,
    description: 'feedback: one rating per user per answer, a reason with a 👎',
    sql: `
      CREATE TABLE feedback (
        answer_id TEXT NOT NULL REFERENCES questions (answer_id) ON DELETE CASCADE,
        user_hash TEXT NOT NULL,
        rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
        reason TEXT CHECK (reason IN ('wrong', 'incomplete', 'not_asked')),
        rated_at TEXT NOT NULL,
        PRIMARY KEY (answer_id, user_hash),
        CHECK (reason IS NULL OR rating = 'down')
      ) STRICT;
    `,
  },
  {
    version: 3,
    description: 'imports: one-time imports done, so that none repeats',
    sql: `
      CREATE TABLE imports (
        name TEXT PRIMARY KEY,
        imported_at TEXT NOT NULL,
        records INTEGER NOT NULL,
        skipped INTEGER NOT NULL
      ) STRICT;
    `,
  },
];

/** The schema version of the newest step. */
export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** Runs the steps the database lacks; returns the versions before and after. */
export function migrate(
  database: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): { from: number; to: number } {
  const from = schemaVersion(database);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) throw tooNew(database, from, latest);
  // IMMEDIATE takes the write lock first: of the bot and `npm run stats` starting at once
  // on an old log, one runs the step and the other finds it done.
  for (const step of migrations.filter((migration) => migration.version > from))
    database
      .transaction(() => {
        if (schemaVersion(database) >= step.version) return;
        database.exec(step.sql);
        database.pragma(`user_version = ${step.version}`);
      })
      .immediate();
  return { from, to: schemaVersion(database) };
}

/** The number of steps that have run on the database (0 for a new one). */
export function schemaVersion(database: Database): number {
  return database.pragma('user_version', { simple: true }) as number;
}

function tooNew(database: Database, version: number, latest: number): QuestionLogError {
  return new QuestionLogError(
    `The question log ${database.name} has schema version ${version}, but this bot knows versions up to ${latest}: it was written by a newer version of the bot. Run that version, or move the file aside to start a new log.`,
  );
}
