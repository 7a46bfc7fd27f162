/**
 * Which proxy, if any, a client uses to reach a URL: HTTPS_PROXY for https:// addresses (or
 * HTTP_PROXY when only that is set, as undici and most tools do), HTTP_PROXY for http://
 * ones, none when NO_PROXY names the host. In mainland China, Telegram, Slack and OpenAI are
 * usually reached through such a proxy.
 *
 * Written here rather than taken from proxy-from-env or undici's EnvHttpProxyAgent because
 * both read process.env themselves, and only src/config.ts reads the environment; the rule is
 * the one they (and curl) follow, in a few lines.
 */
import type { ProxyConfig } from '../config.js';

/** The proxy URL to reach `target` through, or undefined to connect directly. */
export function proxyUrlFor(target: string, proxy: ProxyConfig): string | undefined {
  const url = new URL(target);
  const chosen =
    url.protocol === 'https:' ? (proxy.httpsProxy ?? proxy.httpProxy) : proxy.httpProxy;
  if (chosen === undefined || bypassesProxy(url, proxy.noProxy)) return undefined;
  return chosen;
}

/** The variable that names the proxy used for `target`, for messages. */
export function proxyVariableFor(target: string, proxy: ProxyConfig): string {
  const isHttps = new URL(target).protocol === 'https:';
  return isHttps && proxy.httpsProxy !== undefined ? 'HTTPS_PROXY' : 'HTTP_PROXY';
}

/** A proxy URL without its user name and password, for messages. */
export function withoutCredentials(proxyUrl: string): string {
  const url = new URL(proxyUrl);
  url.username = '';
  url.password = '';
  return url.href;
}

/**
 * NO_PROXY: "*", or entries separated by commas or spaces, each a host name, a domain (which
 * covers its subdomains; a leading "." or "*." is allowed) or an IP address, with an optional
 * ":port". CIDR ranges are not understood (curl's rule).
 */
function bypassesProxy(url: URL, noProxy: string | undefined): boolean {
  const entries = (noProxy ?? '').toLowerCase().split(/[\s,]+/);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return entries.some((entry) => entry !== '' && matchesEntry(entry, url.hostname, port));
}

function matchesEntry(entry: string, host: string, port: string): boolean {
  if (entry === '*') return true;
  const parts = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry);
  // A bare IPv6 address ("::1") has colons but no port; URL.hostname brackets it.
  const name = parts?.[1] ?? `[${entry}]`;
  if (parts?.[2] !== undefined && parts[2] !== port) return false;
  const domain = name.replace(/^\*?\./, '');
  return host === domain || host.endsWith(`.${domain}`);
}
