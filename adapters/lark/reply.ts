/**
 * Replies to a received message: in a private chat as a quoted reply, in a group in the
 * message's thread (which the reply starts when the message is in none).
 */
import { formatNotice } from './format-answer.js';
import type { LarkCard } from './lark-card.js';
import type { LarkServices } from './lark-services.js';
import type { ReceivedMessage } from './received-message.js';

/** Sends a card in reply; resolves with the id of the message sent. */
export function replyCard(
  services: Pick<LarkServices, 'api'>,
  message: ReceivedMessage,
  content: LarkCard,
): Promise<string> {
  return services.api.replyCard(message.messageId, content, !message.isPrivate);
}

/** Sends the bot's own sentence, or a report, as plain text in reply. */
export async function replyNotice(
  services: Pick<LarkServices, 'api'>,
  message: ReceivedMessage,
  text: string,
): Promise<void> {
  await replyCard(services, message, formatNotice(text));
}
