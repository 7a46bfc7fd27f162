/**
 * The question log's reports for an admin in a chat (/stats, /gaps, /digest), as the plain
 * text `npm run stats` and `npm run gaps` print; each adapter formats it. Gaps are analysed
 * with the snapshot the engine serves, already in memory, rather than a copy read from disk.
 */
import { setImmediate } from 'node:timers/promises';
import { gapsFromLog, statsFromLog } from '../question-log/log-reports.js';
import type { QuestionLog } from '../question-log/question-log.js';
import { renderKnowledgeGaps } from '../question-log/render-knowledge-gaps.js';
import { renderUsageStats } from '../question-log/render-usage-stats.js';
import { composeDigest } from '../question-log/weekly-digest.js';
import type { Engine } from './answer-types.js';

export const LOG_REPORTS = ['stats', 'gaps', 'digest'] as const;
export type LogReport = (typeof LOG_REPORTS)[number];

/** The clock and time zone whose days the reports count: now, in the server's zone (TZ). */
export interface ReportClock {
  now?: () => Date;
  /** An IANA time zone ("Asia/Shanghai"). */
  timeZone?: string;
}

export interface ReportSources {
  engine: Pick<Engine, 'currentSnapshot'>;
  /** Absent where the bot runs without a log (some tests): the report says so. */
  questionLog: QuestionLog | undefined;
  clock?: ReportClock | undefined;
}

const NO_LOG =
  'No question log is open in this process. Start the bot with npm start, which keeps questions.sqlite in DATA_DIR.';
const NO_SNAPSHOT =
  'Knowledge gaps: no snapshot yet to analyse the questions with; reload the knowledge base (/reload), then ask again.';

/** The report as plain text, one line per row. */
export async function logReport(report: LogReport, sources: ReportSources): Promise<string> {
  const log = sources.questionLog;
  if (log === undefined) return NO_LOG;
  const options = {
    now: sources.clock?.now?.() ?? new Date(),
    timeZone: sources.clock?.timeZone,
  };
  if (report === 'stats') return renderUsageStats(statsFromLog(log, options));
  const snapshot = sources.engine.currentSnapshot();
  const text =
    report === 'digest'
      ? await composeDigest(log, snapshot, options)
      : snapshot === null
        ? NO_SNAPSHOT
        : renderKnowledgeGaps(await gapsFromLog(log, snapshot, options));
  // Reading the questions' words (CC-CEDICT) holds the event loop for a second or more. One
  // turn of the loop lets connections closed meanwhile be seen, so that the reply is not sent
  // on one of them (it failed with "fetch failed" that way).
  await setImmediate();
  return text;
}
