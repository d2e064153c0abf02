import { describe, expect, it } from 'vitest';
import { RateWindow } from './rate-window.js';

describe('RateWindow', () => {
  it('allows `limit` hits per key in the window, then says how long to wait, then allows again', () => {
    let now = 1_000_000;
    const window = new RateWindow(2, 60_000, () => now);
    expect(window.hit('a')).toBe(0);
    now += 10_000;
    expect(window.hit('a')).toBe(0);
    expect(window.hit('a')).toBe(50);
    expect(window.hit('b')).toBe(0);
    now += 50_000;
    expect(window.hit('a')).toBe(0);
  });
});
