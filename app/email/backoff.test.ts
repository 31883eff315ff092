import { backoffDelayMs, decideAfterFailure, defaultRetryPolicy, type RetryPolicy } from "./backoff";

const none = () => 0;
const most = () => 1;
const minute = 60_000;
const hour = 60 * minute;

describe("backoffDelayMs", () => {
  it.each([
    [1, none, 30_000],
    [2, none, minute],
    [3, none, 2 * minute],
    [4, none, 4 * minute],
    [7, none, 32 * minute],
    [8, none, hour], // 64 minutes, capped
    [50, none, hour],
    [5000, none, hour], // 2 ** 4999 would be Infinity
    [1, most, 24_000], // at most a fifth taken off
    [8, most, 48 * minute], // jitter still spreads retries at the cap
    [1, () => 0.5, 27_000],
    [0, none, 30_000], // never below the base delay
  ])("after %i attempts (random %s) waits %i ms", (attempts, random, expected) => {
    expect(backoffDelayMs(attempts, random)).toBe(expected);
  });

  it("stays within [base × (1 − jitter), cap] with the real random source", () => {
    for (let attempts = 1; attempts < 40; attempts += 1) {
      const delay = backoffDelayMs(attempts);
      expect(delay).toBeGreaterThanOrEqual(24_000);
      expect(delay).toBeLessThanOrEqual(hour);
    }
  });
});

describe("decideAfterFailure", () => {
  const queued = new Date("2026-11-22T10:00:00.000Z");
  const at = (ms: number) => new Date(queued.getTime() + ms);
  const lenient: RetryPolicy = { ...defaultRetryPolicy, permanentMaxAttempts: 3, permanentMaxAgeMs: hour };

  it.each([
    // retryable errors are never given up on, however many attempts or however old
    ["retryable, first attempt", true, 1, 0, defaultRetryPolicy, at(30_000)],
    ["retryable, 1000th attempt, a month old", true, 1000, 30 * 24 * hour, defaultRetryPolicy, at(30 * 24 * hour + hour)],
    ["retryable under a lenient policy, past its permanent limits", true, 10, 2 * hour, lenient, at(2 * hour + hour)],
    // permanent errors fail at once by default
    ["permanent, first attempt", false, 1, 0, defaultRetryPolicy, "fail"],
    ["permanent after an outage", false, 12, 5 * hour, defaultRetryPolicy, "fail"],
    // a policy may allow permanent errors a few attempts, bounded by count and age
    ["permanent, lenient, attempt 1", false, 1, 0, lenient, at(30_000)],
    ["permanent, lenient, attempt 2", false, 2, 30_000, lenient, at(30_000 + minute)],
    ["permanent, lenient, attempt 3", false, 3, 2 * minute, lenient, "fail"],
    ["permanent, lenient, too old", false, 2, hour, lenient, "fail"],
  ] as const)("%s", (_name, retryable, attempts, ageMs, policy, expected) => {
    const decision = decideAfterFailure({ retryable, attempts, firstQueuedAt: queued, now: at(ageMs) }, none, policy);
    expect(decision).toEqual(expected === "fail" ? { action: "fail" } : { action: "retry", nextAttemptAt: expected });
  });
});
