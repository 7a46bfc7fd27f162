import type { NetworkConfig } from '../../src/adapter-kit.js';

/**
 * What is left of CONNECT_TIMEOUT_SECONDS since `startedAt`, in whole seconds and at least
 * one: start-up has one bound however many steps it takes (the bot profile, then the long
 * connection), and the logs and errors that quote it stay readable.
 */
export function remainingBound(network: NetworkConfig, startedAt: number): NetworkConfig {
  const leftMs = network.connectTimeoutMs - (Date.now() - startedAt);
  return { ...network, connectTimeoutMs: Math.max(1, Math.ceil(leftMs / 1000)) * 1000 };
}
