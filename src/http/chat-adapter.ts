/**
 * The port every chat platform implements: each folder under adapters/ that the table in
 * adapters/index.ts lists creates one. The composition root starts and stops adapters,
 * serves their HTTP routes and sends the weekly digest through them; it knows nothing else
 * about them.
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
  /** Where this platform's admins get the weekly digest (ADMIN_DIGEST_…); unset for none. */
  readonly digestChatId?: string | undefined;
  /**
   * Posts a report (plain text, shown the way the platform shows reports) to a chat or
   * channel by its id, unasked; a platform that cannot lacks it.
   */
  sendToChat?(chatId: string, text: string): Promise<void>;
}
