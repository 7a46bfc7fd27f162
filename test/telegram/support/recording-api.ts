/**
 * Records every Bot API call a bot makes and answers it in-process, the way Telegram would,
 * so that `bot.handleUpdate` can be driven without a network.
 */
import type { Bot } from 'grammy';
import type { Message } from 'grammy/types';
import { BOT_USER } from './telegram-updates.js';

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export interface RecordingApi {
  calls: ApiCall[];
  /** Calls of one method, in order. */
  callsOf(method: string): ApiCall[];
  /** The messages the bot sent, as Telegram returned them. */
  sent: Message.TextMessage[];
  /** The texts the bot sent, in order. */
  sentTexts(): string[];
  /** Makes every later call of `method` fail as Telegram would with this description. */
  failMethod(method: string, description: string): void;
}

export function recordApiCalls(bot: Bot): RecordingApi {
  const calls: ApiCall[] = [];
  const failing = new Map<string, string>();
  const sent: Message.TextMessage[] = [];
  let nextMessageId = 50_000;
  bot.api.config.use(async (_previous, method, payload, signal) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    const description = failing.get(method);
    if (description !== undefined) return { ok: false, error_code: 400, description } as never;
    if (method === 'getUpdates') return { ok: true, result: await noUpdates(signal) } as never;
    if (method !== 'sendMessage') return { ok: true, result: true } as never;
    const message = sentMessage(nextMessageId++, payload as Record<string, unknown>);
    sent.push(message);
    return { ok: true, result: message } as never;
  });
  return {
    calls,
    sent,
    callsOf: (method) => calls.filter((call) => call.method === method),
    sentTexts: () =>
      calls
        .filter((call) => call.method === 'sendMessage')
        .map((call) => String(call.payload.text)),
    failMethod: (method, description) => failing.set(method, description),
  };
}

function sentMessage(messageId: number, payload: Record<string, unknown>): Message.TextMessage {
  const chatId = Number(payload.chat_id);
  const chat =
    chatId < 0
      ? { id: chatId, type: 'supergroup' as const, title: 'group' }
      : { id: chatId, type: 'private' as const, first_name: 'user' };
  return {
    message_id: messageId,
    date: Math.floor(Date.now() / 1000),
    chat,
    from: BOT_USER,
    text: String(payload.text),
  };
}

/** An empty long poll: a short wait (cut short when the runner stops), then no updates. */
function noUpdates(
  signal: { addEventListener(type: 'abort', listener: () => void): void } | undefined,
): Promise<[]> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve([]), 50);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve([]);
    });
  });
}
