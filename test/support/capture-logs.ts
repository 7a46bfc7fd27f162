/**
 * A real logger whose lines a test can read, to check what the bot logs (and never logs).
 * No secrets are given to it, so nothing is scrubbed: a token in a line is the code's fault.
 */
import type { LogLevel } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';

export interface CapturedLogs {
  logger: Logger;
  /** Every line written, as text. */
  lines: string[];
  /** Every line written, parsed. */
  records(): Record<string, unknown>[];
  /** All the text written, to search for secrets. */
  text(): string;
  /** Resolves once a line matches (written before or after the call); rejects after 15 s. */
  waitFor(matches: (record: Record<string, unknown>) => boolean): Promise<void>;
}

export function captureLogs(level: LogLevel = 'debug'): CapturedLogs {
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  const logger = createLogger({
    level,
    destination: {
      write: (line: string) => {
        lines.push(line);
        for (const wake of waiters) wake();
      },
    },
  });
  const records = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const waitFor = (matches: (record: Record<string, unknown>) => boolean) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!records().some(matches)) return;
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
  return { logger, lines, records, text: () => lines.join(''), waitFor };
}
