/** `npm run reload`: rebuilds the snapshot from KNOWLEDGE_DIR and prints the reload report. */
import type { Engine } from '../../src/engine/answer-types.js';
import { describeReloadReport } from '../../src/snapshot/reload-report.js';
import { type ConsoleIo, writeLine } from './console-io.js';

/** Runs the reload; the exit code is 1 when the build failed. */
export async function runReload(engine: Engine, io: Pick<ConsoleIo, 'output'>): Promise<number> {
  const report = await engine.reload();
  await writeLine(io.output, describeReloadReport(report).join('\n'));
  return report.ok ? 0 : 1;
}
