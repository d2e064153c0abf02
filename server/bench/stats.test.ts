import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarise } from './stats.js';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 10)).toBe(1);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarise / ratio', () => {
  it('computes throughput over wall time and keeps the error count', () => {
    const s = summarise([3, 1, 2, 4], 1, 2000);
    expect(s).toMatchObject({ count: 4, errors: 1, p50: 2, p99: 4, mean: 2.5, throughput: 2 });
  });

  it('formats ratios and guards missing baselines', () => {
    expect(ratio(3, 2)).toBe('1.50');
    expect(ratio(3, 0)).toBe('–');
    expect(ratio(Number.NaN, 2)).toBe('–');
  });
});
