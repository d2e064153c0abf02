import { describe, expect, it } from 'vitest';
import { seededRandom } from '../bench/load.js';
import { ErrorCode } from '../src/errors.js';
import { allowedFinalValues, classifyResponse, neverReached, RoundRobin, Tally, type Attempt } from './soak.js';

describe('classifyResponse', () => {
  it('is ok only for an answer with data and no errors below 400', () => {
    expect(classifyResponse(200, { data: { a: 1 } })).toEqual({ kind: 'ok' });
    expect(classifyResponse(200, { data: null, errors: [] })).toEqual({ kind: 'ok' });
    expect(classifyResponse(200, 'not json').kind).toBe('uncoded');
    expect(classifyResponse(502, undefined).kind).toBe('uncoded');
    expect(classifyResponse(404, {}).kind).toBe('uncoded');
  });

  it('calls every status coded exactly when every error carries a code of errors.ts', () => {
    const rand = seededRandom(7);
    const codes = [...Object.values(ErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', undefined, 42];
    for (let run = 0; run < 500; run++) {
      const status = [200, 400, 500, 503][Math.floor(rand() * 4)]!;
      const picked = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => codes[Math.floor(rand() * codes.length)]);
      const body = { data: null, errors: picked.map((code) => ({ message: 'm', extensions: { code } })) };
      const known = picked.every((c) => (Object.values(ErrorCode) as unknown[]).includes(c));
      const outcome = classifyResponse(status, body);
      expect(outcome.kind).toBe(known ? 'coded' : 'uncoded');
      if (outcome.kind === 'coded') expect(outcome.codes).toEqual(picked);
    }
  });

  it('treats an error without extensions as uncoded, naming its message', () => {
    const outcome = classifyResponse(500, { errors: [{ message: 'Unexpected error value' }] });
    expect(outcome).toMatchObject({ kind: 'uncoded', reason: expect.stringContaining('Unexpected error value') });
  });
});

describe('neverReached', () => {
  it('is true only for a refused connection', () => {
    expect(neverReached(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }))).toBe(true);
    expect(neverReached(new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }))).toBe(false);
    expect(neverReached(new Error('other'))).toBe(false);
    expect(neverReached(undefined)).toBe(false);
  });
});

describe('RoundRobin', () => {
  it('spreads evenly over live backends, skips a dead one and takes it back at its new address', () => {
    const rand = seededRandom(11);
    for (let run = 0; run < 100; run++) {
      const n = 1 + Math.floor(rand() * 4);
      const rr = new RoundRobin(Array.from({ length: n }, (_, i) => `http://b${i}`));
      const count = (picks: number) => {
        const seen = new Map<string, number>();
        for (let i = 0; i < picks; i++) {
          const p = rr.pick();
          if (p) seen.set(p.base, (seen.get(p.base) ?? 0) + 1);
        }
        return seen;
      };
      const even = count(n * 10);
      expect([...even.values()]).toEqual(Array(n).fill(10));
      const dead = Math.floor(rand() * n);
      rr.markDown(dead);
      expect(rr.live).toBe(n - 1);
      const without = count(n * 10);
      expect(without.has(`http://b${dead}`)).toBe(false);
      if (n === 1) expect(rr.pick()).toBeUndefined();
      rr.restore(dead, `http://new${dead}`);
      const back = count(n * 10);
      expect(back.get(`http://new${dead}`)).toBe(10);
      expect(back.has(`http://b${dead}`)).toBe(false);
    }
  });

  it('refuses to balance over nothing', () => {
    expect(() => new RoundRobin([])).toThrow(/at least one/);
  });
});

describe('Tally', () => {
  it('counts outcomes per operation and codes, finds failures in a window and the first success after a moment', () => {
    const t = new Tally();
    t.add({ op: 'read', backend: 0, at: 100, ms: 5, outcome: { kind: 'ok' } });
    t.add({ op: 'read', backend: 1, at: 200, ms: 5, outcome: { kind: 'coded', codes: ['DATABASE_UNAVAILABLE'] } });
    t.add({ op: 'write', backend: 0, at: 210, ms: 5, outcome: { kind: 'coded', codes: ['DATABASE_UNAVAILABLE'] } });
    t.add({ op: 'write', backend: 1, at: 300, ms: 50, outcome: { kind: 'transport', reason: 'reset' } });
    t.add({ op: 'read', backend: 1, at: 400, ms: 30, outcome: { kind: 'ok' } });
    t.add({ op: 'read', backend: 0, at: 405, ms: 10, outcome: { kind: 'ok' } });
    t.add({ op: 'read', backend: 0, at: 500, ms: 1, outcome: { kind: 'uncoded', reason: 'HTTP 500' } });
    expect(t.codes()).toEqual({ DATABASE_UNAVAILABLE: 2 });
    expect(t.uncoded().map((s) => s.at)).toEqual([500]);
    expect(t.failures(150, 400).map((s) => s.at)).toEqual([200, 210, 300]);
    expect(t.firstOkAfter(150)).toBe(415);
    expect(t.firstOkAfter(150, 1)).toBe(430);
    expect(t.firstOkAfter(600)).toBeUndefined();
    // Sent before 150 and answered after it: the process served again at its end.
    expect(t.firstOkAfter(104, undefined, true)).toBe(105);
    expect(t.firstOkAfter(150, 1, true)).toBe(t.firstOkAfter(150, 1));
    expect(t.firstOkAfter(600, undefined, true)).toBeUndefined();
    expect(t.byOp()).toEqual({
      read: { count: 5, ok: 3, coded: 1, uncoded: 1, transport: 0, p50: 10, p95: 30 },
      write: { count: 2, ok: 0, coded: 1, uncoded: 0, transport: 1, p50: Number.NaN, p95: Number.NaN },
    });
  });
});

describe('allowedFinalValues', () => {
  it('always allows the last acknowledged value, and otherwise only what was attempted after it', () => {
    const rand = seededRandom(3);
    for (let run = 0; run < 500; run++) {
      const attempts: Attempt[] = Array.from({ length: Math.floor(rand() * 6) }, (_, i) => ({
        value: `v${i}`,
        acknowledged: rand() < 0.6,
      }));
      const allowed = allowedFinalValues('v-initial', attempts);
      const lastAck = attempts.map((a) => a.acknowledged).lastIndexOf(true);
      expect(allowed.has(lastAck >= 0 ? `v${lastAck}` : 'v-initial')).toBe(true);
      // Nothing older than the last acknowledged write may survive: that would be a lost write.
      for (let i = 0; i < lastAck; i++) expect(allowed.has(`v${i}`)).toBe(false);
      if (lastAck >= 0) expect(allowed.has('v-initial')).toBe(false);
      expect(allowed.size).toBe(1 + attempts.length - (lastAck + 1));
    }
  });
});
