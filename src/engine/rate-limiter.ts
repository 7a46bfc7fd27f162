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
}

export class QuestionRateLimiter {
  private readonly limiter: RateLimiterMemory;

  constructor(limits: Pick<LimitsConfig, 'questionsPerWindow' | 'rateWindowSeconds'>) {
    this.limiter = new RateLimiterMemory({
      points: limits.questionsPerWindow,
      duration: limits.rateWindowSeconds,
    });
  }

  /** Counts one question for `userKey` ("telegram:123") and says whether it may be answered. */
  async consume(userKey: string): Promise<RateDecision> {
    try {
      await this.limiter.consume(userKey);
      return { allowed: true, retryAfterSeconds: 0 };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        };
      }
      throw rejection;
    }
  }
}
