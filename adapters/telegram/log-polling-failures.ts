/**
 * An API transformer that logs failed getUpdates calls with their message only. The runner
 * retries them itself; its own printing is turned off because it prints the whole error,
 * whose cause can hold the request URL and so the token.
 */
import type { Transformer } from 'grammy';
import type { Logger } from '../../src/adapter-kit.js';
import { errorMessage } from '../../src/adapter-kit.js';

export function logPollingFailures(logger: Logger): Transformer {
  return async (previous, method, payload, signal) => {
    try {
      return await previous(method, payload, signal);
    } catch (error) {
      if (method === 'getUpdates' && signal?.aborted !== true) {
        logger.warn({ reason: errorMessage(error) }, 'Telegram getUpdates failed; retrying');
      }
      throw error;
    }
  };
}
