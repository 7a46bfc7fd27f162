/**
 * The question log: every question the bot is asked, with its outcome and its feedback, in
 * SQLite under DATA_DIR. Adapters record into it; /stats, /gaps and the digest read from it.
 * It holds no user id or name, only a salted hash, and forgets questions older than the
 * retention (LOG_RETENTION_DAYS), at open and once a day.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { Cron } from 'croner';
import type { Logger } from 'pino';
import { QuestionLogError } from '../errors.js';
import { type FeedbackImport, importFeedbackFile } from './import-feedback-file.js';
import { LogWrites } from './log-writes.js';
import type { FeedbackEntry, LoggedQuestion, QuestionEntry } from './logged-question.js';
import { migrate } from './migrations.js';
import { openDatabase } from './open-database.js';
import { readQuestionsSince } from './read-questions.js';
import { hashUserId, loadOrCreateSalt } from './user-hash.js';

export const QUESTION_LOG_FILE = 'questions.sqlite';
export const DEFAULT_RETENTION_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The daily prune, at a quiet hour of the server's night. */
const DAILY_PRUNE = '17 4 * * *';

export interface QuestionLogOptions {
  dataDir: string;
  /** Questions older than this many days are deleted; 180 by default. */
  retentionDays?: number;
  /** The key user ids are hashed with (LOG_USER_SALT); a random one kept in DATA_DIR if unset. */
  salt?: string;
  /** The clock; tests set it. */
  now?: () => Date;
  /** False to skip the daily prune (one-shot commands, tests); it still prunes at open. */
  pruneDaily?: boolean;
  logger?: Logger;
}

/** What opening the log did. */
export interface OpenReport {
  migratedFrom: number;
  migratedTo: number;
  pruned: number;
  /** The one-time import of feedback.jsonl; null when it was done before. */
  imported: FeedbackImport | null;
}

/** What became of a rating: kept, or about an answer the log does not hold (pruned, too old). */
export type FeedbackOutcome = 'recorded' | 'unknown_answer';

export class QuestionLog {
  readonly file: string;
  private readonly writes: LogWrites;
  private readonly now: () => Date;
  private pruning: Cron | null = null;
  private opened: OpenReport | null = null;

  private constructor(
    private readonly database: Database,
    private readonly salt: string,
    private readonly options: QuestionLogOptions,
  ) {
    this.file = database.name;
    this.now = options.now ?? (() => new Date());
    this.writes = new LogWrites(database);
  }

  /** Opens (or creates) the log: migrates it, imports feedback.jsonl once, prunes. */
  static async open(options: QuestionLogOptions): Promise<QuestionLog> {
    const file = path.join(options.dataDir, QUESTION_LOG_FILE);
    const database = openDatabase(file, options.dataDir);
    try {
      const migrated = migrate(database);
      const salt = options.salt ?? (await loadOrCreateSalt(options.dataDir));
      const log = new QuestionLog(database, salt, options);
      await log.start(migrated);
      return log;
    } catch (error) {
      database.close();
      throw error;
    }
  }

  /** What opening did: the schema versions, rows pruned, the feedback.jsonl import. */
  get openReport(): OpenReport {
    return this.opened as OpenReport;
  }

  /** Records a question and its outcome; returns the answer id feedback will refer to. */
  recordQuestion(entry: QuestionEntry): string {
    const answerId = entry.answerId ?? randomBytes(6).toString('base64url');
    this.writes.insertQuestion({
      answerId,
      askedAt: (entry.askedAt ?? this.now()).toISOString(),
      platform: entry.platform,
      userHash: this.hashUser(entry.platform, entry.userId),
      question: entry.question,
      language: entry.language,
      answered: entry.answered ? 1 : 0,
      kind: entry.kind,
      citedDocuments: JSON.stringify([...new Set(entry.citedDocumentIds)]),
      latencyMs: Math.max(0, Math.round(entry.latencyMs)),
    });
    return answerId;
  }

  /** Records a rating; a user's later rating of the same answer replaces the earlier one. */
  recordFeedback(entry: FeedbackEntry): FeedbackOutcome {
    if (entry.reason !== undefined && entry.rating !== 'down')
      throw new QuestionLogError(
        `A reason ("${entry.reason}") goes with a 👎 only; record the 👍 without one.`,
      );
    const recorded = this.writes.upsertFeedback({
      answerId: entry.answerId,
      userHash: this.hashUser(entry.platform, entry.userId),
      rating: entry.rating,
      reason: entry.reason ?? null,
      ratedAt: (entry.ratedAt ?? this.now()).toISOString(),
    });
    return recorded ? 'recorded' : 'unknown_answer';
  }

  /** Deletes questions (and their feedback) older than the retention; returns how many. */
  prune(now: Date = this.now()): number {
    const days = this.options.retentionDays ?? DEFAULT_RETENTION_DAYS;
    const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
    return this.database.prepare('DELETE FROM questions WHERE asked_at < ?').run(cutoff).changes;
  }

  /** Every question asked at or after `since`, oldest first, with its feedback tallied. */
  questionsSince(since: Date): LoggedQuestion[] {
    return readQuestionsSince(this.database, since);
  }

  /** Stops the daily prune and closes the database (checkpointing the write-ahead file). */
  close(): void {
    this.pruning?.stop();
    this.pruning = null;
    if (this.database.open) this.database.close();
  }

  private async start(migrated: { from: number; to: number }): Promise<void> {
    const imported = await importFeedbackFile({
      database: this.database,
      writes: this.writes,
      dataDir: this.options.dataDir,
      hashUser: (platform, userId) => this.hashUser(platform, userId),
      now: this.now(),
    });
    this.opened = {
      migratedFrom: migrated.from,
      migratedTo: migrated.to,
      pruned: this.prune(),
      imported,
    };
    if (this.options.pruneDaily ?? true) this.pruning = this.schedulePrune();
  }

  /** A timer that never keeps the process alive by itself; a failed prune is logged, not thrown. */
  private schedulePrune(): Cron {
    return new Cron(
      DAILY_PRUNE,
      {
        unref: true,
        catch: (error) => this.options.logger?.error({ error }, 'pruning the question log failed'),
      },
      () => {
        const pruned = this.prune();
        this.options.logger?.info({ pruned }, 'pruned the question log');
      },
    );
  }

  private hashUser(platform: string, userId: string): string {
    return hashUserId(this.salt, platform, userId);
  }
}
