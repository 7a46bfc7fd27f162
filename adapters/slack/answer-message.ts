/**
 * The path every question written in Slack takes, whether a mention, a direct message or a
 * follow-up in a thread: rate limit, working indicator, engine, one Block Kit reply in the
 * right place, and the exchange remembered for the thread's next question.
 */
import type { webApi } from '@slack/bolt';
import { detectLanguage } from '../../src/text/detect-language.js';
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

/** The memory key of a thread, or of a direct-message channel outside threads. */
export function conversationKeyOf(channel: string, threadTs: string | undefined): string {
  return threadTs === undefined ? channel : `${channel}:${threadTs}`;
}

export async function answerMessage(
  services: SlackServices,
  client: webApi.WebClient,
  question: SlackQuestion,
): Promise<void> {
  const text = questionText(question.message.text);
  const decision = await services.rateLimiter.consume(`slack:${question.message.userId}`);
  if (!decision.allowed)
    return refuseForNow(services, client, question, text, decision.retryAfterSeconds);
  await withWorkingIndicator(client, question.message, services.logger, () =>
    answerAndPost(services, client, question, text),
  );
}

async function answerAndPost(
  services: SlackServices,
  client: webApi.WebClient,
  question: SlackQuestion,
  text: string,
): Promise<void> {
  const answer = await services.engine.answer(
    text,
    services.memory.turns(question.conversationKey),
  );
  await client.chat.postMessage({
    channel: question.message.channel,
    thread_ts: question.replyThreadTs,
    ...formatAnswer(answer),
    unfurl_links: false,
    unfurl_media: false,
  });
  if (answer.kind !== 'invalid_question')
    services.memory.record(question.conversationKey, text, answer);
  services.logger.info(
    {
      eventId: question.eventId,
      answerId: answer.id,
      kind: answer.kind,
      language: answer.language,
    },
    'Answered a Slack question',
  );
}

async function refuseForNow(
  services: SlackServices,
  client: webApi.WebClient,
  question: SlackQuestion,
  text: string,
  seconds: number,
): Promise<void> {
  const { eventId, message } = question;
  services.logger.info(
    { eventId, userId: message.userId, retryAfterSeconds: seconds },
    'Rate-limited a Slack question',
  );
  await client.chat.postEphemeral({
    channel: question.message.channel,
    user: question.message.userId,
    thread_ts: question.replyThreadTs,
    text: slackMessagesFor(detectLanguage(text)).rateLimited(seconds),
  });
}
