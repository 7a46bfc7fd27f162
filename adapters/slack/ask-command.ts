/**
 * `/ask <question>` from any channel: acknowledged at once (Slack allows 3 seconds), then
 * answered through the command's response_url, visibly in the channel, by the flow every
 * platform shares. Refusals of invalid questions, and the rate-limit notice, go to the asker
 * alone. A slash command has no thread, so it starts no conversation.
 */
import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import {
  answerInConversation,
  askerKey,
  chatMessagesFor,
  detectLanguage,
} from '../../src/adapter-kit.js';
import { channelKey } from './conversation-keys.js';
import { formatAnswer } from './format-answer.js';
import { questionText } from './question-text.js';
import { slackMessagesFor } from './slack-messages.js';
import type { SlackServices } from './slack-services.js';

export function askCommand(services: SlackServices): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack, respond }) => {
    const text = questionText(command.text);
    await ack({
      response_type: 'ephemeral',
      text: slackMessagesFor(detectLanguage(text)).lookingUp,
    });
    await answerInConversation(
      services,
      {
        text,
        askerKey: askerKey('slack', command.user_id),
        asker: { platform: 'slack', userId: command.user_id },
        chatKey: channelKey(command.channel_id),
        conversationKey: null,
        logFields: { triggerId: command.trigger_id },
      },
      {
        sendAnswer: async (answer) => {
          const responseType = answer.kind === 'invalid_question' ? 'ephemeral' : 'in_channel';
          await respond({
            response_type: responseType,
            ...formatAnswer(answer),
            unfurl_links: false,
            unfurl_media: false,
          });
          return [];
        },
        sendRateLimited: async ({ seconds, language }) => {
          const notice = slackMessagesFor(language).rateLimited(seconds);
          await respond({ response_type: 'ephemeral', text: notice });
        },
        sendQueueFull: async ({ language }) => {
          await respond({ response_type: 'ephemeral', text: chatMessagesFor(language).queueFull });
        },
      },
    );
  };
}
