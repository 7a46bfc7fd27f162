/**
 * Reaching a chat platform's API at start-up, within a bound. The platforms' clients retry an
 * unreachable API on their own, silently and for minutes (grammY's getMe forever, Slack's
 * Web API ten times over half an hour), so a wrong address or a missing proxy looked like a
 * bot that hung. Here every failed attempt is logged with the address at once, attempts are
 * retried with a growing pause (p-retry) until CONNECT_TIMEOUT_SECONDS have passed, each
 * attempt waits at most ATTEMPT_TIMEOUT_MS for an answer (a server that accepts and never
 * answers), and the last failure becomes a PlatformUnreachableError naming the variable to fix.
 */
import pRetry from 'p-retry';
import type { Logger } from 'pino';
import type { NetworkConfig } from '../config.js';
import { errorMessage, PlatformUnreachableError } from '../errors.js';
import { proxyUrlFor, proxyVariableFor, withoutCredentials } from './proxy-url-for.js';

export interface ReachOptions {
  /** The platform's name as people write it: "Telegram". */
  platform: string;
  /** The API's address, as the client uses it. */
  address: string;
  /** The variable that sets the address ("TELEGRAM_API_ROOT"), named when it cannot be reached. */
  variable: string;
  network: NetworkConfig;
  /** Aborted when the bot stops: no further attempt is made. */
  signal?: AbortSignal;
  logger: Logger;
  /** True for a failure worth another attempt (no connection, a timeout, a 5xx). */
  isTransient(error: unknown): boolean;
  /** A failure in words for the log, free of secrets (a client's message may hold a token). */
  describe?(error: unknown): string;
}

/** The longest one attempt waits for an answer. */
export const ATTEMPT_TIMEOUT_MS = 10_000;

/** Runs `attempt` until it succeeds, fails for good, or the bound passes. */
export async function reachPlatform<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  options: ReachOptions,
): Promise<T> {
  const isTransient = (error: unknown) =>
    error instanceof AttemptTimeout || options.isTransient(error);
  let attempts = 0;
  try {
    return await pRetry(() => attemptWithin(attempt, options), {
      retries: Number.POSITIVE_INFINITY,
      minTimeout: 1000,
      maxTimeout: 8000,
      maxRetryTime: options.network.connectTimeoutMs,
      signal: options.signal,
      shouldRetry: ({ error }) => isTransient(error),
      onFailedAttempt: ({ error, attemptNumber }) => {
        attempts = attemptNumber;
        if (isTransient(error)) logFailedAttempt(options, attemptNumber, error);
      },
    });
  } catch (error) {
    if (options.signal?.aborted || !isTransient(error)) throw error;
    throw unreachable(options, attempts, error);
  }
}

/** A timed-out attempt; the client may ignore the signal, so the attempt is also raced. */
class AttemptTimeout extends Error {
  constructor(milliseconds: number) {
    super(`no answer within ${milliseconds / 1000} s`);
  }
}

async function attemptWithin<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  options: ReachOptions,
): Promise<T> {
  const milliseconds = Math.min(ATTEMPT_TIMEOUT_MS, options.network.connectTimeoutMs);
  const timeout = new AbortController();
  const signals = options.signal === undefined ? [] : [options.signal];
  const signal = AbortSignal.any([timeout.signal, ...signals]);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new AttemptTimeout(milliseconds);
      timeout.abort(error);
      reject(error);
    }, milliseconds);
  });
  try {
    return await Promise.race([attempt(signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}

function logFailedAttempt(options: ReachOptions, attempt: number, error: unknown): void {
  const { platform, address, network } = options;
  const proxy = proxyUrlFor(address, network.proxy);
  options.logger.warn(
    {
      platform,
      address,
      proxy: proxy === undefined ? undefined : withoutCredentials(proxy),
      attempt,
      reason: (options.describe ?? errorMessage)(error),
    },
    `Cannot reach ${platform} at ${address}; retrying for up to ${network.connectTimeoutMs / 1000} s (CONNECT_TIMEOUT_SECONDS)`,
  );
}

function unreachable(
  options: ReachOptions,
  attempts: number,
  error: unknown,
): PlatformUnreachableError {
  const { platform, address, network } = options;
  const proxy = proxyUrlFor(address, network.proxy);
  const variable =
    proxy === undefined ? options.variable : proxyVariableFor(address, network.proxy);
  const tried = `${attempts} ${attempts === 1 ? 'attempt' : 'attempts'} in ${network.connectTimeoutMs / 1000} s`;
  const last = (options.describe ?? errorMessage)(error);
  const route = proxy === undefined ? '' : ` through the proxy ${withoutCredentials(proxy)}`;
  const fix =
    proxy === undefined
      ? `Check ${variable} and the network; where ${platform} is reached through a proxy (as in mainland China), set HTTPS_PROXY.`
      : `Check ${variable}: the proxy must be running and able to reach ${platform}.`;
  return new PlatformUnreachableError(
    { platform, address, variable },
    `Could not reach ${platform} at ${address}${route} (${tried}; last: ${last}). ${fix}`,
    { cause: error },
  );
}
