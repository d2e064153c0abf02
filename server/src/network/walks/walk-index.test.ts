import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { buildWalkGraph, type WalkGraph } from './walk-graph.js';
import { forOneQuestion, WalkIndex, type WalkBuild } from './walk-index.js';

const noDriver = {} as Driver;

/** An index over a fake database whose version the test moves, with a clock the test sets. */
function fixture(options: { writeDuringRead?: boolean } = {}) {
  let version = 1;
  let now = 0;
  let reads = 0;
  const builds: WalkBuild[] = [];
  const index = new WalkIndex(noDriver, 'neo4j', {
    version: () => Promise.resolve(`v${version}`),
    read: (): Promise<WalkGraph> => {
      reads++;
      if (options.writeDuringRead) version++;
      return Promise.resolve(buildWalkGraph([], []));
    },
    now: () => now,
    minRebuildIntervalMs: 1000,
    onBuild: (b) => builds.push(b),
  });
  return {
    index,
    builds,
    reads: () => reads,
    write: () => version++,
    advance: (ms: number) => (now += ms),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the walk index', () => {
  it('is used only at the version it was read at, and read again after a write', async () => {
    const f = fixture();
    expect(await f.index.current()).toBeUndefined(); // none yet: a read starts
    await settle();
    expect((await f.index.current())?.version).toBe('v1');
    expect(await f.index.status()).toBe('current');
    f.write();
    expect(await f.index.status()).toBe('stale');
    // Stale, and the last read ended less than the interval ago: no read yet.
    expect(await f.index.current()).toBeUndefined();
    await settle();
    expect(f.reads()).toBe(1);
    f.advance(1000);
    expect(await f.index.current()).toBeUndefined();
    await settle();
    expect(f.reads()).toBe(2);
    expect((await f.index.current())?.version).toBe('v2');
  });

  it('throws away a read that saw a write', async () => {
    const f = fixture({ writeDuringRead: true });
    expect(await f.index.build()).toBeUndefined();
    expect(f.builds.map((b) => b.outcome)).toEqual(['stale']);
    expect(await f.index.status()).toBe('none');
  });

  it("reads the version once per question's searches", async () => {
    let asked = 0;
    const walks = forOneQuestion({
      current: () => {
        asked++;
        return Promise.resolve(undefined);
      },
      isCurrent: () => Promise.resolve(true),
    });
    await Promise.all([walks.current(), walks.current()]);
    await walks.current();
    expect(asked).toBe(1);
  });
});
