/**
 * The one sliding-window counter (docs/architecture.md#one-copy-of-each): the times of recent
 * events per string key, in memory (one process: n API processes give n times the budget and a
 * restart forgets, docs/architecture.md#stateless-api-processes). `RateWindow` (exports per user),
 * `LoginLimiter` (introduction requests) and `SignInThrottle` (sign-in failures) are built on it.
 * The per-address limit on HTTP requests is express-rate-limit's (server/src/http/rate-limit.ts):
 * a middleware with standard headers, which nothing here reimplements.
 */

/** Keys kept before stale ones are swept: bounds memory under a flood of addresses or accounts. */
export const SWEEP_AT = 50_000;

export class SlidingWindow {
  private readonly events = new Map<string, number[]>();

  constructor(
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The times of `key`'s events still inside the window at `t`, oldest first. */
  recent(key: string, t: number = this.now()): readonly number[] {
    const times = this.events.get(key);
    if (!times) return [];
    const live = times.filter((at) => t - at < this.windowMs);
    if (live.length !== times.length) this.events.set(key, live);
    return live;
  }

  /** Milliseconds from `t` until the oldest event of `key` leaves the window (0 with none). */
  msUntilOldestLeaves(key: string, t: number = this.now()): number {
    const oldest = this.recent(key, t)[0];
    return oldest === undefined ? 0 : oldest + this.windowMs - t;
  }

  /** Counts one event for `key` at `t`. */
  add(key: string, t: number = this.now()): void {
    this.events.set(key, [...this.recent(key, t), t]);
    if (this.events.size > SWEEP_AT) this.sweep(t);
  }

  /** Takes back the last event counted for `key` (an attempt that turned out not to count). */
  removeLast(key: string): void {
    this.events.get(key)?.pop();
  }

  /** Forgets every key whose events have all left the window. */
  sweep(t: number = this.now()): void {
    for (const [key, times] of this.events) if (times.every((at) => t - at >= this.windowMs)) this.events.delete(key);
  }
}

/**
 * At most `limit` events per key in a sliding window. For fields too expensive to let one user
 * repeat freely (`exportGraph`).
 */
export class RateWindow {
  private readonly window: SlidingWindow;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.window = new SlidingWindow(windowMs, now);
  }

  /** Counts one event for `key`; returns the seconds to wait when over the limit (not counted), or 0. */
  hit(key: string): number {
    const t = this.now();
    if (this.window.recent(key, t).length >= this.limit)
      return Math.max(1, Math.ceil(this.window.msUntilOldestLeaves(key, t) / 1000));
    this.window.add(key, t);
    return 0;
  }
}
