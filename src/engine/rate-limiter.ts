/**
 * Per-user question limits (RATE_LIMIT_QUESTIONS per RATE_LIMIT_WINDOW_SECONDS), shared by
 * every chat adapter, on rate-limiter-flexible's in-memory limiter.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { LimitsConfig } from '../config.js';

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the user may ask again, when not allowed. */
  retryAfterSeconds: number;
  /**
   * True for the first refused question of the user's window, the one the user is told
   * about; the others are dropped quietly (200 mentions once drew 190 notices).
   */
  noticeDue: boolean;
}

export class QuestionRateLimiter {
  private readonly limiter: RateLimiterMemory;
  private readonly points: number;

  constructor(limits: Pick<LimitsConfig, 'questionsPerWindow' | 'rateWindowSeconds'>) {
    this.points = limits.questionsPerWindow;
    this.limiter = new RateLimiterMemory({
      points: limits.questionsPerWindow,
      duration: limits.rateWindowSeconds,
    });
  }

  /** Counts one question for `userKey` ("telegram:123") and says whether it may be answered. */
  async consume(userKey: string): Promise<RateDecision> {
    try {
      await this.limiter.consume(userKey);
      return { allowed: true, retryAfterSeconds: 0, noticeDue: false };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
          // Refused questions are counted too, so the first refusal is the one just past the limit.
          noticeDue: rejection.consumedPoints === this.points + 1,
        };
      }
      throw rejection;
    }
  }
}
