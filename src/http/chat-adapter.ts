/**
 * The port every chat platform implements (adapters/telegram, adapters/slack, and a future
 * WeCom, Lark or Discord folder). The composition root starts and stops adapters and serves
 * their HTTP routes; it knows nothing else about them.
 */
import type { HttpRoute } from './http-route.js';

export interface ChatAdapter {
  /** "telegram", "slack": used in logs. */
  readonly name: string;
  /** Endpoints to serve on PORT (webhooks, Slack events); empty in polling or socket modes. */
  readonly routes: HttpRoute[];
  /** Connects to the platform (long polling, setWebhook, Socket Mode) and starts answering. */
  start(): Promise<void>;
  /** Stops taking new messages and waits for answers in flight to be sent. */
  stop(): Promise<void>;
}
