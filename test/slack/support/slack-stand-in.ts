/**
 * A stand-in for Slack on 127.0.0.1: the Web API (POST /api/<method>, form- or JSON-encoded,
 * as @slack/web-api sends it), response URLs (POST /response/<name>, JSON, as bolt's
 * respond() sends it) and shared files (files.info and GET of a file's url_private, see
 * slack-files.ts). It records every call with its body and answers like Slack does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import { SlackFiles } from './slack-files.js';
import { BOT_TOKEN } from './slack-test-config.js';

export const BOT_USER_ID = 'U0KBBOT';
export const BOT_ID = 'B0KBBOT';
export const TEAM_ID = 'T0TEAM';

export interface RecordedCall {
  /** "chat.postMessage", or "response_url" for a POST to a response URL. */
  method: string;
  path: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** False when the stand-in answered `{ ok: false }` (see failNext). */
  ok: boolean;
}

export interface SlackStandIn {
  /** For SLACK_API_URL: ends with "/api/". */
  readonly apiUrl: string;
  responseUrl(name: string): string;
  readonly calls: RecordedCall[];
  callsTo(method: string, where?: (body: Record<string, unknown>) => boolean): RecordedCall[];
  /**
   * The first call (past or future) that matches; rejects after `withinMs` (15 s unless
   * given, longer for work that reloads the knowledge base) listing what came.
   */
  waitFor(
    method: string,
    where?: (body: Record<string, unknown>) => boolean,
    withinMs?: number,
  ): Promise<RecordedCall>;
  /** The first POST to the response URL named `name` (past or future). */
  waitForResponse(name: string, withinMs?: number): Promise<RecordedCall>;
  /** Files shared with the bot: add one, read how it was downloaded. */
  readonly files: SlackFiles;
  /** Makes the next call of `method` fail with Slack's `{ ok: false, error }`. */
  failNext(method: string, error: string): void;
  /**
   * Makes the next `count` calls of `method` (recorded, with ok false) end without an answer
   * ("drop": the connection is cut) or with HTTP 429 and a Retry-After of so many seconds.
   */
  interruptNext(method: string, count: number, how: Interruption): void;
  /** Where apps.connections.open sends the Socket Mode client. */
  socketUrl: string | undefined;
  close(): Promise<void>;
}

/** How interruptNext makes a call fail. */
export type Interruption = 'drop' | { retryAfterSeconds: number };

/** `botToken` is the token a file's download must carry. */
export async function startSlackStandIn(botToken = BOT_TOKEN): Promise<SlackStandIn> {
  const calls: RecordedCall[] = [];
  const waiters = new Set<() => void>();
  const failures = new Map<string, string[]>();
  const interruptions = new Map<string, Interruption[]>();
  let messageCount = 0;
  const standIn = {
    socketUrl: undefined as string | undefined,
  };
  // Made once the port is known; no request arrives before.
  let files: SlackFiles | undefined;

  const reply = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    const failure = failures.get(method)?.shift();
    if (failure !== undefined) return { ok: false, error: failure };
    messageCount += 1;
    const ts = `1800000000.${String(messageCount).padStart(6, '0')}`;
    if (method === 'auth.test')
      return {
        ok: true,
        user_id: BOT_USER_ID,
        bot_id: BOT_ID,
        team_id: TEAM_ID,
        user: 'kb',
        team: 'Test',
      };
    if (method === 'chat.postMessage')
      return { ok: true, channel: body.channel, ts, message: { text: body.text, ts } };
    if (method === 'chat.postEphemeral') return { ok: true, message_ts: ts };
    if (method === 'apps.connections.open') return { ok: true, url: standIn.socketUrl };
    if (method === 'files.info') return files?.info(body) ?? { ok: false, error: 'not_ready' };
    return { ok: true };
  };

  const server = http.createServer((request, response) => {
    if (files?.isDownload(request)) return files.serve(request, response);
    void readBody(request).then((raw) => {
      const path = request.url ?? '/';
      const isApi = path.startsWith('/api/');
      const method = isApi ? path.slice('/api/'.length) : 'response_url';
      const body = parseBody(raw, request.headers['content-type']);
      const interruption = interruptions.get(method)?.shift();
      if (interruption !== undefined) {
        const call = {
          method,
          path,
          body,
          authorization: request.headers.authorization,
          ok: false,
        };
        calls.push(call);
        for (const wake of waiters) wake();
        if (interruption === 'drop') return request.socket.destroy();
        response.writeHead(429, { 'retry-after': String(interruption.retryAfterSeconds) });
        return response.end();
      }
      const answer = isApi ? reply(method, body) : { ok: true };
      calls.push({
        method,
        path,
        body,
        authorization: request.headers.authorization,
        ok: answer.ok === true,
      });
      for (const wake of waiters) wake();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  files = new SlackFiles(base, botToken, TEAM_ID);

  /** Resolves with what `find` returns once it returns a call; rejects after `withinMs`. */
  const firstCall = (what: string, find: () => RecordedCall | undefined, withinMs = 15_000) =>
    new Promise<RecordedCall>((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        const seen = calls.map((call) => call.method).join(', ');
        reject(new Error(`No matching ${what}; calls seen: ${seen}`));
      }, withinMs);
      waiters.add(check);
      check();
    });

  const callsTo = (
    method: string,
    where: (body: Record<string, unknown>) => boolean = () => true,
  ) => calls.filter((call) => call.method === method && where(call.body));

  return Object.assign(standIn, {
    apiUrl: `${base}/api/`,
    responseUrl: (name: string) => `${base}/response/${name}`,
    calls,
    callsTo,
    files,
    waitFor: (
      method: string,
      where?: (body: Record<string, unknown>) => boolean,
      withinMs?: number,
    ) => firstCall(`${method} call`, () => callsTo(method, where)[0], withinMs),
    waitForResponse: (name: string, withinMs?: number) =>
      firstCall(
        `POST to response URL ${name}`,
        () => calls.find((call) => call.path === `/response/${name}`),
        withinMs,
      ),
    failNext: (method: string, error: string) =>
      failures.set(method, [...(failures.get(method) ?? []), error]),
    interruptNext: (method: string, count: number, how: Interruption) =>
      interruptions.set(method, [
        ...(interruptions.get(method) ?? []),
        ...Array.from({ length: count }, () => how),
      ]),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Web API form fields hold nested values (blocks) as JSON strings; they are parsed back. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.startsWith('application/json'))
    return JSON.parse(raw) as Record<string, unknown>;
  const fields = parseQuery(raw);
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, parseField(value)]));
}

function parseField(value: string | string[] | undefined): unknown {
  if (typeof value !== 'string' || !/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
