/**
 * A stand-in for the Feishu/Lark Open Platform on 127.0.0.1, for LARK_DOMAIN: the tenant
 * token endpoint, the bot profile, message replies and card updates, as the official SDK
 * calls them, plus the long connection's endpoint and WebSocket (see long-connection-end.ts).
 * It records every call with its body and answers like the Open Platform does, refusing any
 * call without the token it issued.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type LongConnectionEnd, longConnectionEnd } from './long-connection-end.js';

export const APP_ID = 'cli_0123456789abcdef';
export const APP_SECRET = 'stand-in-app-secret-0123456789';
export const TENANT_TOKEN = 't-stand-in-tenant-token-0123456789';
export const BOT_OPEN_ID = 'ou_kbbot0000000000000000000000000';

/** What the bot called: "token", "bot.info", "message.reply", "message.patch", "ws.endpoint". */
export interface RecordedCall {
  operation: string;
  /** The message replied to or updated. */
  messageId: string | undefined;
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** What the stand-in answered. */
  answer: Record<string, unknown>;
}

/** The id of the message a successful reply created. */
export function sentMessageId(call: RecordedCall | undefined): string {
  return String((call?.answer.data as { message_id?: string } | undefined)?.message_id);
}

export interface LarkStandIn {
  /** For LARK_DOMAIN. */
  readonly domain: string;
  readonly calls: RecordedCall[];
  callsTo(operation: string): RecordedCall[];
  /** The first call (past or future) that matches; rejects after 15 s listing what came. */
  waitFor(operation: string, where?: (call: RecordedCall) => boolean): Promise<RecordedCall>;
  /** Makes the next call of `operation` fail with the Open Platform's code and message. */
  failNext(operation: string, code: number, msg: string): void;
  /** The long connection's far end: events in, acknowledgements out. */
  readonly longConnection: LongConnectionEnd;
  close(): Promise<void>;
}

interface Route {
  operation: string;
  method: string;
  pattern: RegExp;
}

const ROUTES: Route[] = [
  {
    operation: 'token',
    method: 'POST',
    pattern: /^\/open-apis\/auth\/v3\/tenant_access_token\/internal$/,
  },
  { operation: 'bot.info', method: 'GET', pattern: /^\/open-apis\/bot\/v3\/info$/ },
  {
    operation: 'message.reply',
    method: 'POST',
    pattern: /^\/open-apis\/im\/v1\/messages\/([^/]+)\/reply$/,
  },
  {
    operation: 'message.patch',
    method: 'PATCH',
    pattern: /^\/open-apis\/im\/v1\/messages\/([^/]+)$/,
  },
  { operation: 'ws.endpoint', method: 'POST', pattern: /^\/callback\/ws\/endpoint$/ },
];

export async function startLarkStandIn(): Promise<LarkStandIn> {
  const calls: RecordedCall[] = [];
  const waiters = new Set<() => void>();
  const failures = new Map<string, { code: number; msg: string }[]>();
  let replies = 0;
  const server = http.createServer((request, response) => {
    void readBody(request).then((raw) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const route = ROUTES.find(
        (candidate) => candidate.method === request.method && candidate.pattern.test(path),
      );
      if (route === undefined)
        return send(response, 404, { code: 404, msg: `no ${request.method} ${path}` });
      const call: RecordedCall = {
        operation: route.operation,
        messageId: route.pattern.exec(path)?.[1],
        body: raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>),
        authorization: request.headers.authorization,
        answer: {},
      };
      const failure = failures.get(route.operation)?.shift();
      const [status, body]: [number, Record<string, unknown>] =
        failure !== undefined
          ? [400, failure]
          : call.operation === 'ws.endpoint'
            ? longConnection.endpoint(call.body)
            : answer(call, () => (replies += 1));
      call.answer = body;
      calls.push(call);
      for (const wake of waiters) wake();
      send(response, status, body);
    });
  });
  const longConnection = longConnectionEnd(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const domain = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  longConnection.listenAt(`${domain.replace('http', 'ws')}/ws`);

  const callsTo = (operation: string) => calls.filter((call) => call.operation === operation);
  return {
    domain,
    calls,
    callsTo,
    waitFor: (operation, where = () => true) =>
      waitUntil(
        waiters,
        () => callsTo(operation).find(where),
        () => `No ${operation} call came; calls: ${calls.map((call) => call.operation).join(', ')}`,
      ),
    failNext: (operation, code, msg) => {
      failures.set(operation, [...(failures.get(operation) ?? []), { code, msg }]);
    },
    longConnection,
    close: async () => {
      await longConnection.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The Open Platform's answer to a call: its HTTP status and JSON body. */
function answer(call: RecordedCall, nextReply: () => number): [number, Record<string, unknown>] {
  if (call.operation === 'token') return tokenAnswer(call.body);
  if (call.authorization !== `Bearer ${TENANT_TOKEN}`)
    return [400, { code: 99991663, msg: 'Invalid access token for authorization.' }];
  if (call.operation === 'bot.info')
    return [200, { code: 0, msg: 'ok', bot: { open_id: BOT_OPEN_ID, app_name: 'Baoshan KB' } }];
  if (call.operation === 'message.reply')
    return [200, { code: 0, msg: 'success', data: { message_id: `om_reply_${nextReply()}` } }];
  return [200, { code: 0, msg: 'success', data: {} }];
}

function tokenAnswer(body: Record<string, unknown>): [number, Record<string, unknown>] {
  if (body.app_id !== APP_ID || body.app_secret !== APP_SECRET)
    return [200, { code: 10014, msg: 'app secret invalid' }];
  return [200, { code: 0, msg: 'ok', tenant_access_token: TENANT_TOKEN, expire: 7200 }];
}

/** Resolves with the first value `find` returns, checking again whenever a call comes. */
export function waitUntil<T>(
  waiters: Set<() => void>,
  find: () => T | undefined,
  describe: () => string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = find();
      if (found === undefined) return;
      waiters.delete(check);
      clearTimeout(timer);
      resolve(found);
    };
    const timer = setTimeout(() => {
      waiters.delete(check);
      reject(new Error(describe()));
    }, 15_000);
    waiters.add(check);
    check();
  });
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
