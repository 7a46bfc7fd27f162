/**
 * A message in the bot's direct-message channel is a question, mention or not, answered in
 * the same DM; the DM (or the DM thread) keeps the conversation for follow-ups.
 */
import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { conversationKeyOf } from './conversation-keys.js';
import { handleQuestion } from './handle-question.js';
import type { SlackServices } from './slack-services.js';
import { userMessageOf } from './user-message.js';

export function directMessageListener(
  services: SlackServices,
): Middleware<SlackEventMiddlewareArgs<'message'>> {
  return async ({ event, body, client }) => {
    const message = userMessageOf(event);
    if (message?.channelType !== 'im') return;
    const conversationKey = conversationKeyOf(message.channel, message.threadTs);
    await handleQuestion(services, client, {
      message,
      replyThreadTs: message.threadTs,
      conversationKey,
      eventId: body.event_id,
    });
  };
}
