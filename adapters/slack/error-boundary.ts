/**
 * The adapter's one error boundary (bolt's app.error): a listener that throws is logged with
 * its event id (never a token) and the asker gets a short apology where the answer would
 * have gone. An apology that fails too is logged and dropped.
 */
import type { CodedError, webApi } from '@slack/bolt';
import type { Logger } from '../../src/adapter-kit.js';
import { detectLanguage, errorMessage } from '../../src/adapter-kit.js';
import { eventIdOf } from './ignore-duplicate-events.js';
import { isDirectMessageChannel } from './mention-listener.js';
import { questionText } from './question-text.js';
import { slackMessagesFor } from './slack-messages.js';

/** The parts of an event, command or action body that say where the asker is. */
interface FailedRequestBody {
  response_url?: string;
  text?: string;
  event?: { channel?: string; ts?: string; thread_ts?: string; text?: string };
}

/** What bolt passes an error handler when `extendedErrorHandler` is on (its type is not exported). */
type ErrorHandlerArgs = { error: CodedError; body: unknown };

export function errorBoundary(
  client: webApi.WebClient,
  logger: Logger,
): (args: ErrorHandlerArgs) => Promise<void> {
  return async ({ error, body }) => {
    const eventId = eventIdOf(body);
    const original = (error as { original?: unknown }).original ?? error;
    logger.error(
      { eventId, code: error.code, reason: errorMessage(original) },
      'A Slack listener failed; the asker got an apology',
    );
    try {
      await apologize(client, body as FailedRequestBody);
    } catch (apologyError) {
      logger.warn(
        { eventId, reason: errorMessage(apologyError) },
        'Could not send the apology either',
      );
    }
  };
}

async function apologize(client: webApi.WebClient, body: FailedRequestBody): Promise<void> {
  const text = slackMessagesFor(
    detectLanguage(questionText(body.event?.text ?? body.text ?? '')),
  ).apology;
  if (body.response_url !== undefined) return postToResponseUrl(body.response_url, text);
  const event = body.event;
  if (event?.channel === undefined) return;
  const threadTs =
    event.thread_ts ?? (isDirectMessageChannel(event.channel) ? undefined : event.ts);
  await client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, text });
}

async function postToResponseUrl(responseUrl: string, text: string): Promise<void> {
  const response = await fetch(responseUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
  });
  if (!response.ok) throw new Error(`response_url answered HTTP ${response.status}`);
}
