/**
 * A 👍 or 👎 on an answer, from any platform, with the reason a 👎 may be given ("what was
 * wrong?"): recorded in the question log, which keeps one rating per user per answer (a
 * later one replaces the earlier) and only a salted hash of the user id. Further clicks that
 * change nothing are thanked but not written (2,000 clicks once added 2,000 records), and a
 * user is asked for a 👎's reason once per answer, however often they flip between 👍 and 👎.
 * The guard is kept in memory per log, so it holds across every platform one process serves.
 */
import type { Logger } from 'pino';
import type { FeedbackEntry, FeedbackReason } from '../question-log/logged-question.js';
import { FEEDBACK_REASONS } from '../question-log/logged-question.js';
import type { QuestionLog } from '../question-log/question-log.js';
import { BoundedMap } from '../util/bounded-map.js';

/** Ratings remembered per log; the oldest are forgotten first. */
const REMEMBERED_RATINGS = 50_000;

type Rating = Pick<FeedbackEntry, 'rating' | 'reason'> & { reasonAsked: boolean };

/** What became of a click: kept in the log or not, and whether to ask the 👎's reason now. */
export interface RatingResult {
  kept: boolean;
  askReason: boolean;
}

const NOT_KEPT: RatingResult = { kept: false, askReason: false };

const ratedByLog = new WeakMap<QuestionLog, BoundedMap<string, Rating>>();

/** What recording a rating needs: the log (none in some tests: nothing is kept) and a logger. */
export interface FeedbackServices {
  questionLog?: QuestionLog | undefined;
  logger: Logger;
}

/** The rating a button carries, or null for anything else. */
export function ratingOf(value: unknown): FeedbackEntry['rating'] | null {
  return value === 'up' || value === 'down' ? value : null;
}

/** The reason a "what was wrong?" button carries, or null for anything else. */
export function reasonOf(value: unknown): FeedbackReason | null {
  return (FEEDBACK_REASONS as readonly unknown[]).includes(value)
    ? (value as FeedbackReason)
    : null;
}

/**
 * Records the rating unless it changes nothing the user said before. It is not kept when it
 * is a repeat, when the log does not hold the answer (pruned, or given before the log
 * existed) and when there is no log.
 */
export async function recordFeedback(
  services: FeedbackServices,
  feedback: FeedbackEntry,
): Promise<RatingResult> {
  const log = services.questionLog;
  if (log === undefined) return NOT_KEPT;
  const rated = ratedOf(log);
  const key = [feedback.platform, feedback.userId, feedback.answerId].join(':');
  const before = rated.get(key);
  if (isRepeat(before, feedback)) {
    services.logger.debug({ answerId: feedback.answerId }, 'Ignored a repeated rating');
    return NOT_KEPT;
  }
  if (log.recordFeedback(feedback) === 'unknown_answer') {
    services.logger.info({ answerId: feedback.answerId }, 'Ignored a rating of an unknown answer');
    return NOT_KEPT;
  }
  const after = ratingAfter(before, feedback);
  rated.set(key, after);
  // Never the user id: the log keeps only its hash.
  const { answerId, rating } = feedback;
  services.logger.info({ answerId, rating, reason: after.reason }, 'Recorded feedback');
  return { kept: true, askReason: after.reasonAsked && !before?.reasonAsked };
}

/** A click that says again what was said: the same rating, and no new reason for a 👎. */
function isRepeat(before: Rating | undefined, feedback: FeedbackEntry): boolean {
  if (before === undefined || before.rating !== feedback.rating) return false;
  return feedback.reason === undefined || feedback.reason === before.reason;
}

/**
 * What the user has said of the answer after the click. The log keeps a 👎's reason when the
 * 👎 is given again without one; a 👍 has none. The reason is asked once, at the first 👎.
 */
function ratingAfter(before: Rating | undefined, feedback: FeedbackEntry): Rating {
  const sameRating = before?.rating === feedback.rating;
  const reason = feedback.reason ?? (sameRating ? before?.reason : undefined);
  const askable = feedback.rating === 'down' && reason === undefined;
  return {
    rating: feedback.rating,
    reason,
    reasonAsked: (before?.reasonAsked ?? false) || askable,
  };
}

function ratedOf(log: QuestionLog): BoundedMap<string, Rating> {
  const existing = ratedByLog.get(log);
  if (existing !== undefined) return existing;
  const rated = new BoundedMap<string, Rating>(REMEMBERED_RATINGS);
  ratedByLog.set(log, rated);
  return rated;
}
