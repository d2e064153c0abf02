import { describe, expect, it } from 'vitest';
import { signInPolicy, SignInThrottle } from './sign-in-throttle.js';

const A = '203.0.113.7';
const B = '198.51.100.9';
const OWNER = 'owner@example.org';

function throttle(addressLimit = 10) {
  const clock = { t: 1_000_000 };
  return { clock, throttle: new SignInThrottle(signInPolicy(addressLimit), () => clock.t) };
}

/** Fails `n` times in a row as fast as allowed; returns the verdicts. */
const hammer = (s: SignInThrottle, address: string, email: string, n: number) =>
  Array.from({ length: n }, () => s.attempt(address, email));

describe('SignInThrottle', () => {
  it('an attacker failing 50 times from A does not delay the owner at B', () => {
    const { throttle: s } = throttle();
    const verdicts = hammer(s, A, OWNER, 50);
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(3);
    expect(verdicts[3]).toEqual({ allowed: false, reason: 'pair', retryAfterSeconds: 1 });
    expect(s.attempt(B, OWNER)).toEqual({ allowed: true });
  });

  it('slows the (address, account) pair down exponentially, capped, and a success resets it', () => {
    const { clock, throttle: s } = throttle(1000);
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      let v = s.attempt(A, OWNER);
      if (!v.allowed) {
        waits.push(v.retryAfterSeconds);
        clock.t += v.retryAfterSeconds * 1000;
        v = s.attempt(A, OWNER);
      }
      expect(v.allowed).toBe(true);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    s.succeeded(A, OWNER);
    expect(s.attempt(A, OWNER)).toEqual({ allowed: true });
  });

  it('limits failures per address whatever the account, until the oldest leaves the window', () => {
    const { clock, throttle: s } = throttle(10);
    for (let i = 0; i < 10; i++) expect(s.attempt(A, `user${i}@example.org`).allowed).toBe(true);
    expect(s.attempt(A, 'fresh@example.org')).toEqual({ allowed: false, reason: 'address', retryAfterSeconds: 900 });
    expect(s.attempt(B, 'fresh@example.org').allowed).toBe(true);
    clock.t += 15 * 60_000;
    expect(s.attempt(A, 'fresh@example.org').allowed).toBe(true);
  });

  it('a success takes its attempt back: an office signing in through one address is not limited', () => {
    const { throttle: s } = throttle(3);
    for (let i = 0; i < 20; i++) {
      expect(s.attempt(A, `colleague${i}@example.org`).allowed).toBe(true);
      s.succeeded(A, `colleague${i}@example.org`);
    }
  });

  it('spaces attempts at one account from many addresses by seconds, not a lock; known addresses pass', () => {
    const { clock, throttle: s } = throttle(10);
    s.attempt('192.0.2.1', OWNER);
    s.succeeded('192.0.2.1', OWNER);
    // 50 failures from 50 addresses (distributed guessing): the account's budget of free failures.
    for (let i = 0; i < 50; i++) expect(s.attempt(`10.0.${i}.1`, OWNER).allowed).toBe(true);
    expect(s.attempt('10.1.0.1', OWNER).allowed).toBe(true);
    const spaced = s.attempt('10.1.0.2', OWNER);
    expect(spaced).toEqual({ allowed: false, reason: 'account', retryAfterSeconds: 2 });
    // The owner's usual address is not spaced; a new one waits at most the spacing.
    expect(s.attempt('192.0.2.1', OWNER).allowed).toBe(true);
    clock.t += 2_000;
    expect(s.attempt(B, OWNER).allowed).toBe(true);
  });

  it('e-mails are compared trimmed and case-folded', () => {
    const { throttle: s } = throttle();
    hammer(s, A, OWNER, 3);
    expect(s.attempt(A, '  Owner@Example.ORG ').allowed).toBe(false);
  });
});

describe('SignInThrottle.failed', () => {
  it('starts the wait when the wrong answer goes out, not when the slow check began', () => {
    const { clock, throttle: s } = throttle();
    for (let i = 0; i < 3; i++) {
      expect(s.attempt(A, OWNER).allowed).toBe(true);
      clock.t += 1_500; // a slow scrypt check
      s.failed(A, OWNER);
    }
    expect(s.attempt(A, OWNER)).toEqual({ allowed: false, reason: 'pair', retryAfterSeconds: 1 });
  });
});
