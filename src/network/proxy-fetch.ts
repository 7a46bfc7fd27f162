/**
 * A fetch that goes through the proxy chosen for an address (see proxy-url-for.ts), for the
 * clients built on fetch: Slack's Web API and Socket Mode clients, bolt's response URLs and
 * the OpenAI client. It is undici's fetch with undici's ProxyAgent, from the same package,
 * so that the dispatcher and the fetch that uses it always agree (Node 20's built-in fetch
 * bundles an older undici).
 */
import { type Dispatcher, ProxyAgent, fetch as undiciFetch } from 'undici';
import type { ProxyConfig } from '../config.js';
import { proxyUrlFor } from './proxy-url-for.js';

/** One pool of connections per proxy, shared by every client that uses it. */
const agents = new Map<string, ProxyAgent>();

/** The undici dispatcher that reaches `target` through its proxy; undefined to connect directly. */
export function proxyDispatcherFor(target: string, proxy: ProxyConfig): Dispatcher | undefined {
  return dispatcherFor(proxyUrlFor(target, proxy));
}

/** A fetch that reaches `target` through its proxy; undefined when no proxy applies. */
export function proxyFetchFor(target: string, proxy: ProxyConfig): typeof fetch | undefined {
  return fetchThrough(proxyUrlFor(target, proxy));
}

/** A fetch through the proxy at `proxyUrl`; undefined (the default fetch) for none. */
export function fetchThrough(proxyUrl: string | undefined): typeof fetch | undefined {
  const dispatcher = dispatcherFor(proxyUrl);
  if (dispatcher === undefined) return undefined;
  const proxied = (
    input: Parameters<typeof undiciFetch>[0],
    init?: Parameters<typeof undiciFetch>[1],
  ) => undiciFetch(input, { ...init, dispatcher });
  // undici's Request and Response are the ones the global fetch types describe.
  return proxied as unknown as typeof fetch;
}

function dispatcherFor(proxyUrl: string | undefined): Dispatcher | undefined {
  if (proxyUrl === undefined) return undefined;
  const agent = agents.get(proxyUrl) ?? new ProxyAgent(proxyUrl);
  agents.set(proxyUrl, agent);
  return agent;
}
