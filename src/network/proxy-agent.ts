/**
 * An http.Agent that reaches an address through its proxy (see proxy-url-for.ts), for clients
 * built on Node's http module rather than fetch: grammY's node-fetch. The agent tunnels with
 * CONNECT (https-proxy-agent), for https:// and http:// addresses alike, as undici's
 * ProxyAgent does for the other clients.
 */
import { HttpsProxyAgent } from 'https-proxy-agent';
import type { ProxyConfig } from '../config.js';
import { proxyUrlFor } from './proxy-url-for.js';

/** The agent that reaches `target` through its proxy; undefined to connect directly. */
export function proxyAgentFor(
  target: string,
  proxy: ProxyConfig,
): HttpsProxyAgent<string> | undefined {
  const proxyUrl = proxyUrlFor(target, proxy);
  return proxyUrl === undefined ? undefined : new HttpsProxyAgent(proxyUrl, { keepAlive: true });
}
