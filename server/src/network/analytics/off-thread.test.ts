import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../seeds/generator/prng.js';
import { ErrorCode, PonteError } from '../../errors.js';
import { AnswerCache } from '../answer-cache.js';
import { brokerageRoles } from './brokerage.js';
import { computeAnalytics } from './compute.js';
import { actorArcs, canonical, ORIENTATIONS, type Projection } from './graph.js';
import { inWorker, runWorker } from './off-thread.js';
import { packProjection, unpackProjection } from './wire.js';

/** A random projection of n nodes (actors and events, countries and none) and n × perNode ties. */
function randomProjection(seed: number, n: number, perNode: number): Projection {
  const rand = mulberry32(seed);
  const countries = ['IT', 'MA', 'FR', null];
  const kinds = ['Migrant', 'Association', 'Funder', 'Event'];
  const nodes = Array.from({ length: n }, (_, i) => {
    const kind = kinds[Math.floor(rand() * kinds.length)]!;
    return { id: `n${i}`, kind, country: countries[Math.floor(rand() * 4)]!, actor: kind !== 'Event' };
  });
  const types = ['PARTNERS_WITH', 'MEMBER_OF', 'FUNDS', 'MENTORS'];
  const ties = Array.from({ length: Math.floor(n * perNode) }, () => ({
    from: nodes[Math.floor(rand() * n)]!.id,
    to: nodes[Math.floor(rand() * n)]!.id,
    type: types[Math.floor(rand() * 4)]!,
    weight: Math.round(rand() * 10) / 10,
  }));
  return canonical(nodes, ties);
}

const withoutTimings = <T extends { timings: unknown }>(a: T) => ({ ...a, timings: {} });

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the worker was expected to fail'),
    (error: unknown) => error,
  );

describe('analytics off the event loop', { timeout: 120_000 }, () => {
  it('packing keeps the projection and its canonical order, for all seeds', () => {
    for (const seed of [1, 2, 3]) {
      const projection = randomProjection(seed, 80, 2);
      expect(unpackProjection(packProjection(projection))).toEqual(projection);
    }
  });

  it('for all seeds, the worker answers exactly what the inline computation gives', async () => {
    for (const seed of [21, 22]) {
      const projection = randomProjection(seed, 200, 2);
      const inline = computeAnalytics(projection);
      expect(withoutTimings(await inWorker({ task: 'analytics', projection }))).toEqual(withoutTimings(inline));
      for (const orientation of ORIENTATIONS) {
        const roles = await inWorker({ task: 'brokerage', projection, orientation });
        expect(roles).toEqual(
          brokerageRoles(
            projection.nodes.filter((n) => n.actor),
            actorArcs(projection, orientation),
          ),
        );
      }
    }
  });

  it('a timer set once the computation has started fires before it ends (inline, it could not)', async () => {
    // Big enough that computing takes many turns of the event loop (sampled betweenness, Louvain).
    const projection = randomProjection(5, 6_000, 3);
    const events: string[] = [];
    const answer = inWorker(
      { task: 'analytics', projection },
      { onStarted: () => (events.push('started'), setTimeout(() => events.push('timer'), 0)) },
    ).then((a) => (events.push('done'), a));
    const a = await answer;
    expect(events).toEqual(['started', 'timer', 'done']);
    expect(a.nodes).toHaveLength(6_000);

    // The control: the same computation on the event loop holds the timer back until it is over.
    const inline: string[] = [];
    const fired = new Promise<void>((resolve) => setTimeout(() => (inline.push('timer'), resolve()), 0));
    computeAnalytics(randomProjection(6, 500, 3));
    inline.push('done');
    await fired;
    expect(inline).toEqual(['done', 'timer']);
  });

  it('a worker that exits or throws answers ANALYTICS_FAILED, and the next computation succeeds', async () => {
    for (const name of ['exits', 'throws']) {
      const error = await failure(runWorker(new URL(`./test-workers/${name}.ts`, import.meta.url), {}));
      expect(error).toBeInstanceOf(PonteError);
      expect((error as PonteError).code).toBe(ErrorCode.AnalyticsFailed);
    }
    const projection = randomProjection(7, 50, 2);
    expect((await inWorker({ task: 'analytics', projection })).nodes).toHaveLength(50);
  });

  it('behind the answer cache: concurrent askers share one worker; after a failure the next ask retries', async () => {
    const cache = new AnswerCache({ version: async () => 'v1' });
    const projection = randomProjection(8, 100, 2);
    let started = 0;
    const compute = () => inWorker({ task: 'analytics', projection }, { onStarted: () => started++ });
    const [a, b] = await Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    expect(a).toBe(b);
    expect(started).toBe(1);

    const crash = () => runWorker(new URL('./test-workers/exits.ts', import.meta.url), {});
    const error = await failure(cache.get('other', crash));
    expect((error as PonteError).code).toBe(ErrorCode.AnalyticsFailed);
    expect((await cache.get('other', compute)).nodes).toHaveLength(100);
    expect(started).toBe(2);
  });
});
