/**
 * Opens a request Lark posts to /lark/events in HTTP mode and decides whether to trust it.
 * With LARK_ENCRYPT_KEY the body is decrypted (AES-256-CBC, the SDK's cipher) and its
 * X-Lark-Signature checked (sha256 of timestamp, nonce, key and the raw body); the
 * verification token inside must equal LARK_VERIFICATION_TOKEN. The URL verification
 * challenge, which Lark sends unsigned when the request URL is saved, is answered after the
 * token check.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { AESCipher } from '@larksuiteoapi/node-sdk';

export interface EventSecrets {
  verificationToken: string | undefined;
  encryptKey: string | undefined;
}

export type OpenedRequest =
  | { kind: 'challenge'; challenge: string }
  | { kind: 'event'; body: Record<string, unknown> }
  | { kind: 'refused'; status: 400 | 401; reason: string };

type Body = Record<string, unknown>;

export function openEventRequest(
  raw: string,
  headers: IncomingHttpHeaders,
  secrets: EventSecrets,
): OpenedRequest {
  const envelope = parseObject(raw);
  if (envelope === null) return refused(400, 'the body is not a JSON object');
  const body = decrypted(envelope, secrets.encryptKey);
  if (typeof body === 'string') return refused(400, body);
  if (!hasToken(body, secrets.verificationToken))
    return refused(401, 'the verification token does not match LARK_VERIFICATION_TOKEN');
  if (body.type === 'url_verification')
    return { kind: 'challenge', challenge: String(body.challenge ?? '') };
  if (secrets.encryptKey !== undefined && !isSigned(raw, headers, secrets.encryptKey))
    return refused(401, 'the X-Lark-Signature does not match LARK_ENCRYPT_KEY');
  return { kind: 'event', body };
}

/** The plain body, or why it cannot be read. */
function decrypted(envelope: Body, encryptKey: string | undefined): Body | string {
  if (typeof envelope.encrypt !== 'string') return envelope;
  if (encryptKey === undefined)
    return 'the event is encrypted: set LARK_ENCRYPT_KEY to the Encrypt Key of the developer console';
  try {
    return (
      parseObject(new AESCipher(encryptKey).decrypt(envelope.encrypt)) ??
      'the decrypted event is not JSON'
    );
  } catch {
    return 'the event cannot be decrypted: check LARK_ENCRYPT_KEY';
  }
}

/** Version 2 events carry the token in their header; challenges and version 1 at the top. */
function hasToken(body: Body, verificationToken: string | undefined): boolean {
  if (verificationToken === undefined) return true;
  const header = body.header as { token?: unknown } | undefined;
  const token = header?.token ?? body.token;
  return typeof token === 'string' && sameText(token, verificationToken);
}

function isSigned(raw: string, headers: IncomingHttpHeaders, encryptKey: string): boolean {
  const [timestamp, nonce, signature] = [
    headers['x-lark-request-timestamp'],
    headers['x-lark-request-nonce'],
    headers['x-lark-signature'],
  ];
  if (typeof timestamp !== 'string' || typeof nonce !== 'string' || typeof signature !== 'string')
    return false;
  const expected = createHash('sha256')
    .update(timestamp + nonce + encryptKey + raw)
    .digest('hex');
  return sameText(signature, expected);
}

/** Compares in constant time, so that a guess learns nothing from how long it took. */
function sameText(given: string, expected: string): boolean {
  const [left, right] = [Buffer.from(given), Buffer.from(expected)];
  return left.length === right.length && timingSafeEqual(left, right);
}

function parseObject(text: string): Body | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Body)
      : null;
  } catch {
    return null;
  }
}

function refused(status: 400 | 401, reason: string): OpenedRequest {
  return { kind: 'refused', status, reason };
}
