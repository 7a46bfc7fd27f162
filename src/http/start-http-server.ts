/**
 * The one HTTP server on PORT (on HOST, or every interface): GET /healthz and the routes the
 * chat adapters contribute. Input is bounded before any route reads it or checks its
 * signature (see request-gate.ts), and a request must arrive whole within
 * REQUEST_TIMEOUT_MS. A handler that throws gets a 500 and a log line with the path, never a
 * stack trace in the response.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { errorMessage } from '../errors.js';
import type { HttpRoute } from './http-route.js';
import { REQUEST_LIMITS, type Refusal, RequestGate, type RequestLimits } from './request-gate.js';

/** How long a client may take to send a whole request (a body trickled byte by byte). */
export const REQUEST_TIMEOUT_MS = 30_000;
const HEADERS_TIMEOUT_MS = 10_000;

export interface HttpServer {
  readonly port: number;
  close(): Promise<void>;
}

export interface HttpServerOptions {
  port: number;
  host?: string;
  routes: readonly HttpRoute[];
  /** What /healthz reports besides its status. */
  health: () => Record<string, unknown>;
  /** False while the chat adapters start or stop: /healthz then answers 503. Default: ready. */
  isReady?: () => boolean;
  /**
   * Why the bot cannot answer although its adapters run (no snapshot serves), or `null` when
   * it can: /healthz then answers 503 with the reason. Default: it can.
   */
  unavailable?: () => string | null;
  /** Bounds on bodies and on requests taken in at once; REQUEST_LIMITS by default. */
  limits?: RequestLimits;
  logger: Logger;
}

/** Starts the server and resolves once it listens. */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const gate = new RequestGate(options.limits ?? REQUEST_LIMITS);
  const server = http.createServer(
    { requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS },
    (request, response) => void dispatch(options, gate, request, response),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  options.logger.info({ port, host: address }, 'HTTP server listening (GET /healthz)');
  return {
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function dispatch(
  options: HttpServerOptions,
  gate: RequestGate,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (request.method === 'GET' && path === '/healthz') {
    const reason = unavailableReason(options);
    sendJson(response, reason === null ? 200 : 503, {
      status: reason === null ? 'ok' : 'unavailable',
      ...(reason === null ? {} : { reason }),
      ...options.health(),
    });
    return;
  }
  const route = options.routes.find(
    (candidate) => candidate.path === path && candidate.method === request.method,
  );
  if (route === undefined) {
    sendJson(response, 404, { error: 'not found' });
    return;
  }
  const refusal = gate.admit(request, response);
  if (refusal !== null) {
    refuse(options, path, response, refusal);
    return;
  }
  try {
    await route.handle(request, response);
  } catch (error) {
    options.logger.error({ path, reason: errorMessage(error) }, 'HTTP route failed');
    if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
    else response.end();
  }
}

/** Why /healthz answers 503, or `null` while the bot serves. */
function unavailableReason(options: HttpServerOptions): string | null {
  if (!(options.isReady?.() ?? true)) return 'the chat adapters are starting or stopping';
  return options.unavailable?.() ?? null;
}

/** Answers without reading the body, and closes the connection rather than read it after. */
function refuse(
  options: HttpServerOptions,
  path: string,
  response: http.ServerResponse,
  refusal: Refusal,
): void {
  options.logger.warn({ path, status: refusal.status }, `Refused a request: ${refusal.error}`);
  sendJson(
    response,
    refusal.status,
    { error: refusal.error },
    { connection: 'close', ...refusal.headers },
  );
}

function sendJson(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}
