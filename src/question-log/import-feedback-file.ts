/**
 * Brings the ratings of DATA_DIR/feedback.jsonl (where the bot appended 👍/👎 before the
 * question log, one JSON line each) into the question log, once: the import is marked done in
 * the same transaction, so it never repeats, and a crash midway leaves nothing half-imported.
 * The file itself is left as it was.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { detectLanguage } from '../text/detect-language.js';
import type { LogWrites } from './log-writes.js';

/** The feedback log of earlier versions, under DATA_DIR; nothing writes it any more. */
export const FEEDBACK_FILE = 'feedback.jsonl';

/** What the import found: records taken in, and lines that were not a rating. */
export interface FeedbackImport {
  records: number;
  skipped: number;
}

export interface ImportContext {
  database: Database;
  writes: LogWrites;
  dataDir: string;
  hashUser: (platform: string, userId: string) => string;
  now: Date;
}

/** Imports feedback.jsonl unless done before; null when it was. */
export async function importFeedbackFile(context: ImportContext): Promise<FeedbackImport | null> {
  if (alreadyImported(context.database)) return null;
  const lines = await readLines(path.join(context.dataDir, FEEDBACK_FILE));
  const ratings = lines.map(parseRating);
  const found = ratings.filter((rating): rating is ImportedRating => rating !== null);
  const result = { records: found.length, skipped: ratings.length - found.length };
  // IMMEDIATE: of two processes opening the log at once, the second waits, then finds it done.
  context.database
    .transaction(() => {
      if (alreadyImported(context.database)) return;
      for (const rating of found) storeRating(context, rating);
      markImported(context.database, result, context.now);
    })
    .immediate();
  return result;
}

function alreadyImported(database: Database): boolean {
  return database.prepare('SELECT 1 FROM imports WHERE name = ?').get(FEEDBACK_FILE) !== undefined;
}

function markImported(database: Database, result: FeedbackImport, now: Date): void {
  database
    .prepare('INSERT INTO imports (name, imported_at, records, skipped) VALUES (?, ?, ?, ?)')
    .run(FEEDBACK_FILE, now.toISOString(), result.records, result.skipped);
}

/** The file's non-blank lines; none when there is no file (a bot that never got a rating). */
async function readLines(file: string): Promise<string[]> {
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return text.split('\n').filter((line) => line.trim() !== '');
}

/**
 * The file did not say who asked, whether the answer was a refusal or how long it took: those
 * stay unknown (NULL). The rater is the one user known, and is hashed like any other.
 */
function storeRating(context: ImportContext, rating: ImportedRating): void {
  const at = new Date(rating.at).toISOString();
  context.writes.insertQuestion({
    answerId: rating.answerId,
    askedAt: at,
    platform: rating.platform,
    userHash: null,
    question: rating.question,
    language: rating.question === null ? null : detectLanguage(rating.question),
    answered: null,
    kind: null,
    citedDocuments: '[]',
    latencyMs: null,
  });
  context.writes.upsertFeedback({
    answerId: rating.answerId,
    userHash: context.hashUser(rating.platform, rating.userId),
    rating: rating.rating,
    reason: null,
    ratedAt: at,
  });
}

/** A line of feedback.jsonl as the old log wrote it; other fields are ignored. */
const ratingLine = z.object({
  at: z.string().refine((at) => !Number.isNaN(Date.parse(at))),
  answerId: z.string().min(1),
  rating: z.enum(['up', 'down']),
  platform: z.string().min(1),
  userId: z.union([z.string(), z.number()]).transform(String),
  question: z
    .string()
    .nullish()
    .transform((question) => (question?.trim() ? question : null)),
});

type ImportedRating = z.infer<typeof ratingLine>;

/** One line as a rating, or null when it is not one (a torn last line, an edited file). */
export function parseRating(line: string): ImportedRating | null {
  try {
    const parsed = ratingLine.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
