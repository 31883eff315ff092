/**
 * When to try an undelivered message again, and when to give up. Pure.
 *
 * Retryable errors (outages, rate limits, timeouts, a wrong token) are never
 * given up on: the delay grows to a cap and stays there, so a long outage
 * delays messages but never loses one. Only permanent errors (the provider
 * says this message can never be accepted) can end in "failed", which
 * operators see.
 */
export type RetryPolicy = {
  /** Delay after the first failed attempt; doubles with each further attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Up to this fraction is taken off each delay at random, so workers that failed together do not retry together. */
  jitter: number;
  /**
   * Attempts allowed for a message whose latest error is permanent, and the age
   * after which a permanent error always ends it. The default (1) fails at
   * once: Postmark's 422 will not change on resend.
   */
  permanentMaxAttempts: number;
  permanentMaxAgeMs: number;
};

export const defaultRetryPolicy: RetryPolicy = {
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  jitter: 0.2,
  permanentMaxAttempts: 1,
  permanentMaxAgeMs: 24 * 60 * 60_000,
};

/** Delay before the next attempt, given how many attempts have been made (1 after the first failure). */
export function backoffDelayMs(attempts: number, random: () => number = Math.random, policy: RetryPolicy = defaultRetryPolicy): number {
  const exponent = Math.max(0, attempts - 1);
  // Compare before multiplying: 2 ** exponent overflows to Infinity after enough attempts.
  const uncapped = exponent >= 32 ? Infinity : policy.baseDelayMs * 2 ** exponent;
  const delay = Math.min(policy.maxDelayMs, uncapped);
  return Math.round(delay * (1 - policy.jitter * random()));
}

export type RetryDecision = { action: "retry"; nextAttemptAt: Date } | { action: "fail" };

export function decideAfterFailure(
  failure: {
    retryable: boolean;
    /** Attempts made so far, including the one that just failed. */
    attempts: number;
    firstQueuedAt: Date;
    now: Date;
  },
  random: () => number = Math.random,
  policy: RetryPolicy = defaultRetryPolicy,
): RetryDecision {
  if (!failure.retryable) {
    const age = failure.now.getTime() - failure.firstQueuedAt.getTime();
    if (failure.attempts >= policy.permanentMaxAttempts || age >= policy.permanentMaxAgeMs) return { action: "fail" };
  }
  return { action: "retry", nextAttemptAt: new Date(failure.now.getTime() + backoffDelayMs(failure.attempts, random, policy)) };
}
