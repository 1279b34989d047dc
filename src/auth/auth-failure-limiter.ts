/**
 * A stricter limit for failed authentication than for ordinary requests: after
 * `maxFailures` bad tokens from one client within a window, staff routes answer 429
 * until the window ends, so tokens cannot be guessed at the general rate limit.
 */
export class AuthFailureLimiter {
  readonly #failures = new Map<string, { count: number; resetAt: number }>();
  readonly #maxFailures: number;
  readonly #windowMs: number;

  constructor(maxFailures = 10, windowMs = 60_000) {
    this.#maxFailures = maxFailures;
    this.#windowMs = windowMs;
  }

  /** Seconds `client` must wait while over its failure budget; 0 when it may try. */
  secondsToWait(client: string, nowMs: number): number {
    const entry = this.#failures.get(client);
    if (!entry) return 0;
    if (entry.resetAt <= nowMs) {
      this.#failures.delete(client);
      return 0;
    }
    return entry.count >= this.#maxFailures ? Math.ceil((entry.resetAt - nowMs) / 1000) : 0;
  }

  fail(client: string, nowMs: number): void {
    const entry = this.#failures.get(client);
    if (entry && entry.resetAt > nowMs) entry.count++;
    else this.#failures.set(client, { count: 1, resetAt: nowMs + this.#windowMs });
    // Bound memory under a flood of clients: drop expired entries now and then.
    if (this.#failures.size > 10_000) {
      for (const [key, value] of this.#failures) if (value.resetAt <= nowMs) this.#failures.delete(key);
    }
  }
}
