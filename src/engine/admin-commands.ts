/**
 * The commands every platform gives its admins: `reload` rebuilds the knowledge snapshot and
 * reports what changed, `status` describes the engine, `stats`, `gaps` and `digest` report
 * from the question log (see log-report.ts), and `docs` and `remove` list and remove documents
 * (see document-commands.ts, which also adds the documents admins send). Platforms differ
 * only in how the command is typed (/reload, /kb reload) and where the admin list comes from.
 */
import type { Logger } from 'pino';
import { NotAuthorizedError } from '../errors.js';
import type { QuestionLog } from '../question-log/question-log.js';
import { describeReloadReport } from '../snapshot/reload-report.js';
import type { Engine } from './answer-types.js';
import { describeStatus } from './describe-status.js';
import { DOCUMENT_COMMANDS, isDocumentCommand, runDocumentCommand } from './document-commands.js';
import { LOG_REPORTS, type LogReport, logReport, type ReportClock } from './log-report.js';

export const ADMIN_COMMANDS = ['reload', 'status', ...LOG_REPORTS, ...DOCUMENT_COMMANDS] as const;
export type AdminCommand = (typeof ADMIN_COMMANDS)[number];

/** True for the name of an admin command ("reload", "stats"…). */
export function isAdminCommand(name: string): name is AdminCommand {
  return (ADMIN_COMMANDS as readonly string[]).includes(name);
}

/**
 * Whether `userId` is an admin. Anyone else is refused, and the attempt is logged with the
 * NOT_AUTHORIZED code; the platform tells the user their id (see `notAdmin`).
 */
export function admitAdmin(
  admins: ReadonlySet<string>,
  attempt: { userId: string; command: string },
  logger: Logger,
): boolean {
  if (admins.has(attempt.userId)) return true;
  const refusal = new NotAuthorizedError(attempt.userId, attempt.command);
  logger.warn(
    { code: refusal.code, userId: refusal.userId, command: attempt.command },
    refusal.message,
  );
  return false;
}

/** Who runs a command, and the question log its reports are made from. */
export interface AdminRequest {
  userId: string;
  logger: Logger;
  /** What follows the command: the id of `remove`, the word `docs` lists by. */
  argument?: string | undefined;
  questionLog?: QuestionLog | undefined;
  /** The clock and time zone of the log's reports; now and the server's zone by default. */
  reportClock?: ReportClock | undefined;
}

/** Runs an admin command and returns its report as plain-text lines. */
export async function runAdminCommand(
  engine: Engine,
  command: AdminCommand,
  request: AdminRequest,
): Promise<string[]> {
  if (command === 'status') return describeStatus(engine.status());
  if (isDocumentCommand(command)) return runDocumentCommand(engine, command, request);
  if (command !== 'reload') return (await reportFromLog(engine, command, request)).split('\n');
  const report = await engine.reload();
  request.logger.info(
    { userId: request.userId, ok: report.ok, snapshotId: report.snapshotId },
    'Reloaded the knowledge base',
  );
  return describeReloadReport(report);
}

function reportFromLog(engine: Engine, report: LogReport, request: AdminRequest): Promise<string> {
  request.logger.info({ userId: request.userId, report }, 'Reporting from the question log');
  const { questionLog, reportClock: clock } = request;
  return logReport(report, { engine, questionLog, clock });
}
