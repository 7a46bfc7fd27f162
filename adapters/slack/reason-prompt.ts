/**
 * "What was wrong?" after a 👎, as a Slack message with three buttons (wrong, incomplete, not
 * what I asked), in the answer's language. A pure function, like format-answer.ts; each
 * button's value is the answer id, and its block id ends with the language for the thanks.
 */
import type { types } from '@slack/bolt';
import { FEEDBACK_REASONS, type Language } from '../../src/adapter-kit.js';
import type { SlackMessage } from './format-answer.js';
import { slackMessagesFor } from './slack-messages.js';

/** Matches the three reason buttons' action ids (`feedback_reason_wrong`…). */
export const REASON_ACTION_PATTERN = /^feedback_reason_(wrong|incomplete|not_asked)$/;

export function reasonPrompt(answerId: string, language: Language): SlackMessage {
  const messages = slackMessagesFor(language);
  const buttons: types.Button[] = FEEDBACK_REASONS.map((reason) => ({
    type: 'button',
    action_id: `feedback_reason_${reason}`,
    value: answerId,
    text: { type: 'plain_text', text: messages.feedbackReasons[reason] },
  }));
  return {
    text: messages.whatWasWrong,
    blocks: [
      { type: 'section', text: { type: 'plain_text', text: messages.whatWasWrong } },
      { type: 'actions', block_id: `feedback_reasons_${language}`, elements: buttons },
    ],
  };
}
