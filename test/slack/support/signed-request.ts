/**
 * Requests to the bot's Slack endpoint, signed the way Slack signs them: HMAC-SHA256 of
 * `v0:<timestamp>:<body>` with the signing secret, in x-slack-signature and
 * x-slack-request-timestamp.
 */
import { createHmac } from 'node:crypto';

export interface SlackRequestOptions {
  signingSecret: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Replaces the computed signature (a forgery). */
  signature?: string;
  headers?: Record<string, string>;
}

export function slackSignature(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function postToSlackEndpoint(
  url: string,
  body: string,
  contentType: string,
  options: SlackRequestOptions,
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature':
        options.signature ?? slackSignature(options.signingSecret, timestamp, body),
      ...options.headers,
    },
    body,
  });
}

/** An Events API body (JSON). */
export function postEvent(
  url: string,
  envelope: object,
  options: SlackRequestOptions,
): Promise<Response> {
  return postToSlackEndpoint(url, JSON.stringify(envelope), 'application/json', options);
}

/** A slash command (form fields). */
export function postCommand(
  url: string,
  fields: Record<string, string>,
  options: SlackRequestOptions,
): Promise<Response> {
  return postToSlackEndpoint(
    url,
    new URLSearchParams(fields).toString(),
    'application/x-www-form-urlencoded',
    options,
  );
}

/** An interactivity payload (form-encoded `payload=<json>`). */
export function postInteraction(
  url: string,
  payload: object,
  options: SlackRequestOptions,
): Promise<Response> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return postToSlackEndpoint(url, body, 'application/x-www-form-urlencoded', options);
}
