/**
 * The weekly digest for the admins: the usage figures of the last 30 days and the knowledge
 * gaps of the last 7, as one plain text. Adapters send it (see schedule-digest.ts).
 */
import type { Snapshot } from '../snapshot/snapshot.js';
import { gapsFromLog, type QuestionSource, statsFromLog } from './log-reports.js';
import { renderKnowledgeGaps } from './render-knowledge-gaps.js';
import { renderUsageStats } from './render-usage-stats.js';
import { dayOf, localTimeZone } from './report-window.js';

/** The digest comes weekly: last week's gaps are new to its readers, older ones are not. */
export const DIGEST_GAP_DAYS = 7;

export interface DigestOptions {
  now?: Date;
  timeZone?: string;
}

/** The digest's text; without a snapshot the gaps cannot be analysed and the digest says so. */
export async function composeDigest(
  log: QuestionSource,
  snapshot: Snapshot | null,
  options: DigestOptions = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const timeZone = options.timeZone ?? localTimeZone();
  const stats = renderUsageStats(statsFromLog(log, { now, timeZone }));
  const gaps =
    snapshot === null
      ? 'Knowledge gaps: no snapshot yet to analyse the questions with; reload the knowledge base.'
      : renderKnowledgeGaps(
          await gapsFromLog(log, snapshot, { now, timeZone, days: DIGEST_GAP_DAYS }),
        );
  return [`Weekly digest, ${dayOf(now, timeZone)}`, '', stats, '', gaps].join('\n');
}
