/**
 * The one HTTP server on PORT: GET /healthz and the routes the chat adapters contribute.
 * A handler that throws gets a 500 and a log line with the path, never a stack trace in the
 * response.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { errorMessage } from '../errors.js';
import type { HttpRoute } from './http-route.js';

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
  logger: Logger;
}

/** Starts the server and resolves once it listens. */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const server = http.createServer((request, response) => {
    void dispatch(options, request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  options.logger.info({ port }, 'HTTP server listening (GET /healthz)');
  return {
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function dispatch(
  options: HttpServerOptions,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (request.method === 'GET' && path === '/healthz') {
    const ready = options.isReady?.() ?? true;
    sendJson(response, ready ? 200 : 503, {
      status: ready ? 'ok' : 'unavailable',
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
  try {
    await route.handle(request, response);
  } catch (error) {
    options.logger.error({ path, reason: errorMessage(error) }, 'HTTP route failed');
    if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
    else response.end();
  }
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
