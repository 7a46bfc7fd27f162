/** The ConfigError that loading a set of variables throws, for tests of configuration. */
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';

export function configError(environment: Record<string, string>): ConfigError {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
