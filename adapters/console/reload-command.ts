/** `npm run reload`: rebuilds the snapshot from KNOWLEDGE_DIR and prints the reload report. */
import type { Engine, ReloadReport } from '../../src/adapter-kit.js';
import { describeReloadReport } from '../../src/adapter-kit.js';
import { type ConsoleIo, writeLine } from './console-io.js';

/**
 * The exit codes of `npm run reload`, part of the CLI contract (README, "Snapshots across
 * processes"), so that a script or CI job can tell a partial load from a failure. 2 is left
 * to main.ts, which exits with it on an unknown command or a bad setting.
 */
export const RELOAD_EXIT_CODES = {
  /** A new snapshot serves and every file loaded. */
  everyFileLoaded: 0,
  /** Nothing was built: the previous snapshot (if any) keeps serving. */
  nothingBuilt: 1,
  /** A new snapshot serves, but some files failed; the report names them and why. */
  someFilesFailed: 3,
} as const;

/** Runs the reload and returns its exit code. */
export async function runReload(engine: Engine, io: Pick<ConsoleIo, 'output'>): Promise<number> {
  const report = await engine.reload();
  await writeLine(io.output, describeReloadReport(report).join('\n'));
  return reloadExitCode(report);
}

function reloadExitCode(report: ReloadReport): number {
  if (!report.ok) return RELOAD_EXIT_CODES.nothingBuilt;
  return report.failed.length > 0
    ? RELOAD_EXIT_CODES.someFilesFailed
    : RELOAD_EXIT_CODES.everyFileLoaded;
}
