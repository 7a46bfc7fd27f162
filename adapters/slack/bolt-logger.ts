/**
 * Bolt, its Web API client and its Socket Mode client log through this bridge into the
 * bot's pino logger, under `component: "bolt"`. Every configured secret is scrubbed from the
 * text first, so no token or signing secret reaches a log line whatever bolt prints.
 */
import { format } from 'node:util';
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { type Logger, secretScrubber } from '../../src/adapter-kit.js';

export function boltLogger(logger: Logger, secrets: readonly string[]): BoltLogger {
  const scrub = secretScrubber(secrets.filter((secret) => secret.length >= 6));
  const log =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      logger[level]({ component: 'bolt' }, scrub(format(...parts)));
    };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    // The bot's LOG_LEVEL decides what is written; bolt may not lower it.
    setLevel: () => {},
    getLevel: () => boltLevelOf(logger.level),
    setName: () => {},
  };
}

function boltLevelOf(level: string): LogLevel {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}
