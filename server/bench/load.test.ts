import { describe, expect, it } from 'vitest';
import { runLoad, seededRandom } from './load.js';

describe('runLoad', () => {
  it('runs at the given concurrency, stops at maxOps and counts failures apart', async () => {
    let inFlight = 0;
    let peak = 0;
    const summary = await runLoad(
      async (i) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
        if (i % 10 === 0) throw new Error('boom');
      },
      { concurrency: 4, durationMs: 5_000, warmupMs: 0, maxOps: 40 },
    );
    expect(peak).toBe(4);
    expect(summary.count + summary.errors).toBe(40);
    expect(summary.errors).toBe(4);
  });
});

describe('seededRandom', () => {
  it('repeats for the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
