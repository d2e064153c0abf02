import { describe, expect, it } from 'vitest';
import { alternationOrder, combineSegments, measureSegment } from './alternate.js';
import { waves } from './capture.js';

describe('alternationOrder', () => {
  it('is ABAB for two sides', () => {
    expect(alternationOrder(['api', 'sameWork'], 4)).toEqual([
      ['api', 'sameWork'],
      ['sameWork', 'api'],
      ['api', 'sameWork'],
      ['sameWork', 'api'],
    ]);
  });

  it('runs every side once per round and lets each go first equally often over a whole number of rotations', () => {
    for (const sides of [['a'], ['a', 'b'], ['a', 'b', 'c']]) {
      for (let k = 1; k <= 3; k++) {
        const rounds = alternationOrder(sides, k * sides.length);
        for (const round of rounds) expect([...round].sort()).toEqual(sides);
        for (const side of sides) expect(rounds.filter((r) => r[0] === side)).toHaveLength(k);
        // And every side sits in every position equally often: none always follows the same one.
        for (let pos = 0; pos < sides.length; pos++)
          for (const side of sides) expect(rounds.filter((r) => r[pos] === side)).toHaveLength(k);
      }
    }
  });
});

describe('waves', () => {
  it('groups overlapping transactions and keeps the order of the rest', () => {
    const t = (start: number, end: number) => ({ start, end });
    expect(waves([t(5, 6), t(0, 2), t(1, 3), t(2.5, 4)])).toEqual([[t(0, 2), t(1, 3), t(2.5, 4)], [t(5, 6)]]);
    expect(waves([t(0, 1), t(1, 2), t(2, 3)])).toEqual([[t(0, 1)], [t(1, 2)], [t(2, 3)]]);
    expect(waves([])).toEqual([]);
  });

  it('for any intervals: every one in exactly one wave, waves ordered and disjoint in time', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 100;
    for (let n = 0; n < 200; n++) {
      const items = Array.from({ length: 1 + (n % 12) }, () => {
        const start = rand();
        return { start, end: start + rand() / 10 };
      });
      const ws = waves(items);
      expect(ws.flat()).toHaveLength(items.length);
      for (let i = 1; i < ws.length; i++) {
        const prevEnd = Math.max(...ws[i - 1]!.map((x) => x.end));
        expect(Math.min(...ws[i]!.map((x) => x.start))).toBeGreaterThanOrEqual(prevEnd);
      }
    }
  });
});

describe('measureSegment / combineSegments', () => {
  it('counts a call past the cap as "did not finish", not as a sample or an error, and still ends', async () => {
    let i = 0;
    const segment = await measureSegment(
      (n, signal) =>
        n % 2 === 0
          ? Promise.resolve()
          : new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
      { concurrency: 2, durationMs: 50, capMs: 30 },
      () => i++,
    );
    expect(segment.didNotFinish).toBe(2); // each worker stops at its first call past the cap
    expect(segment.errors).toBe(0);
    expect(segment.samples.length).toBeGreaterThan(0);
  });

  it('keeps failures apart with the first message', async () => {
    let i = 0;
    const segment = await measureSegment(
      async (n) => {
        if (n % 3 === 0) throw new Error(`refused ${n}`);
      },
      { concurrency: 1, durationMs: 20, capMs: 1000 },
      () => i++,
    );
    expect(segment.errors).toBeGreaterThan(0);
    expect(segment.firstError).toBe('refused 0');
  });

  it('pools the samples of every round and measures throughput over their summed wall time', () => {
    const s = combineSegments([
      { samples: [1, 3], errors: 1, didNotFinish: 0, wallMs: 1000 },
      { samples: [2, 4], errors: 0, didNotFinish: 2, wallMs: 1000 },
    ]);
    expect(s).toMatchObject({ count: 4, errors: 1, didNotFinish: 2, p50: 2, p99: 4, throughput: 2 });
  });
});
