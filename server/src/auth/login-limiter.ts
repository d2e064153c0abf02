/**
 * Counts login attempts per client address and per e-mail in a sliding window, in memory (one
 * process; a cluster would need a shared store). Both keys are checked so that neither one
 * address trying many accounts nor many addresses trying one account gets far.
 */
export class LoginLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt; returns the seconds to wait when over the limit, or 0 when allowed. */
  hit(address: string, email: string): number {
    const keys = [`ip:${address}`, `email:${email.trim().toLowerCase()}`];
    const t = this.now();
    let wait = 0;
    for (const key of keys) {
      const recent = (this.attempts.get(key) ?? []).filter((at) => t - at < this.windowMs);
      if (recent.length >= this.limit) wait = Math.max(wait, Math.ceil((recent[0]! + this.windowMs - t) / 1000));
      else recent.push(t);
      this.attempts.set(key, recent);
    }
    if (this.attempts.size > 50_000) this.prune(t);
    return wait;
  }

  private prune(t: number): void {
    for (const [key, times] of this.attempts) if (times.every((at) => t - at >= this.windowMs)) this.attempts.delete(key);
  }
}
