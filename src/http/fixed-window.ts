import { LruMap } from 'toad-cache';

/** One client's count in its current window, and when (epoch ms) that window ends. */
export interface ClientWindow {
  count: number;
  resetAt: number;
}

/**
 * Counts per client in fixed windows, each starting at the client's first request after the
 * last one ended. Clients live in an LRU map, so a flood of addresses bounds memory: the
 * least recently seen are forgotten first (a forgotten client starts a fresh window).
 */
export class FixedWindowCounter {
  readonly #windows: LruMap<ClientWindow>;
  readonly #windowMs: number;

  constructor(windowMs: number, maxClients: number) {
    this.#windowMs = windowMs;
    this.#windows = new LruMap<ClientWindow>(maxClients);
  }

  /** Counts one more for `client`, opening a window when none is running. */
  add(client: string, nowMs: number): ClientWindow {
    let window = this.#windows.get(client);
    if (window === undefined || window.resetAt <= nowMs) {
      window = { count: 0, resetAt: nowMs + this.#windowMs };
      this.#windows.set(client, window);
    }
    window.count++;
    return window;
  }

  /** The client's running window, without counting; undefined when none is running. */
  peek(client: string, nowMs: number): ClientWindow | undefined {
    const window = this.#windows.get(client);
    return window !== undefined && window.resetAt > nowMs ? window : undefined;
  }
}
