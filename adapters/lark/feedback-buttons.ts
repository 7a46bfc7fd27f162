/**
 * Clicks on the 👍/👎 buttons of an answer's card (the `card.action.trigger` callback), and on
 * the "what was wrong?" buttons a 👎 brings: the rating (with its reason) is recorded in the
 * question log every platform shares, the click is answered with a "thanks" toast within
 * Lark's 3 seconds, and the card is then updated, for everyone in the chat, to show the
 * rating in place of the buttons (after a 👎, the reasons to pick from).
 */
import {
  chatMessagesFor,
  errorMessage,
  type Language,
  ratingOf,
  reasonOf,
  recordFeedback,
} from '../../src/adapter-kit.js';
import { formatRatedAnswer } from './format-answer.js';
import type { FeedbackButtonValue } from './lark-card.js';
import type { LarkServices } from './lark-services.js';

/** The fields of `card.action.trigger` the bot reads. */
export interface CardActionEvent {
  event_id?: string;
  operator?: { open_id?: string };
  action?: { value?: unknown };
  context?: { open_message_id?: string };
  /** Older deliveries carry the message id at the top level. */
  open_message_id?: string;
}

/** What Lark shows the user who clicked. */
export interface CardActionResponse {
  toast?: { type: 'success' | 'error'; content: string };
}

export async function handleFeedback(
  services: LarkServices,
  event: CardActionEvent,
): Promise<CardActionResponse> {
  const value = feedbackValueOf(event.action?.value);
  if (value === null) return {};
  const messageId = event.context?.open_message_id ?? event.open_message_id;
  const answer = messageId === undefined ? undefined : services.sentAnswers.get(messageId);
  try {
    await recordFeedback(services, {
      answerId: value.answerId,
      rating: value.feedback,
      ...(value.reason === undefined ? {} : { reason: value.reason }),
      platform: 'lark',
      userId: event.operator?.open_id ?? 'unknown',
    });
  } catch (error) {
    return failed(services, value.language, error);
  }
  if (messageId !== undefined && answer !== undefined)
    void services.inFlight.track(
      showRating(services, messageId, formatRatedAnswer(answer, value.feedback, value.reason)),
    );
  return { toast: { type: 'success', content: chatMessagesFor(value.language).feedbackThanks } };
}

/** The rating a button carries, or null for a button this bot did not make. */
function feedbackValueOf(value: unknown): FeedbackButtonValue | null {
  const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const rating = ratingOf(fields.feedback);
  if (rating === null || typeof fields.answerId !== 'string') return null;
  const language: Language = fields.language === 'zh' ? 'zh' : 'en';
  // A reason goes with a 👎 only.
  const reason = rating === 'down' ? reasonOf(fields.reason) : null;
  return {
    feedback: rating,
    answerId: fields.answerId,
    language,
    ...(reason === null ? {} : { reason }),
  };
}

async function showRating(
  services: LarkServices,
  messageId: string,
  rated: ReturnType<typeof formatRatedAnswer>,
): Promise<void> {
  try {
    await services.api.updateCard(messageId, rated);
  } catch (error) {
    services.logger.warn(
      { messageId, reason: errorMessage(error) },
      'Could not update the card after a rating; the rating is recorded',
    );
  }
}

function failed(services: LarkServices, language: Language, error: unknown): CardActionResponse {
  services.logger.error({ reason: errorMessage(error) }, 'Could not record Lark feedback');
  return { toast: { type: 'error', content: chatMessagesFor(language).apology } };
}
