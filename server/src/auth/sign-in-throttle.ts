import { SWEEP_AT, SlidingWindow } from './rate-window.js';

/**
 * Throttling of `login` that slows guessing without letting anyone lock an owner out
 * (docs/privacy.md, "Sign-in throttling"; OWASP Authentication Cheat Sheet, NIST SP 800-63B
 * §5.2.2). Three counters, in memory (one process: n API processes give n times the budget, and a
 * restart forgets; see docs/operations.md):
 *
 * - per client address: at most `addressLimit` failed sign-ins in the window, whatever the
 *   account; more are refused until the oldest failure leaves the window. Stops one address
 *   trying many accounts or many passwords; touches nobody at another address.
 * - per (address, account): after `pairFreeFailures` failures, each further attempt waits
 *   `pairBaseDelayMs` × 2^(extra failures), capped at `pairMaxDelayMs`, before it is even
 *   checked. A success resets it. Only that address is slowed, so an attacker who knows an
 *   e-mail slows down himself, not the owner.
 * - per account, across addresses (distributed guessing): once it has had `accountFreeFailures`
 *   failures in the window, checked attempts from addresses that never signed in to it are spaced
 *   `accountSpacingMs` apart. Bounded: a refusal asks to retry within that spacing, never
 *   longer; addresses the owner signed in from before are not spaced (NIST's "IP addresses from
 *   which the subscriber has previously authenticated").
 *
 * An attempt counts as a failure from the moment it is let through (so parallel guesses cannot
 * all pass before the first failure is recorded); `succeeded` takes it back.
 */
export interface SignInPolicy {
  readonly windowMs: number;
  readonly addressLimit: number;
  readonly pairFreeFailures: number;
  readonly pairBaseDelayMs: number;
  readonly pairMaxDelayMs: number;
  readonly accountFreeFailures: number;
  readonly accountSpacingMs: number;
}

/** The defaults; `addressLimit` comes from PONTE_LOGIN_LIMIT. */
export function signInPolicy(addressLimit: number): SignInPolicy {
  return {
    windowMs: 15 * 60_000,
    addressLimit,
    pairFreeFailures: 3,
    pairBaseDelayMs: 1_000,
    pairMaxDelayMs: 5 * 60_000,
    accountFreeFailures: 50,
    accountSpacingMs: 2_000,
  };
}

export type SignInVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number; readonly reason: 'address' | 'pair' | 'account' };

interface PairState {
  failures: number;
  lastFailureAt: number;
}

/** How long an address the owner signed in from stays known. */
const KNOWN_ADDRESS_MS = 30 * 24 * 3_600_000;

export class SignInThrottle {
  // Failures per address and per account: the one sliding window (rate-window.ts).
  private readonly addressFailures: SlidingWindow;
  private readonly pairs = new Map<string, PairState>();
  private readonly accountFailures: SlidingWindow;
  private readonly accountNextSlot = new Map<string, number>();
  private readonly knownAddresses = new Map<string, number>();

  constructor(
    readonly policy: SignInPolicy,
    private readonly now: () => number = Date.now,
  ) {
    this.addressFailures = new SlidingWindow(policy.windowMs, now);
    this.accountFailures = new SlidingWindow(policy.windowMs, now);
  }

  /** Whether this attempt may be checked; when it may, it counts as a failure until `succeeded`. */
  attempt(address: string, email: string): SignInVerdict {
    const t = this.now();
    const account = normalise(email);
    const p = this.policy;

    const byAddress = this.addressFailures.recent(address, t);
    if (byAddress.length >= p.addressLimit) return refuse('address', byAddress[0]! + p.windowMs - t);

    const pairKey = `${address}\u0000${account}`;
    const pair = this.pairs.get(pairKey);
    if (pair && t - pair.lastFailureAt >= p.windowMs) this.pairs.delete(pairKey);
    else if (pair && pair.failures >= p.pairFreeFailures) {
      const delay = Math.min(p.pairBaseDelayMs * 2 ** (pair.failures - p.pairFreeFailures), p.pairMaxDelayMs);
      if (t < pair.lastFailureAt + delay) return refuse('pair', pair.lastFailureAt + delay - t);
    }

    const byAccount = this.accountFailures.recent(account, t);
    const known = (this.knownAddresses.get(pairKey) ?? -Infinity) > t - KNOWN_ADDRESS_MS;
    if (byAccount.length >= p.accountFreeFailures && !known) {
      const slot = this.accountNextSlot.get(account) ?? 0;
      if (t < slot) return refuse('account', slot - t);
      this.accountNextSlot.set(account, t + p.accountSpacingMs);
    }

    this.addressFailures.add(address, t);
    this.accountFailures.add(account, t);
    const state = this.pairs.get(pairKey) ?? { failures: 0, lastFailureAt: t };
    state.failures += 1;
    state.lastFailureAt = t;
    this.pairs.set(pairKey, state);
    if (this.pairs.size > SWEEP_AT || this.accountNextSlot.size > SWEEP_AT) this.sweep(t);
    return { allowed: true };
  }

  /** The attempt was wrong: the pair's wait runs from now, when the answer goes out (checking takes a while). */
  failed(address: string, email: string): void {
    const state = this.pairs.get(`${address}\u0000${normalise(email)}`);
    if (state) state.lastFailureAt = Math.max(state.lastFailureAt, this.now());
  }

  /** The attempt let through last for this pair was right: it was not a failure after all. */
  succeeded(address: string, email: string): void {
    const account = normalise(email);
    const pairKey = `${address}\u0000${account}`;
    this.pairs.delete(pairKey);
    this.addressFailures.removeLast(address);
    this.accountFailures.removeLast(account);
    this.knownAddresses.set(pairKey, this.now());
    if (this.knownAddresses.size > SWEEP_AT) this.sweep(this.now());
  }

  private sweep(t: number): void {
    const w = this.policy.windowMs;
    this.addressFailures.sweep(t);
    this.accountFailures.sweep(t);
    for (const [k, s] of this.pairs) if (t - s.lastFailureAt >= w) this.pairs.delete(k);
    for (const [k, slot] of this.accountNextSlot) if (slot < t) this.accountNextSlot.delete(k);
    for (const [k, at] of this.knownAddresses) if (t - at >= KNOWN_ADDRESS_MS) this.knownAddresses.delete(k);
  }
}

function normalise(email: string): string {
  return email.trim().toLowerCase();
}

function refuse(reason: 'address' | 'pair' | 'account', ms: number): SignInVerdict {
  return { allowed: false, reason, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
}
