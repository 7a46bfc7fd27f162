/**
 * The 👍/👎 buttons under an answer, and the reasons asked after a 👎: acknowledged at once,
 * recorded in the question log every platform shares (one rating per user per answer), and
 * answered privately. A user's first 👎 of an answer is answered with "what was wrong?" and
 * its three buttons (reason-prompt.ts), which only the rater sees; a pick replaces them with
 * the thanks.
 */
import type { BlockButtonAction, Middleware, SlackActionMiddlewareArgs, webApi } from '@slack/bolt';
import { type Language, reasonOf, recordFeedback } from '../../src/adapter-kit.js';
import { FEEDBACK_ACTION_IDS, type SlackMessage } from './format-answer.js';
import { REASON_ACTION_PATTERN, reasonPrompt } from './reason-prompt.js';
import { slackMessagesFor } from './slack-messages.js';
import type { SlackServices } from './slack-services.js';

/** Matches both feedback buttons' action ids. */
export const FEEDBACK_ACTION_PATTERN = new RegExp(
  `^(${FEEDBACK_ACTION_IDS.up}|${FEEDBACK_ACTION_IDS.down})$`,
);

type ButtonMiddleware = Middleware<SlackActionMiddlewareArgs<BlockButtonAction>>;

export function feedbackButtons(services: SlackServices): ButtonMiddleware {
  return async ({ ack, action, body, client }) => {
    await ack();
    const answerId = action.value ?? '';
    const rating = action.action_id === FEEDBACK_ACTION_IDS.up ? 'up' : 'down';
    const userId = body.user.id;
    const { askReason } = await recordFeedback(services, {
      answerId,
      rating,
      platform: 'slack',
      userId,
    });
    const language = languageOf(action.block_id);
    const reply = askReason
      ? reasonPrompt(answerId, language)
      : { text: slackMessagesFor(language).feedbackThanks };
    await tellRater(client, body, reply);
  };
}

export function reasonButtons(services: SlackServices): ButtonMiddleware {
  return async ({ ack, action, body, respond }) => {
    await ack();
    const reason = reasonOf(REASON_ACTION_PATTERN.exec(action.action_id)?.[1]) ?? 'wrong';
    await recordFeedback(services, {
      answerId: action.value ?? '',
      rating: 'down',
      reason,
      platform: 'slack',
      userId: body.user.id,
    });
    const messages = slackMessagesFor(languageOf(action.block_id));
    const chosen = `${messages.whatWasWrong} ${messages.feedbackReasons[reason]}`;
    await respond({
      response_type: 'ephemeral',
      replace_original: true,
      text: `${chosen}\n${messages.feedbackThanks}`,
    });
  };
}

/** The answer's language, which the buttons' block id ends with. */
function languageOf(blockId: string): Language {
  return blockId.endsWith('_zh') ? 'zh' : 'en';
}

/** A message only the rater sees, in the thread of the answer. */
async function tellRater(
  client: webApi.WebClient,
  body: BlockButtonAction,
  message: Pick<SlackMessage, 'text'> & Partial<SlackMessage>,
): Promise<void> {
  if (body.channel === undefined) return;
  await client.chat.postEphemeral({
    channel: body.channel.id,
    user: body.user.id,
    thread_ts: body.message?.thread_ts,
    ...message,
  });
}
