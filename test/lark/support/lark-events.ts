/**
 * Events as the Open Platform sends them (schema 2.0: a header with the event id, type and
 * verification token, and the event itself), and the encryption and signature Lark applies
 * when the app has an Encrypt Key.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { APP_ID, BOT_OPEN_ID } from './lark-stand-in.js';

export const VERIFICATION_TOKEN = 'stand-in-verification-token';
export const ENCRYPT_KEY = 'stand-in-encrypt-key-0123456789';
export const USER_OPEN_ID = 'ou_user0000000000000000000000555';
export const ADMIN_OPEN_ID = 'ou_admin000000000000000000000042';
export const PRIVATE_CHAT = 'oc_private00000000000000000000001';
export const GROUP_CHAT = 'oc_group000000000000000000000002';

let counter = 0;
const next = () => {
  counter += 1;
  return counter;
};

export interface MessageOptions {
  chat?: 'p2p' | 'group';
  /** Mention the bot (as @_user_1 before the text); in groups the default. */
  mentionBot?: boolean;
  sender?: string;
  senderType?: 'user' | 'app';
  /** The first message of the thread the message is written in. */
  rootId?: string;
  messageType?: string;
  /** The raw content, instead of a text message's {"text": …}. */
  content?: string;
  eventId?: string;
  token?: string;
}

export interface LarkEvent {
  schema: '2.0';
  header: Record<string, string>;
  event: Record<string, unknown>;
}

/** An `im.message.receive_v1` event, with unique event and message ids. */
export function messageEvent(text: string, options: MessageOptions = {}): LarkEvent {
  const chat = options.chat ?? 'p2p';
  const mention = options.mentionBot ?? chat === 'group';
  const mentions = mention
    ? [{ key: '@_user_1', id: { open_id: BOT_OPEN_ID }, name: 'Baoshan KB', tenant_key: 'tenant' }]
    : [];
  return envelope('im.message.receive_v1', options, {
    sender: {
      sender_id: { open_id: options.sender ?? USER_OPEN_ID },
      sender_type: options.senderType ?? 'user',
      tenant_key: 'tenant',
    },
    message: {
      message_id: `om_question_${next()}`,
      root_id: options.rootId,
      chat_id: chat === 'p2p' ? PRIVATE_CHAT : GROUP_CHAT,
      chat_type: chat,
      message_type: options.messageType ?? 'text',
      content: options.content ?? JSON.stringify({ text: mention ? `@_user_1 ${text}` : text }),
      create_time: String(Date.now()),
      mentions,
    },
  });
}

/** A `card.action.trigger` callback: a click on a card's button. */
export function cardActionEvent(
  value: unknown,
  options: { messageId: string; operator?: string; eventId?: string; token?: string },
): LarkEvent {
  return envelope('card.action.trigger', options, {
    operator: { open_id: options.operator ?? USER_OPEN_ID },
    token: 'c-card-callback-token',
    action: { value, tag: 'button' },
    context: { open_message_id: options.messageId, open_chat_id: PRIVATE_CHAT },
  });
}

function envelope(
  type: string,
  options: { eventId?: string; token?: string },
  event: Record<string, unknown>,
): LarkEvent {
  return {
    schema: '2.0',
    header: {
      event_id: options.eventId ?? `event-${next()}`,
      event_type: type,
      token: options.token ?? VERIFICATION_TOKEN,
      create_time: String(Date.now()),
      app_id: APP_ID,
      tenant_key: 'tenant',
    },
    event,
  };
}

/** The id of the message an event is about. */
export function messageIdOf(event: LarkEvent): string {
  return String((event.event.message as { message_id: string }).message_id);
}

/** Lark's encryption of a body: base64(iv + AES-256-CBC(sha256(key), body)). */
export function encrypted(body: object, key = ENCRYPT_KEY): { encrypt: string } {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', createHash('sha256').update(key).digest(), iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(body), 'utf8'), cipher.final()]);
  return { encrypt: Buffer.concat([iv, data]).toString('base64') };
}

/** The headers Lark signs a request with: sha256 of timestamp, nonce, key and raw body. */
export function signatureHeaders(raw: string, key = ENCRYPT_KEY): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(8).toString('hex');
  const signature = createHash('sha256')
    .update(timestamp + nonce + key + raw)
    .digest('hex');
  return {
    'x-lark-request-timestamp': timestamp,
    'x-lark-request-nonce': nonce,
    'x-lark-signature': signature,
  };
}
