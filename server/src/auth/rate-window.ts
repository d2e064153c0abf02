/**
 * At most `limit` events per key in a sliding window, in memory (one process; a cluster would
 * need a shared store). For fields too expensive to let one user repeat freely (`exportGraph`).
 */
export class RateWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one event for `key`; returns the seconds to wait when over the limit (not counted), or 0. */
  hit(key: string): number {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return Math.max(1, Math.ceil((recent[0]! + this.windowMs - t) / 1000));
    }
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) for (const [k, times] of this.hits) if (times.every((at) => t - at >= this.windowMs)) this.hits.delete(k);
    return 0;
  }
}
