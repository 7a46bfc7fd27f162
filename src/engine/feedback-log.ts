/**
 * The feedback log: one JSON line per 👍/👎 under DATA_DIR/feedback.jsonl, shared by every
 * platform, with the question, the answer and its sources so that a rating can be reviewed
 * on its own.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export interface FeedbackRecord {
  at: string;
  answerId: string;
  rating: 'up' | 'down';
  platform: string;
  userId: string;
  question: string | null;
  answer: string | null;
  sources: { n: number; title: string; path: string }[];
}

export const FEEDBACK_FILE = 'feedback.jsonl';

/** Appends one record to the feedback log. */
export async function appendFeedback(dataDir: string, record: FeedbackRecord): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true });
  await fs.appendFile(path.join(dataDir, FEEDBACK_FILE), `${JSON.stringify(record)}\n`, 'utf8');
}
