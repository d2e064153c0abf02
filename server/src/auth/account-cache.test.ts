import { describe, expect, it } from 'vitest';
import { AccountCache } from './account-cache.js';
import type { UserAccount } from './users.js';

const account = (role: string, disabled = false) => ({ id: 'u1', role, disabled }) as unknown as UserAccount;

/** A database of one account whose state changes over time, and a cache reading it. */
function world(recheckMs: number) {
  let t = 0;
  let stored: UserAccount | undefined = account('analyst');
  let reads = 0;
  const cache = new AccountCache(recheckMs, () => t);
  const read = async () => {
    reads++;
    return stored;
  };
  return {
    cache,
    get: () => cache.get('u1', read),
    set: (a: UserAccount | undefined) => (stored = a),
    at: (ms: number) => (t = ms),
    reads: () => reads,
  };
}

describe('AccountCache', () => {
  it('never serves an account read longer ago than the bound: for any change time and request times', async () => {
    for (const recheckMs of [0, 1, 250, 5000]) {
      for (let changeAt = 0; changeAt < 12_000; changeAt += 997) {
        const w = world(recheckMs);
        for (let t = 0; t <= 15_000; t += 331) {
          w.at(t);
          if (t >= changeAt) w.set(account('analyst', true));
          const seen = await w.get();
          // A request after changeAt + recheckMs must see the change (a change made elsewhere).
          if (t >= changeAt + recheckMs) expect(seen?.disabled).toBe(true);
        }
      }
    }
  });

  it('reads at every request with a bound of 0, and at most once per bound otherwise', async () => {
    const w0 = world(0);
    for (let i = 0; i < 5; i++) await w0.get();
    expect(w0.reads()).toBe(5);
    const w = world(1000);
    for (let t = 0; t < 3000; t += 100) {
      w.at(t);
      await w.get();
    }
    expect(w.reads()).toBe(3);
  });

  it('a change made through this process is seen at the next request, and a read racing it is not kept', async () => {
    const w = world(5000);
    await w.get();
    w.at(10);
    w.cache.forget('u1'); // before the write commits
    expect((await w.get())?.disabled).toBe(false); // a read that raced the commit: the old state
    w.set(account('analyst', true)); // the commit
    w.at(20);
    expect((await w.get())?.disabled).toBe(true); // not served from the racing read
    w.at(6000);
    await w.get();
    w.at(6001);
    const before = w.reads();
    await w.get();
    expect(w.reads()).toBe(before); // cached again once the window has passed
  });

  it('a deleted account stays refused', async () => {
    const w = world(1000);
    w.set(undefined);
    expect(await w.get()).toBeUndefined();
    w.at(500);
    expect(await w.get()).toBeUndefined();
  });
});
