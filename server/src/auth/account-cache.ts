/**
 * The accounts behind signed-in requests, re-read at most every `recheckMs` instead of at every
 * request (http/auth.ts). The bound is the security promise (docs/architecture.md#who-sees-what):
 * a role change, a disabled or deleted account made by **another** API process or straight in the
 * database takes effect within `recheckMs`; one made through **this** process takes effect at the
 * next request, because the change forgets the account and keeps it uncached for `recheckMs` (so a
 * read that raced the change's commit is not kept either). `recheckMs` 0 re-reads every request.
 */
import type { UserAccount } from './users.js';

interface Entry {
  readonly account: UserAccount | undefined;
  readonly readAt: number;
}

/** Accounts kept at most; beyond it the oldest read go first (a token's account is one entry). */
const MAX_ACCOUNTS = 10_000;

export class AccountCache {
  readonly #entries = new Map<string, Entry>();
  // Accounts changed through this process lately: read from the database until the time stored.
  readonly #uncachedUntil = new Map<string, number>();

  constructor(
    readonly recheckMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The account of `id`, from `read` unless a read of it less than `recheckMs` old is kept. */
  async get(id: string, read: (id: string) => Promise<UserAccount | undefined>): Promise<UserAccount | undefined> {
    const t = this.now();
    const entry = this.#entries.get(id);
    if (entry && t - entry.readAt < this.recheckMs) return entry.account;
    const account = await read(id);
    const blockedUntil = this.#uncachedUntil.get(id);
    if (blockedUntil !== undefined && blockedUntil <= t) this.#uncachedUntil.delete(id);
    if (this.recheckMs > 0 && (blockedUntil === undefined || blockedUntil <= t)) {
      this.#entries.delete(id);
      this.#entries.set(id, { account, readAt: t });
      if (this.#entries.size > MAX_ACCOUNTS) this.#entries.delete(this.#entries.keys().next().value!);
    }
    return account;
  }

  /** The account changed (role, organisation, disabled, erased): read it afresh for the next `recheckMs`. */
  forget(id: string): void {
    this.#entries.delete(id);
    if (this.recheckMs > 0) this.#uncachedUntil.set(id, this.now() + this.recheckMs);
  }
}
