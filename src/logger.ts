/**
 * Structured logging (pino) to standard error, so that standard output stays free for
 * answers (`npm run ask -- --json`). Secrets never reach a log line: known secret fields
 * are redacted and every configured secret value is scrubbed from the final text.
 */
import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: LogLevel;
  /** Values that must never appear in output (tokens, keys, signing secrets). */
  secrets?: readonly string[];
  /** Where lines go; standard error by default. */
  destination?: DestinationStream;
}

const REDACTED_PATHS = [
  '*.token',
  '*.apiKey',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.webhookSecret',
  '*.authorization',
  '*.headers.authorization',
  '*.headers["x-telegram-bot-api-secret-token"]',
  '*.headers["x-slack-signature"]',
];

/** Creates the bot's logger. */
export function createLogger(options: LoggerOptions): Logger {
  const scrub = secretScrubber(options.secrets ?? []);
  return pino(
    {
      level: options.level,
      base: undefined,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      hooks: { streamWrite: scrub },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** Returns a function that replaces every secret value in a text with `[redacted]`. */
export function secretScrubber(secrets: readonly string[]): (text: string) => string {
  const values = [...new Set(secrets.filter((secret) => secret.length > 0))];
  if (values.length === 0) return (text) => text;
  return (text) => values.reduce((result, secret) => result.replaceAll(secret, '[redacted]'), text);
}

/** A logger that discards everything, for tests and tools that need none. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
