/**
 * `npm run stats` and `npm run gaps`: the reports of the question log in DATA_DIR, as text,
 * or as JSON with --json. They read the log the running bot writes (WAL lets both at once).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { errorMessage, KnowledgeBotError, SnapshotError } from '../errors.js';
import { loadCurrentSnapshot } from './load-current-snapshot.js';
import { gapsFromLog, type QuestionSource, statsFromLog } from './log-reports.js';
import { QUESTION_LOG_FILE, QuestionLog } from './question-log.js';
import { renderKnowledgeGaps } from './render-knowledge-gaps.js';
import { renderUsageStats } from './render-usage-stats.js';

export interface ReportOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

type Report = (log: QuestionSource, config: ReportConfig, json: boolean) => Promise<string>;
type ReportConfig = Pick<Config, 'dataDir' | 'questionLog'>;

const REPORTS: Record<string, Report> = {
  stats: async (log, _config, json) => {
    const stats = statsFromLog(log);
    return json ? JSON.stringify(stats) : renderUsageStats(stats);
  },
  gaps: async (log, config, json) => {
    const snapshot = await loadCurrentSnapshot(config.dataDir);
    if (snapshot === null)
      throw new SnapshotError(
        `No snapshot in ${config.dataDir} yet to analyse the questions with: run npm run reload, then npm run gaps.`,
      );
    const gaps = await gapsFromLog(log, snapshot);
    return json ? JSON.stringify(gaps) : renderKnowledgeGaps(gaps);
  },
};

/** Runs `stats` or `gaps`; returns the exit code. */
export async function runReportCommand(
  args: readonly string[],
  config: ReportConfig,
  output: ReportOutput,
): Promise<number> {
  const [name, ...flags] = args;
  const report = name === undefined ? undefined : REPORTS[name];
  if (report === undefined) {
    output.stderr('Usage: npm run stats [-- --json] | npm run gaps [-- --json]');
    return 2;
  }
  try {
    const json = flags.includes('--json');
    output.stdout(await withLog(config, output, (log) => report(log, config, json)));
    return 0;
  } catch (error) {
    output.stderr(error instanceof KnowledgeBotError ? error.message : errorMessage(error));
    return 1;
  }
}

/**
 * Opens the log for one report. A missing log is not created (the command may run as another
 * user than the bot, and files it made could lock the bot out of its own DATA_DIR): the report
 * is made of no questions, so that --json still prints JSON.
 */
async function withLog(
  config: ReportConfig,
  output: ReportOutput,
  report: (log: QuestionSource) => Promise<string>,
): Promise<string> {
  const file = path.join(config.dataDir, QUESTION_LOG_FILE);
  if (!fs.existsSync(file)) {
    output.stderr(`No questions logged yet: ${file} does not exist.`);
    return report({ questionsSince: () => [] });
  }
  const log = await QuestionLog.open({
    dataDir: config.dataDir,
    retentionDays: config.questionLog.retentionDays,
    salt: config.questionLog.userSalt,
    pruneDaily: false,
  });
  try {
    return await report(log);
  } finally {
    log.close();
  }
}
