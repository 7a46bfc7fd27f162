/**
 * The path every question written in Slack takes, whether a mention, a direct message or a
 * follow-up in a thread: the flow every platform shares (rate limit → the channel's queue →
 * answer with the thread's conversation → send → remember → log), with Slack's parts: an ⏳
 * while working, one Block Kit reply in the right place, and a private notice when the asker
 * is too fast or the channel too busy.
 */
import type { webApi } from '@slack/bolt';
import { answerInConversation, askerKey, chatMessagesFor } from '../../src/adapter-kit.js';
import { channelKey } from './conversation-keys.js';
import { formatAnswer } from './format-answer.js';
import { questionText } from './question-text.js';
import { slackMessagesFor } from './slack-messages.js';
import type { SlackServices } from './slack-services.js';
import type { UserMessage } from './user-message.js';
import { withWorkingIndicator } from './working-indicator.js';

export interface SlackQuestion {
  message: UserMessage;
  /** The thread the answer goes to; undefined to answer in the direct message itself. */
  replyThreadTs: string | undefined;
  /** Which conversation memory the question belongs to. */
  conversationKey: string;
  eventId: string | undefined;
}

export async function handleQuestion(
  services: SlackServices,
  client: webApi.WebClient,
  question: SlackQuestion,
): Promise<void> {
  const { message, conversationKey, replyThreadTs } = question;
  await answerInConversation(
    services,
    {
      text: questionText(message.text),
      askerKey: askerKey('slack', message.userId),
      asker: { platform: 'slack', userId: message.userId },
      chatKey: channelKey(message.channel),
      conversationKey,
      logFields: { eventId: question.eventId, channel: message.channel },
    },
    {
      whileWorking: (work) => withWorkingIndicator(client, message, services.logger, work),
      sendAnswer: async (answer) => {
        await client.chat.postMessage({
          channel: message.channel,
          thread_ts: replyThreadTs,
          ...formatAnswer(answer),
          unfurl_links: false,
          unfurl_media: false,
        });
        return [conversationKey];
      },
      sendRateLimited: ({ seconds, language }) =>
        tellAsker(client, question, slackMessagesFor(language).rateLimited(seconds)),
      sendQueueFull: ({ language }) =>
        tellAsker(client, question, chatMessagesFor(language).queueFull),
    },
  );
}

/** A notice only the asker sees, where the answer would have gone. */
async function tellAsker(
  client: webApi.WebClient,
  { message, replyThreadTs }: SlackQuestion,
  text: string,
): Promise<void> {
  await client.chat.postEphemeral({
    channel: message.channel,
    user: message.userId,
    thread_ts: replyThreadTs,
    text,
  });
}
