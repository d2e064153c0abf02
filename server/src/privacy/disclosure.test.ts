import { describe, expect, it } from 'vitest';
import {
  DisclosureControl,
  fingerprintOfIds,
  MIN_KEY_BYTES,
  ROUNDING_BASE,
  roundCount,
  uniformDraw,
  yearEnd,
} from './disclosure.js';

const KEY = new TextEncoder().encode('a disclosure key for unit tests, 32+ bytes long');
const OTHER_KEY = new TextEncoder().encode('another disclosure key for the unit tests, also long');

describe('consistent keyed random rounding', () => {
  it('publishes multiples of 5; 0 and multiples of 5 stay as they are; 1–4 become 0 or 5', () => {
    for (let n = 0; n <= 200; n++) {
      const v = roundCount(KEY, 'ties', n, `fp-${n}`);
      expect(v % ROUNDING_BASE).toBe(0);
      expect(Math.abs(v - n)).toBeLessThan(ROUNDING_BASE);
      if (n % 5 === 0) expect(v).toBe(n);
    }
    expect(roundCount(KEY, 'ties', 0, 'anything')).toBe(0);
    for (let n = 1; n <= 4; n++) expect([0, 5]).toContain(roundCount(KEY, 'migrants', n, 'x'));
  });

  it('the same cell with the same contributors always gets the same value (asking again averages nothing out)', () => {
    const ids = ['migrant-1', 'migrant-2', 'migrant-3'];
    const first = roundCount(KEY, 'migrants', 3, fingerprintOfIds(ids));
    for (let i = 0; i < 20; i++)
      expect(roundCount(KEY, 'migrants', 3, fingerprintOfIds([...ids].reverse()))).toBe(first);
  });

  it('one contributor more or less gives an independent-looking draw, and so does another key', () => {
    // Draws for sets that differ by one id: spread over [0, 1), uncorrelated with their neighbour's.
    const draws = Array.from({ length: 2000 }, (_, i) => uniformDraw(KEY, 'ties', 7, `sum:${1000 + i}`));
    // Fingerprints of sets that differ by one id differ in the same way (fingerprintOfIds below).
    const mean = draws.reduce((s, d) => s + d, 0) / draws.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.03);
    const deciles = new Array<number>(10).fill(0);
    for (const d of draws) deciles[Math.floor(d * 10)]! += 1;
    for (const c of deciles) expect(c).toBeGreaterThan(140); // 200 expected per decile
    let lag = 0;
    for (let i = 1; i < draws.length; i++) lag += (draws[i]! - 0.5) * (draws[i - 1]! - 0.5);
    expect(Math.abs(lag / (draws.length - 1) / (1 / 12))).toBeLessThan(0.1); // lag-1 correlation
    expect(uniformDraw(OTHER_KEY, 'ties', 7, 'fp')).not.toBe(uniformDraw(KEY, 'ties', 7, 'fp'));
    expect(uniformDraw(KEY, 'migrants', 7, 'fp')).not.toBe(uniformDraw(KEY, 'ties', 7, 'fp'));
  });

  it('is unbiased: over many contributor sets the mean published value is within 0.05 of the true count', () => {
    for (const n of [1, 2, 3, 4, 7, 13]) {
      const runs = 20_000;
      let sum = 0;
      for (let i = 0; i < runs; i++) sum += roundCount(KEY, 'ties', n, `set-${i}`);
      // Standard error of the mean is at most 2.5 / sqrt(20000) ≈ 0.018: 0.05 is ~3 standard errors.
      expect(Math.abs(sum / runs - n)).toBeLessThan(0.05);
    }
  });

  it('refuses a negative or fractional count and a short key', () => {
    expect(() => roundCount(KEY, 'ties', -1, 'x')).toThrow(RangeError);
    expect(() => roundCount(KEY, 'ties', 1.5, 'x')).toThrow(RangeError);
    expect(() => new DisclosureControl(new Uint8Array(MIN_KEY_BYTES - 1))).toThrow(/at least 32 bytes/);
  });

  it('publishes exact figures to staff and rounded ones below', () => {
    const control = new DisclosureControl(KEY);
    expect(control.generated).toBe(false);
    expect(control.publish('migrants', { count: 3, fingerprint: 'x' }, true)).toBe(3);
    expect(control.publish('migrants', { count: 3, fingerprint: 'x' }, false)).toBe(
      roundCount(KEY, 'migrants', 3, 'x'),
    );
    expect(new DisclosureControl().generated).toBe(true);
  });
});

describe('fingerprints and years', () => {
  it('a set of ids has one fingerprint whatever the order or repeats; one id more changes it', () => {
    expect(fingerprintOfIds(['b', 'a', 'a'])).toBe(fingerprintOfIds(['a', 'b']));
    expect(fingerprintOfIds(['a', 'b', 'c'])).not.toBe(fingerprintOfIds(['a', 'b']));
    expect(fingerprintOfIds(['ab'])).not.toBe(fingerprintOfIds(['a', 'b']));
  });

  it('coarsens any day to 31 December of its year', () => {
    expect(['2008-01-01', '2008-06-30', '2008-12-31'].map(yearEnd)).toEqual(['2008-12-31', '2008-12-31', '2008-12-31']);
  });
});
