/**
 * The question log never holds a user id, only a keyed hash of it: enough to count a user's
 * rating once, not enough to find the user. The key (salt) is a setting, or a random one made
 * on first use and kept beside the log, readable by its owner only.
 */
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { QuestionLogError } from '../errors.js';

export const SALT_FILE = 'question-log.salt';
const SALT_BYTES = 32;
const OWNER_ONLY = 0o600;
const SALT_PATTERN = new RegExp(`^[0-9a-f]{${SALT_BYTES * 2}}$`);

/** The salted hash of a user of a platform (one person on two platforms is two users). */
export function hashUserId(salt: string, platform: string, userId: string): string {
  return createHmac('sha256', salt).update(`${platform}\u0000${userId}`).digest('base64url');
}

/**
 * The salt kept under DATA_DIR, made on first use. `wx` makes the first of two processes
 * starting at once the one that writes it; the other reads it.
 */
export async function loadOrCreateSalt(dataDir: string): Promise<string> {
  const file = path.join(dataDir, SALT_FILE);
  const salt = randomBytes(SALT_BYTES).toString('hex');
  try {
    await fs.writeFile(file, `${salt}\n`, { mode: OWNER_ONLY, flag: 'wx' });
    return salt;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readSalt(file);
  }
}

/** Reads a salt written earlier, and takes away any access a copy or an umask gave others. */
async function readSalt(file: string): Promise<string> {
  await fs.chmod(file, OWNER_ONLY);
  const salt = (await fs.readFile(file, 'utf8')).trim();
  if (!SALT_PATTERN.test(salt))
    throw new QuestionLogError(
      `The salt file ${file} is damaged. Restore it from a backup, or delete it to start a new salt (ratings given before then can be given once more).`,
    );
  return salt;
}
