/**
 * The 👍/👎 buttons under an answer: acknowledged at once, recorded in the feedback log that
 * every platform shares (DATA_DIR/feedback.jsonl), and thanked privately.
 */
import type { BlockButtonAction, Middleware, SlackActionMiddlewareArgs, webApi } from '@slack/bolt';
import { FEEDBACK_ACTION_IDS } from './format-answer.js';
import { slackMessagesFor } from './slack-messages.js';
import type { SlackServices } from './slack-services.js';

/** Matches both feedback buttons' action ids. */
export const FEEDBACK_ACTION_PATTERN = new RegExp(
  `^(${FEEDBACK_ACTION_IDS.up}|${FEEDBACK_ACTION_IDS.down})$`,
);

export function feedbackAction(
  services: SlackServices,
): Middleware<SlackActionMiddlewareArgs<BlockButtonAction>> {
  return async ({ ack, action, body, client }) => {
    await ack();
    const rating = action.action_id === FEEDBACK_ACTION_IDS.up ? 'up' : 'down';
    const answerId = action.value ?? '';
    await services.engine.recordFeedback({
      answerId,
      rating,
      platform: 'slack',
      userId: body.user.id,
      messageText: body.message?.text,
    });
    services.logger.info({ answerId, rating, userId: body.user.id }, 'Recorded Slack feedback');
    await thank(client, body, action.block_id);
  };
}

async function thank(
  client: webApi.WebClient,
  body: BlockButtonAction,
  blockId: string,
): Promise<void> {
  if (body.channel === undefined) return;
  const language = blockId.endsWith('_zh') ? 'zh' : 'en';
  await client.chat.postEphemeral({
    channel: body.channel.id,
    user: body.user.id,
    thread_ts: body.message?.thread_ts,
    text: slackMessagesFor(language).thanks,
  });
}
