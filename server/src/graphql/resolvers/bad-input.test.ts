// Bad input never reaches the database: each graph resolver, given a driver that fails the test
// when used, throws its coded error first.
import { describe, expect, it, vi } from 'vitest';
import type { PonteContext } from '../context.js';
import { networkViewer } from '../viewer.js';
import { brokers } from './brokers.js';
import { commonConnections } from './common-connections.js';
import { introductions } from './introductions.js';
import { neighbourhood } from './neighbourhood.js';
import { networkStats } from './network-stats.js';
import { opportunityMatches } from './opportunity-matches.js';
import { paths } from './paths.js';
import { supportMatches } from './support-matches.js';

function guardedContext() {
  const executeQuery = vi.fn(() => {
    throw new Error('the database was queried');
  });
  const context = { driver: { executeQuery }, database: 'neo4j', viewer: networkViewer } as unknown as PonteContext;
  return { context, executeQuery };
}

type AnyResolver = (parent: unknown, args: never, context: PonteContext, info: never) => unknown;

async function rejection(resolver: unknown, args: Record<string, unknown>) {
  const { context, executeQuery } = guardedContext();
  const error = await Promise.resolve()
    .then(() => (resolver as AnyResolver)({}, args as never, context, {} as never))
    .then(
      () => undefined,
      (e: { message: string; extensions?: Record<string, unknown> }) => e,
    );
  expect(executeQuery).not.toHaveBeenCalled();
  return { message: error?.message, ...error?.extensions };
}

describe('bad input is refused before any query', () => {
  it('paths: maxHops 7, a runaway limit, from = to', async () => {
    expect(await rejection(paths, { from: 'a', to: 'b', maxHops: 7 })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops', message: expect.stringContaining('the limit is 6') });
    expect(await rejection(paths, { from: 'a', to: 'b', limit: 1000 })).toMatchObject({ argument: 'limit' });
    expect(await rejection(paths, { from: 'a', to: 'a' })).toMatchObject({ argument: 'to' });
    expect(await rejection(paths, { from: 'a', to: 'b', filter: { asOf: 'soon' } })).toMatchObject({ argument: 'filter.asOf' });
  });

  it('neighbourhood: empty ids, depth 4', async () => {
    expect(await rejection(neighbourhood, { ids: [] })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    expect(await rejection(neighbourhood, { ids: ['a'], depth: 4 })).toMatchObject({ argument: 'depth', message: expect.stringContaining('the limit is 3') });
    expect(await rejection(neighbourhood, { ids: ['a'], limit: 5000 })).toMatchObject({ argument: 'limit' });
  });

  it('commonConnections: empty or too many ids', async () => {
    expect(await rejection(commonConnections, { ids: [] })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    expect(await rejection(commonConnections, { ids: Array.from({ length: 11 }, (_, i) => `a${i}`) })).toMatchObject({ argument: 'ids' });
  });

  it('introductions, brokers, matches, networkStats', async () => {
    expect(await rejection(introductions, { from: 'a', target: { kinds: ['Funder'] }, maxHops: 5 })).toMatchObject({ argument: 'maxHops' });
    expect(await rejection(brokers, { between: ['IT', 'IT'] })).toMatchObject({ argument: 'between' });
    expect(await rejection(opportunityMatches, { migrantId: 'm', limit: 0 })).toMatchObject({ argument: 'limit' });
    expect(await rejection(supportMatches, { projectId: '', limit: 10 })).toMatchObject({ argument: 'projectId' });
    expect(await rejection(networkStats, { asOf: '31/12/2008' })).toMatchObject({ argument: 'asOf' });
  });
});
