import { RateWindow } from './rate-window.js';

/**
 * At most `limit` attempts per window per client (an address, or an organisation) and per
 * account, each counted by the one sliding window (rate-window.ts). Both keys are checked so that
 * neither one client trying many accounts nor many clients trying one account gets far. Used for
 * introduction requests; sign-in has its own throttle (sign-in-throttle.ts).
 */
export class LoginLimiter {
  private readonly window: RateWindow;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    now: () => number = Date.now,
  ) {
    this.window = new RateWindow(limit, windowMs, now);
  }

  /** Records an attempt; returns the seconds to wait when over the limit, or 0 when allowed. */
  hit(address: string, email: string): number {
    // Each key counts on its own: an attempt refused on one key still counts on the other.
    return Math.max(this.window.hit(`ip:${address}`), this.window.hit(`email:${email.trim().toLowerCase()}`));
  }
}
