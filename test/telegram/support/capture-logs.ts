/** A real logger whose lines are kept in memory, to check what the bot logs (and never logs). */
import { createLogger, type Logger } from '../../../src/logger.js';

export interface CapturedLogs {
  logger: Logger;
  /** Every line written, as text. */
  lines: string[];
  /** Every line written, parsed. */
  records(): Record<string, unknown>[];
}

export function captureLogs(secrets: string[] = []): CapturedLogs {
  const lines: string[] = [];
  const logger = createLogger({
    level: 'debug',
    secrets,
    destination: { write: (line: string) => void lines.push(line) },
  });
  return {
    logger,
    lines,
    records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
