import { describe, expect, it } from 'vitest';
import { AnswerCache } from './answer-cache.js';

/** A cache on a version and a clock the test moves by hand; `computed` counts computations. */
function setup(staleMs = 1000, maxEntries = 64) {
  const state = { version: 'v1', now: 0, computed: 0 };
  const cache = new AnswerCache({ version: async () => state.version, now: () => state.now, staleMs, maxEntries });
  const compute = (answer: string) => async () => {
    state.computed++;
    return `${answer}@${state.version}`;
  };
  return { state, cache, compute };
}

/** Lets pending promise callbacks (a background refresh) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AnswerCache', () => {
  it('computes once per version: no write, no recomputation', async () => {
    const { state, cache, compute } = setup();
    expect(await cache.get('k', compute('a'))).toBe('a@v1');
    state.now = 10_000_000; // time alone never expires an answer
    expect(await cache.get('k', compute('a'))).toBe('a@v1');
    expect(state.computed).toBe(1);
  });

  it('keys are separate', async () => {
    const { state, cache, compute } = setup();
    expect(await cache.get('k1', compute('a'))).toBe('a@v1');
    expect(await cache.get('k2', compute('b'))).toBe('b@v1');
    expect(state.computed).toBe(2);
  });

  it('after a write, serves the previous answer within staleMs while one refresh runs, then the new one', async () => {
    const { state, cache, compute } = setup(1000);
    await cache.get('k', compute('a'));
    state.version = 'v2';
    state.now = 500;
    expect(await cache.get('k', compute('a'))).toBe('a@v1');
    await settle();
    expect(state.computed).toBe(2);
    expect(await cache.get('k', compute('a'))).toBe('a@v2');
    expect(state.computed).toBe(2);
  });

  it('exact: after a write, never the previous answer, however recent', async () => {
    const { state, cache, compute } = setup(1000);
    await cache.get('k', compute('a'), { exact: true });
    for (const [version, now] of [
      ['v2', 0],
      ['v3', 1],
      ['v4', 999],
    ] as const) {
      state.version = version;
      state.now = now;
      expect(await cache.get('k', compute('a'), { exact: true })).toBe(`a@${version}`);
      expect(await cache.get('k', compute('a'), { exact: true })).toBe(`a@${version}`);
    }
    expect(state.computed).toBe(4);
  });

  it('after a write, waits for the new answer once the previous one is older than staleMs', async () => {
    const { state, cache, compute } = setup(1000);
    await cache.get('k', compute('a'));
    state.version = 'v2';
    state.now = 1001;
    expect(await cache.get('k', compute('a'))).toBe('a@v2');
  });

  it('staleMs counts from when the answer was last seen current, not from when it was computed', async () => {
    const { state, cache, compute } = setup(1000);
    await cache.get('k', compute('a'));
    state.now = 5000;
    await cache.get('k', compute('a')); // version unchanged: still current at 5000
    state.version = 'v2';
    state.now = 5500;
    expect(await cache.get('k', compute('a'))).toBe('a@v1');
  });

  it('concurrent requests share one computation', async () => {
    const { state, cache } = setup();
    let release!: (v: string) => void;
    const slow = () => {
      state.computed++;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const answers = Promise.all([cache.get('k', slow), cache.get('k', slow), cache.get('k', slow)]);
    await settle();
    release('x');
    expect(await answers).toEqual(['x', 'x', 'x']);
    expect(state.computed).toBe(1);
  });

  it('a failed computation is not remembered: the error reaches the caller and the next request computes again', async () => {
    const { state, cache, compute } = setup();
    await expect(cache.get('k', async () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(await cache.get('k', compute('a'))).toBe('a@v1');
    expect(state.computed).toBe(1);
  });

  it('a failed background refresh keeps the previous answer', async () => {
    const { state, cache, compute } = setup(1000);
    await cache.get('k', compute('a'));
    state.version = 'v2';
    expect(await cache.get('k', async () => Promise.reject(new Error('boom')))).toBe('a@v1');
    await settle();
    expect(await cache.get('k', compute('a'))).toBe('a@v1');
    await settle();
    expect(await cache.get('k', compute('a'))).toBe('a@v2');
  });

  it('holds at most maxEntries answers, dropping the least recently used', async () => {
    const { state, cache, compute } = setup(1000, 2);
    await cache.get('k1', compute('a'));
    await cache.get('k2', compute('b'));
    await cache.get('k1', compute('a')); // k1 used again: k2 is now the oldest
    await cache.get('k3', compute('c'));
    expect(cache.size).toBe(2);
    expect(state.computed).toBe(3);
    await cache.get('k1', compute('a'));
    expect(state.computed).toBe(3);
    await cache.get('k2', compute('b'));
    expect(state.computed).toBe(4);
  });
});
