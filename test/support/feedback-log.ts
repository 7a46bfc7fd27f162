/** The records of the feedback log under a DATA_DIR, as the adapters append them. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { FEEDBACK_FILE } from '../../src/engine/feedback-log.js';

export async function readFeedbackLog(dataDir: string): Promise<Record<string, unknown>[]> {
  const text = await fs.readFile(path.join(dataDir, FEEDBACK_FILE), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
