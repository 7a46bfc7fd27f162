/**
 * The Lark SDK logs through this bridge into the bot's pino logger, under
 * `component: "lark-sdk"`. The SDK hands whole request errors to its logger, and these can
 * hold the app secret or a tenant token, so only messages are kept: an error becomes its
 * message and status, every configured secret and any bearer token is scrubbed first.
 */
import { inspect } from 'node:util';
import { type Logger, secretScrubber } from '../../src/adapter-kit.js';

/** The logger interface the SDK's Client, EventDispatcher and WSClient accept. */
export interface SdkLogger {
  error(...parts: unknown[]): void;
  warn(...parts: unknown[]): void;
  info(...parts: unknown[]): void;
  debug(...parts: unknown[]): void;
  trace(...parts: unknown[]): void;
}

const LONGEST_PART = 500;

export function larkLogger(logger: Logger, secrets: readonly string[]): SdkLogger {
  const scrub = secretScrubber(secrets.filter((secret) => secret.length >= 6));
  const log =
    (level: 'error' | 'warn' | 'debug' | 'trace') =>
    (...parts: unknown[]) => {
      const text = parts.flat(2).map(describe).join(' ');
      logger[level]({ component: 'lark-sdk' }, withoutBearerTokens(scrub(text)));
    };
  // The SDK's "info" lines are its own chatter ("client ready"); the bot logs what matters.
  return {
    error: log('error'),
    warn: log('warn'),
    info: log('debug'),
    debug: log('debug'),
    trace: log('trace'),
  };
}

function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return errorLine(part);
  return inspect(part, { depth: 3, breakLength: Number.POSITIVE_INFINITY }).slice(0, LONGEST_PART);
}

function errorLine(error: Error): string {
  const response = (error as { response?: { status?: number; data?: unknown } }).response;
  if (response === undefined) return error.message;
  const data = inspect(response.data, { depth: 2, breakLength: Number.POSITIVE_INFINITY });
  return `${error.message} (HTTP ${response.status ?? '?'}: ${data.slice(0, LONGEST_PART)})`;
}

function withoutBearerTokens(text: string): string {
  return text.replace(/Bearer\s+[\w.-]+/g, 'Bearer [redacted]');
}
