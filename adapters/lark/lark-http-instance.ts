/**
 * How the Lark SDK's Client and WSClient send their HTTP requests: through the SDK's own axios
 * instance (which unwraps responses as the SDK expects), with a bound on each request and the
 * bot's proxy. Left to itself the SDK waits on a request without limit, and axios picks a
 * proxy from the environment by its own rules; here the proxy is the one src/config.ts chose
 * by the rules every platform shares (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), or none.
 */
import type { Agent } from 'node:http';
import {
  defaultHttpInstance,
  type HttpInstance,
  type HttpRequestOptions,
} from '@larksuiteoapi/node-sdk';

/** One request waits at most this long; the Open Platform answers in well under a second. */
export const LARK_REQUEST_TIMEOUT_MS = 15_000;

/** An HttpInstance that reaches Lark through `agent` (a proxy tunnel), or directly without one. */
export function larkHttpInstance(agent: Agent | undefined): HttpInstance {
  const send = <T, R, D>(options: HttpRequestOptions<D>): Promise<R> => {
    const response = defaultHttpInstance.request<T, R, D>({
      ...options,
      timeout: options.timeout ?? LARK_REQUEST_TIMEOUT_MS,
      // `proxy: false` stops axios reading the environment itself; the agent is the proxy.
      proxy: false,
      httpAgent: agent,
      httpsAgent: agent,
    });
    // The SDK's instance resolves with the body (its interceptor unwraps the response).
    return response as Promise<unknown> as Promise<R>;
  };
  const request = <T, R, D>(options: HttpRequestOptions<D>): Promise<R> =>
    send<T, R, D>(options).catch((error: unknown) => {
      if (!isStaleConnection(error)) throw error;
      return send<T, R, D>(options);
    });
  const withoutBody =
    (method: string) =>
    <T, R, D>(url: string, options?: HttpRequestOptions<D>) =>
      request<T, R, D>({ ...options, url, method });
  const withBody =
    (method: string) =>
    <T, R, D>(url: string, data?: D, options?: HttpRequestOptions<D>) =>
      request<T, R, D>({ ...options, url, method, data });
  return {
    request,
    get: withoutBody('get'),
    delete: withoutBody('delete'),
    head: withoutBody('head'),
    options: withoutBody('options'),
    post: withBody('post'),
    put: withBody('put'),
    patch: withBody('patch'),
  };
}

/**
 * A kept-alive connection the server closed while the bot was busy (a long /gaps report holds
 * the event loop): the request went to a socket already closed and almost surely never reached
 * the server, so it is sent once more on a fresh connection. axios does not retry this itself.
 * In the rare case of a reset after the server took the request, a reply may arrive twice,
 * which is better than an apology in place of the answer.
 */
function isStaleConnection(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ECONNRESET' || code === 'EPIPE';
}
