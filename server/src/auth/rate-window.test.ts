import { describe, expect, it } from 'vitest';
import { RateWindow, SlidingWindow } from './rate-window.js';

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

describe('SlidingWindow', () => {
  it('keeps each key’s events inside the window, takes back the last one and forgets stale keys', () => {
    let now = 0;
    const window = new SlidingWindow(1_000, () => now);
    window.add('a');
    now = 400;
    window.add('a');
    expect(window.recent('a')).toEqual([0, 400]);
    expect(window.msUntilOldestLeaves('a')).toBe(600);
    window.removeLast('a');
    expect(window.recent('a')).toEqual([0]);
    now = 1_000;
    expect(window.recent('a')).toEqual([]);
    expect(window.msUntilOldestLeaves('a')).toBe(0);
    window.add('b', 1_000);
    expect(window.recent('b', 1_999)).toEqual([1_000]);
    expect(window.recent('b', 2_000)).toEqual([]);
  });
});
