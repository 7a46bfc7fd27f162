/**
 * A stand-in OpenAI-compatible server on 127.0.0.1: chat completions answered by a function
 * the test supplies, embeddings made deterministically from the text, every request recorded.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
}

export interface ChatRequest {
  system: string;
  user: string;
}

/**
 * What the stand-in model does with a chat request: reply, fail with a status, answer late,
 * or hang until the server closes.
 */
export type ChatBehaviour = (
  request: ChatRequest,
) => { reply: string } | { status: number } | { delayMs: number; reply: string } | { hang: true };

export const EMBEDDING_DIMENSION = 32;

export interface StandInOpenAI {
  baseUrl: string;
  requests: RecordedRequest[];
  chat: ChatBehaviour;
  close(): Promise<void>;
}

export async function startStandInOpenAI(
  chat: ChatBehaviour = () => ({ reply: 'NO_ANSWER' }),
): Promise<StandInOpenAI> {
  const state: StandInOpenAI = { baseUrl: '', requests: [], chat, close: async () => {} };
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const json = body === '' ? {} : (JSON.parse(body) as Record<string, unknown>);
      state.requests.push({ path: request.url ?? '', headers: request.headers, body, json });
      void respond(state, request.url ?? '', json, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

async function respond(
  state: StandInOpenAI,
  path: string,
  json: Record<string, unknown>,
  response: http.ServerResponse,
): Promise<void> {
  if (path.endsWith('/embeddings')) return send(response, 200, embeddings(json));
  if (!path.endsWith('/chat/completions'))
    return send(response, 404, { error: { message: 'not found' } });
  const behaviour = state.chat(chatRequest(json));
  // Headers never come: the connection stays open until close() ends it.
  if ('hang' in behaviour) return;
  if ('status' in behaviour)
    return send(response, behaviour.status, {
      error: { message: 'stand-in failure', type: 'server_error' },
    });
  if ('delayMs' in behaviour)
    await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
  if (response.destroyed) return;
  send(response, 200, completion(String(json.model), behaviour.reply));
}

function chatRequest(json: Record<string, unknown>): ChatRequest {
  const messages = (json.messages ?? []) as { role: string; content: string }[];
  return {
    system: messages
      .filter((message) => message.role === 'system')
      .map((message) => message.content)
      .join('\n'),
    user: messages
      .filter((message) => message.role === 'user')
      .map((message) => message.content)
      .join('\n'),
  };
}

function completion(model: string, content: string) {
  return {
    id: 'chatcmpl-stand-in',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function embeddings(json: Record<string, unknown>) {
  const inputs = Array.isArray(json.input) ? (json.input as string[]) : [String(json.input)];
  return {
    object: 'list',
    model: json.model,
    data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: vectorOf(text) })),
    usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
  };
}

/** A deterministic unit vector per text. */
function vectorOf(text: string): number[] {
  const digest = createHash('sha256').update(text).digest();
  const vector = Array.from(
    { length: EMBEDDING_DIMENSION },
    (_, i) => (digest[i % digest.length] as number) / 255 - 0.5,
  );
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
