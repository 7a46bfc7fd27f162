/**
 * "@kb which companies signed in Luodian?" in a channel: answered in a thread under the
 * question, or in the thread the question was asked in.
 */
import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { conversationKeyOf } from './conversation-keys.js';
import { handleQuestion } from './handle-question.js';
import type { SlackServices } from './slack-services.js';
import { userMessageOf } from './user-message.js';

export function mentionListener(
  services: SlackServices,
): Middleware<SlackEventMiddlewareArgs<'app_mention'>> {
  return async ({ event, body, client }) => {
    const message = userMessageOf(event);
    // Direct messages are answered by the message listener; a mention there is the same message.
    if (message === undefined || isDirectMessageChannel(message.channel)) return;
    const replyThreadTs = message.threadTs ?? message.ts;
    const conversationKey = conversationKeyOf(message.channel, replyThreadTs);
    await handleQuestion(services, client, {
      message,
      replyThreadTs,
      conversationKey,
      eventId: body.event_id,
    });
  };
}

/** Direct-message channel ids start with D; channels with C, private ones with C or G. */
export function isDirectMessageChannel(channel: string): boolean {
  return channel.startsWith('D');
}
