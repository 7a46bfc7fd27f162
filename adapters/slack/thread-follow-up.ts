/**
 * A reply in a channel thread where the bot has answered is a follow-up: no new mention is
 * needed, and the thread's earlier turns go to the engine ("and how much did they invest?").
 * Threads the bot has not answered in are left to the people in them.
 */
import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { conversationKeyOf } from './conversation-keys.js';
import { handleQuestion } from './handle-question.js';
import type { SlackServices } from './slack-services.js';
import { mentionsBot, userMessageOf } from './user-message.js';

export function threadFollowUpListener(
  services: SlackServices,
): Middleware<SlackEventMiddlewareArgs<'message'>> {
  return async ({ event, body, client, context }) => {
    const message = userMessageOf(event);
    if (message === undefined || message.channelType === 'im' || message.threadTs === undefined)
      return;
    // A reply that mentions the bot also arrives as app_mention, which answers it.
    if (mentionsBot(message, context.botUserId)) return;
    const conversationKey = conversationKeyOf(message.channel, message.threadTs);
    if (services.memory.turns(conversationKey).length === 0) return;
    await handleQuestion(services, client, {
      message,
      replyThreadTs: message.threadTs,
      conversationKey,
      eventId: body.event_id,
    });
  };
}
