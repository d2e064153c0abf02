// Bad input never reaches the database: each graph question, given a driver that fails the test
// when used, throws its coded error (a PonteError naming the argument) first.
import { describe, expect, it, vi } from 'vitest';
import { isPonteError } from '../../errors.js';
import { networkSession, type StatisticsSession } from '../session.js';
import { networkViewer } from '../viewer.js';
import { brokers } from './brokers.js';
import { commonConnections } from './common-connections.js';
import { corridors } from './corridors.js';
import { introductions } from './introductions.js';
import { neighbourhood } from './neighbourhood.js';
import { networkStats } from './network-stats.js';
import { opportunityMatches } from './opportunity-matches.js';
import { paths } from './paths.js';
import { supportMatches } from './support-matches.js';

function guardedSession() {
  const executeQuery = vi.fn(() => {
    throw new Error('the database was queried');
  });
  const driver = { executeQuery, session: executeQuery } as unknown as Parameters<typeof networkSession>[0];
  const session: StatisticsSession = {
    ...networkSession(driver, 'neo4j', networkViewer),
    exactCounts: false,
    disclosure: undefined as never,
  };
  return { session, executeQuery };
}

type AnyQuestion = (session: StatisticsSession, args: never) => unknown;

async function rejection(question: unknown, args: Record<string, unknown>) {
  const { session, executeQuery } = guardedSession();
  const error: unknown = await Promise.resolve()
    .then(() => (question as AnyQuestion)(session, args as never))
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(executeQuery).not.toHaveBeenCalled();
  expect(isPonteError(error), String(error)).toBe(true);
  const e = error as { message: string; code: string; argument?: string };
  return { message: e.message, code: e.code, argument: e.argument };
}

describe('bad input is refused before any query', () => {
  it('paths: maxHops 7, a runaway limit, from = to', async () => {
    expect(await rejection(paths, { from: 'a', to: 'b', maxHops: 7 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'maxHops',
      message: expect.stringContaining('the limit is 6'),
    });
    expect(await rejection(paths, { from: 'a', to: 'b', limit: 1000 })).toMatchObject({ argument: 'limit' });
    expect(await rejection(paths, { from: 'a', to: 'a' })).toMatchObject({ argument: 'to' });
    expect(await rejection(paths, { from: 'a', to: 'b', filter: { asOf: 'soon' } })).toMatchObject({
      argument: 'filter.asOf',
    });
  });

  it('neighbourhood: empty ids, depth 4', async () => {
    expect(await rejection(neighbourhood, { ids: [] })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    expect(await rejection(neighbourhood, { ids: ['a'], depth: 4 })).toMatchObject({
      argument: 'depth',
      message: expect.stringContaining('the limit is 3'),
    });
    expect(await rejection(neighbourhood, { ids: ['a'], limit: 5000 })).toMatchObject({ argument: 'limit' });
  });

  it('commonConnections: empty or too many ids', async () => {
    expect(await rejection(commonConnections, { ids: [] })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    expect(await rejection(commonConnections, { ids: Array.from({ length: 11 }, (_, i) => `a${i}`) })).toMatchObject({
      argument: 'ids',
    });
  });

  it('introductions, brokers, matches, networkStats', async () => {
    expect(await rejection(introductions, { from: 'a', target: { kinds: ['Funder'] }, maxHops: 5 })).toMatchObject({
      argument: 'maxHops',
    });
    expect(await rejection(brokers, { between: ['IT', 'IT'] })).toMatchObject({ argument: 'between' });
    expect(await rejection(opportunityMatches, { migrantId: 'm', limit: 0 })).toMatchObject({ argument: 'limit' });
    expect(await rejection(supportMatches, { projectId: '', limit: 10 })).toMatchObject({ argument: 'projectId' });
    expect(await rejection(networkStats, { asOf: '31/12/2008' })).toMatchObject({ argument: 'asOf' });
  });

  it('asOf: every question that takes it refuses a day that is not one, naming it', async () => {
    const questions: Array<[string, unknown, Record<string, unknown>]> = [
      ['brokers', brokers, {}],
      ['commonConnections', commonConnections, { ids: ['a', 'b'] }],
      ['introductions', introductions, { from: 'a', target: { kinds: ['Funder'] } }],
      ['opportunityMatches', opportunityMatches, { migrantId: 'm' }],
      ['supportMatches', supportMatches, { projectId: 'p' }],
      ['corridors', corridors, {}],
    ];
    for (const [name, question, args] of questions) {
      for (const asOf of ['2008-02-30', 'yesterday', '2008-1-1']) {
        expect(await rejection(question, { ...args, asOf }), name).toMatchObject({
          code: 'BAD_USER_INPUT',
          argument: 'asOf',
          message: expect.stringContaining(`${name}: "asOf"`),
        });
      }
    }
  });
});
