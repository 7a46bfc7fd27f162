/**
 * A stand-in Telegram Bot API server on 127.0.0.1, for running the real bot (grammY and the
 * runner) against it through TELEGRAM_API_ROOT. It serves queued updates to getUpdates
 * (honouring `offset`, answering [] after a short wait), answers the methods the bot calls,
 * serves the files added with `addFile` through getFile and `/file/bot<token>/<path>` (a
 * download is recorded as a `downloadFile` call), and records every call with its JSON body.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Message, Update } from 'grammy/types';
import { BOT_INFO, BOT_USER } from './telegram-updates.js';

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  /** What the server answered, when it succeeded. */
  result?: unknown;
}

interface ApiReply {
  status: number;
  body: unknown;
}

const EMPTY_POLL_WAIT_MS = 100;

export class FakeBotApiServer {
  readonly calls: RecordedCall[] = [];
  private readonly server = http.createServer(
    (request, response) => void this.dispatch(request, response),
  );
  private readonly updates: Update[] = [];
  private readonly failures = new Map<string, ApiReply[]>();
  private readonly pollers = new Set<() => void>();
  private readonly files = new Map<
    string,
    { path: string; bytes: Uint8Array; declareSize: boolean }
  >();
  private nextMessageId = 70_000;

  constructor(readonly token: string) {}

  /** Starts listening; resolves with the apiRoot to give the bot. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const wake of this.pollers) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues an update for the bot's next getUpdates. */
  queueUpdate(update: Update): void {
    this.updates.push(update);
    for (const wake of this.pollers) wake();
  }

  /** Makes the next calls of `method` fail with these replies, one per call. */
  failNext(method: string, ...replies: ApiReply[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...replies]);
  }

  /**
   * Makes a file downloadable, as Telegram holds the files users send; returns what a
   * message's `document` carries of it. With `declareSize: false`, neither the document nor
   * getFile gives its size, as Telegram sometimes does not.
   */
  addFile(
    bytes: Uint8Array,
    { declareSize = true }: { declareSize?: boolean } = {},
  ): { file_id: string; file_unique_id: string; file_size?: number } {
    const id = `file-${this.files.size + 1}`;
    this.files.set(id, { path: `documents/${id}`, bytes, declareSize });
    const size = declareSize ? { file_size: bytes.byteLength } : {};
    return { file_id: id, file_unique_id: `unique-${id}`, ...size };
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Waits until `count` recorded calls match; fails the test after `timeoutMs`. */
  async waitForCalls(
    method: string,
    matches: (body: Record<string, unknown>) => boolean,
    count = 1,
    timeoutMs = 15_000,
  ): Promise<RecordedCall[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.filter((call) => call.method === method && matches(call.body));
      if (found.length >= count) return found;
      if (Date.now() > deadline)
        throw new Error(
          `Expected ${count} matching ${method} calls within ${timeoutMs} ms; calls so far: ${this.calls.map((call) => call.method).join(', ')}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits for the first call of `method` that matches. */
  async waitForCall(
    method: string,
    matches: (body: Record<string, unknown>) => boolean = () => true,
  ): Promise<RecordedCall> {
    const [call] = await this.waitForCalls(method, matches);
    return call as RecordedCall;
  }

  /** Waits for the bot's `count` replies to a message (longer for one that follows a reload). */
  repliesTo(messageId: number, count = 1, timeoutMs?: number): Promise<RecordedCall[]> {
    const isReply = (body: Record<string, unknown>) => replyTarget(body) === messageId;
    return this.waitForCalls('sendMessage', isReply, count, timeoutMs);
  }

  /** Waits for the bot's (first) reply to a message. */
  async replyTo(messageId: number): Promise<RecordedCall> {
    const [reply] = await this.repliesTo(messageId);
    return reply as RecordedCall;
  }

  private async dispatch(
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<void> {
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(request.url ?? '');
    if (download !== null) return this.serveFile(download[1] ?? '', download[2] ?? '', response);
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(request.url ?? '');
    const body = await readJson(request);
    if (match === null || match[1] !== this.token)
      return send(response, {
        status: 401,
        body: { ok: false, error_code: 401, description: 'Unauthorized' },
      });
    const call: RecordedCall = { method: match[2] ?? '', body };
    this.calls.push(call);
    const failure = this.failures.get(call.method)?.shift();
    if (failure !== undefined) return send(response, failure);
    if (call.method === 'getFile' && !this.files.has(String(body.file_id)))
      return send(response, {
        status: 400,
        body: { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' },
      });
    call.result = await this.resultOf(call.method, body, response);
    send(response, { status: 200, body: { ok: true, result: call.result } });
  }

  private async resultOf(
    method: string,
    body: Record<string, unknown>,
    response: http.ServerResponse,
  ): Promise<unknown> {
    if (method === 'getMe') return BOT_INFO;
    if (method === 'getUpdates') return this.poll(Number(body.offset ?? 0), response);
    if (method === 'sendMessage' || method === 'editMessageText') return this.sentMessage(body);
    if (method === 'getFile') return this.fileOf(String(body.file_id));
    if (method === 'getWebhookInfo')
      return { url: '', has_custom_certificate: false, pending_update_count: 0 };
    return true;
  }

  private fileOf(fileId: string) {
    const file = this.files.get(fileId);
    return {
      file_id: fileId,
      file_unique_id: `unique-${fileId}`,
      ...(file?.declareSize === false ? {} : { file_size: file?.bytes.byteLength }),
      file_path: file?.path,
    };
  }

  /** A file's bytes, as Telegram's file server sends them to the bot that has the token. */
  private serveFile(token: string, path: string, response: http.ServerResponse): void {
    this.calls.push({ method: 'downloadFile', body: { path } });
    const file = [...this.files.values()].find((candidate) => candidate.path === path);
    if (token !== this.token || file === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream' });
    response.end(file.bytes);
  }

  /** Updates from `offset` on; confirmed ones are forgotten, as Telegram does. */
  private async poll(offset: number, response: http.ServerResponse): Promise<Update[]> {
    const pending = () => this.updates.filter((update) => update.update_id >= offset);
    this.updates.splice(0, this.updates.length, ...pending());
    if (this.updates.length === 0) await this.waitForUpdates(response);
    return pending();
  }

  private waitForUpdates(response: http.ServerResponse): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.pollers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, EMPTY_POLL_WAIT_MS);
      this.pollers.add(wake);
      // The bot aborts a poll when it stops.
      response.once('close', wake);
    });
  }

  private sentMessage(body: Record<string, unknown>): Message.TextMessage {
    const chatId = Number(body.chat_id);
    const chat =
      chatId < 0
        ? { id: chatId, type: 'supergroup' as const, title: 'group' }
        : { id: chatId, type: 'private' as const, first_name: 'user' };
    return {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: BOT_USER,
      text: String(body.text),
    };
  }
}

/** The message id a sendMessage call replies to. */
export function replyTarget(body: Record<string, unknown>): number | undefined {
  const parameters = body.reply_parameters as { message_id?: number } | undefined;
  return parameters?.message_id;
}

async function readJson(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

function send(response: http.ServerResponse, reply: ApiReply): void {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(reply.status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(reply.body));
}
