/** A real pino logger whose lines the test can read (parsed), to check what was logged. */
import { pino } from 'pino';
import type { Logger } from '../../../src/logger.js';

export interface CapturedLogger {
  logger: Logger;
  lines: Record<string, unknown>[];
  /** Every line as written, to search for secrets. */
  text(): string;
  /** Resolves once a line matches (past or future); rejects after 15 s. */
  waitFor(matches: (line: Record<string, unknown>) => boolean): Promise<void>;
}

export function captureLogger(): CapturedLogger {
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  const logger = pino(
    { level: 'debug' },
    {
      write(line: string) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
        for (const wake of waiters) wake();
      },
    },
  );
  const waitFor = (matches: (line: Record<string, unknown>) => boolean) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!lines.some(matches)) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error('No matching log line was written'));
      }, 15_000);
      waiters.add(check);
      check();
    });
  return { logger, lines, text: () => raw.join(''), waitFor };
}
