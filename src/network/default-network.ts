import type { NetworkConfig } from '../config.js';

/**
 * The network settings when none are given (tests that create an adapter directly): no
 * proxy, and CONNECT_TIMEOUT_SECONDS's default of 60 s.
 */
export const DEFAULT_NETWORK: NetworkConfig = {
  proxy: { httpsProxy: undefined, httpProxy: undefined, noProxy: undefined },
  connectTimeoutMs: 60_000,
};
