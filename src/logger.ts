/**
 * Structured logging (pino) to standard error, so that standard output stays free for
 * answers (`npm run ask -- --json`). Secrets never reach a log line: known secret fields and
 * headers (the bot's own, and those each chat platform declares) are redacted, and every
 * configured secret value is scrubbed from the final text.
 */
import { type DestinationStream, type Logger, pino } from 'pino';
import { ADAPTERS } from './adapter-registry.js';
import type { LogLevel } from './config.js';
import { secretScrubber } from './secret-scrubber.js';

export type { Logger } from 'pino';
export { secretScrubber } from './secret-scrubber.js';

export interface LoggerOptions {
  level: LogLevel;
  /** Values that must never appear in output (tokens, keys, signing secrets). */
  secrets?: readonly string[];
  /** Where lines go; standard error by default. */
  destination?: DestinationStream;
}

const REDACTED_FIELDS = ['token', 'apiKey', 'authorization'];
const REDACTED_HEADERS = ['authorization'];

/** Creates the bot's logger. */
export function createLogger(options: LoggerOptions): Logger {
  const scrub = secretScrubber(options.secrets ?? []);
  return pino(
    {
      level: options.level,
      base: undefined,
      redact: { paths: redactedPaths(), censor: '[redacted]' },
      hooks: { streamWrite: scrub },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** The log paths redacted: secret fields one level down, and secret request headers. */
function redactedPaths(): string[] {
  const fields = [...REDACTED_FIELDS, ...ADAPTERS.flatMap((module) => module.redact.fields)];
  const headers = [...REDACTED_HEADERS, ...ADAPTERS.flatMap((module) => module.redact.headers)];
  return [
    ...new Set([
      ...fields.map((field) => `*.${field}`),
      ...headers.map((header) => `*.headers["${header}"]`),
    ]),
  ];
}

/** A logger that discards everything, for tests and tools that need none. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
