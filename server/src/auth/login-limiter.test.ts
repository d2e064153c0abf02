import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter.js';

describe('LoginLimiter', () => {
  it('allows `limit` attempts per window per address and per e-mail', () => {
    let now = 0;
    const limiter = new LoginLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.hit('1.1.1.1', 'a@x'))).toEqual([0, 0, 0]);
    expect(limiter.hit('1.1.1.1', 'b@x')).toBe(60); // same address
    expect(limiter.hit('2.2.2.2', 'A@X ')).toBe(60); // same e-mail, normalised
    expect(limiter.hit('3.3.3.3', 'c@x')).toBe(0);
    now = 60_001;
    expect(limiter.hit('1.1.1.1', 'a@x')).toBe(0);
  });
});
