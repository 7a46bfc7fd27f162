/**
 * An ⏳ reaction on the question while the bot works on it, removed once the answer is
 * posted, so the asker sees the question was taken. The indicator is a courtesy: when Slack
 * refuses it (missing reactions:write scope, archived channel) the failure is logged and the
 * answer goes out regardless.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/adapter-kit.js';
import { errorMessage } from '../../src/adapter-kit.js';

export const WORKING_REACTION = 'hourglass_flowing_sand';

export interface ReactionTarget {
  channel: string;
  ts: string;
}

export async function withWorkingIndicator<T>(
  client: webApi.WebClient,
  target: ReactionTarget,
  logger: Logger,
  work: () => Promise<T>,
): Promise<T> {
  // Added alongside the work, not before it, so that the indicator never delays the answer.
  const added = react(client, 'add', target, logger);
  try {
    return await work();
  } finally {
    if (await added) await react(client, 'remove', target, logger);
  }
}

async function react(
  client: webApi.WebClient,
  action: 'add' | 'remove',
  target: ReactionTarget,
  logger: Logger,
): Promise<boolean> {
  try {
    await client.reactions[action]({
      channel: target.channel,
      timestamp: target.ts,
      name: WORKING_REACTION,
    });
    return true;
  } catch (error) {
    logger.warn(
      { channel: target.channel, ts: target.ts, action, reason: errorMessage(error) },
      'Could not update the working indicator; answering anyway',
    );
    return false;
  }
}
