/**
 * One HTTP endpoint an adapter contributes (a Telegram webhook, Slack's events URL). The
 * composition root serves every route, plus /healthz, from one server on PORT, so that
 * adapters stay free of server code and a new platform adds routes, not servers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface HttpRoute {
  method: 'GET' | 'POST';
  path: string;
  handle(request: IncomingMessage, response: ServerResponse): void | Promise<void>;
}
