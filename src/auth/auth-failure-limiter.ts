import { FixedWindowCounter } from '../http/fixed-window.js';

/** Clients whose failures are remembered at once; past this the least recent are forgotten. */
const MAX_CLIENTS = 10_000;

/**
 * A stricter limit for failed authentication than for ordinary requests: after
 * `maxFailures` bad tokens from one client within a window, staff routes answer 429
 * until the window ends, so tokens cannot be guessed at the general rate limit.
 */
export class AuthFailureLimiter {
  readonly #failures: FixedWindowCounter;
  readonly #maxFailures: number;

  constructor(maxFailures = 10, windowMs = 60_000) {
    this.#maxFailures = maxFailures;
    this.#failures = new FixedWindowCounter(windowMs, MAX_CLIENTS);
  }

  /** Seconds `client` must wait while over its failure budget; 0 when it may try. */
  secondsToWait(client: string, nowMs: number): number {
    const window = this.#failures.peek(client, nowMs);
    return window !== undefined && window.count >= this.#maxFailures
      ? Math.ceil((window.resetAt - nowMs) / 1000)
      : 0;
  }

  fail(client: string, nowMs: number): void {
    this.#failures.add(client, nowMs);
  }
}
