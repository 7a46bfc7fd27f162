/**
 * Opens the question log's SQLite file with the settings it relies on. WAL lets the bot write
 * while `npm run stats` reads, and a commit survives the process being killed (kill -9): it is
 * in the write-ahead file before the call returns. `synchronous = NORMAL` skips the fsync per
 * commit, so a power cut may lose the last few questions but never corrupts the file.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { errorMessage, QuestionLogError } from '../errors.js';

/** How long a write waits for another process's write (the CLI's prune) before failing. */
const BUSY_TIMEOUT_MS = 5000;

export function openDatabase(file: string, directory: string): Database.Database {
  fs.mkdirSync(directory, { recursive: true });
  try {
    const database = new Database(file);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return database;
  } catch (error) {
    throw new QuestionLogError(
      `The question log ${file} cannot be opened (${errorMessage(error)}). Restore it from a backup, or move it aside to start a new log.`,
      { cause: error },
    );
  }
}
