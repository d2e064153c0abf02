import { describe, expect, it } from 'vitest';
import { checkFilter, checkIds, checkRange, nodePredicate, tiePredicate } from './input.js';
import { checkBrokersArgs } from './questions/brokers.js';
import { checkCommonConnectionsArgs } from './questions/common-connections.js';
import { checkIntroductionsArgs } from './questions/introductions.js';
import { checkNeighbourhoodArgs } from './questions/neighbourhood.js';
import { checkPathsArgs } from './questions/paths.js';
import { VIEWERS } from './viewer.js';

function codeOf(fn: () => unknown): { code: unknown; argument: unknown; message: string } {
  try {
    fn();
  } catch (e) {
    // A PonteError: the GraphQL error formatter turns code and argument into extensions (graphql/errors.ts).
    const err = e as { code: unknown; argument: unknown; message: string };
    return { code: err.code, argument: err.argument, message: err.message };
  }
  throw new Error('expected an error');
}

describe('argument checks (run before any query)', () => {
  it('maxHops above 6 names the argument and the limit 6', () => {
    const e = codeOf(() => checkPathsArgs({ from: 'a', to: 'b', maxHops: 7 }));
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
    expect(e.message).toContain('the limit is 6');
    expect(e.message).toContain('got 7');
  });

  it('defaults apply and good arguments pass', () => {
    expect(checkPathsArgs({ from: 'a', to: 'b' })).toMatchObject({ maxHops: 4, limit: 3 });
    expect(checkNeighbourhoodArgs({ ids: ['a', 'a'] })).toMatchObject({ ids: ['a'], depth: 1, limit: 300 });
  });

  it('paths from an actor to itself is bad input', () => {
    expect(codeOf(() => checkPathsArgs({ from: 'a', to: 'a' })).argument).toBe('to');
  });

  it('neighbourhood depth is 1–3, ids 1–50', () => {
    expect(codeOf(() => checkNeighbourhoodArgs({ ids: ['a'], depth: 4 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'depth',
    });
    expect(codeOf(() => checkNeighbourhoodArgs({ ids: [] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'ids',
    });
    expect(
      codeOf(() => checkNeighbourhoodArgs({ ids: Array.from({ length: 51 }, (_, i) => `n${i}`) })).message,
    ).toContain('at most 50');
  });

  it('commonConnections needs 2–10 distinct ids', () => {
    expect(codeOf(() => checkCommonConnectionsArgs({ ids: [] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'ids',
    });
    expect(codeOf(() => checkCommonConnectionsArgs({ ids: ['a', 'a'] })).message).toContain('at least 2 distinct ids');
  });

  it('introductions: maxHops ≤ 4 and a target that says something', () => {
    expect(
      codeOf(() => checkIntroductionsArgs({ from: 'a', target: { kinds: ['Funder'] }, maxHops: 5 })).message,
    ).toContain('the limit is 4');
    expect(codeOf(() => checkIntroductionsArgs({ from: 'a', target: {} })).argument).toBe('target');
  });

  it('brokers: two different countries', () => {
    expect(codeOf(() => checkBrokersArgs({ between: ['IT'] })).argument).toBe('between');
    expect(checkBrokersArgs({})).toEqual({ sides: ['IT', 'MA'], limit: 20 });
  });

  it('checkRange and checkIds reject non-integers and empty ids', () => {
    expect(() => checkRange('f', 'limit', 1.5, 1, 1, 10)).toThrow(/between 1 and 10/);
    expect(() => checkIds('f', 'ids', [' '], 1, 5)).toThrow(/non-empty id/);
  });
});

describe('GraphFilter', () => {
  it('paths drop geographic types and refuse a filter of only geographic ones', () => {
    expect(checkFilter('paths', { relationshipTypes: ['MENTORS', 'BASED_IN'] }, false).types).toEqual(['MENTORS']);
    expect(() => checkFilter('paths', { relationshipTypes: ['BASED_IN'] }, false)).toThrow(/geographic/);
    expect(checkFilter('neighbourhood', { relationshipTypes: ['BASED_IN'] }, true).types).toEqual(['BASED_IN']);
    expect(checkFilter('paths', null, false).types).not.toContain('TARGETS');
  });

  it('checks minConfidence and asOf', () => {
    expect(() => checkFilter('paths', { minConfidence: 1.5 }, false)).toThrow(/minConfidence/);
    expect(() => checkFilter('paths', { asOf: 'yesterday' }, false)).toThrow(/asOf/);
    expect(checkFilter('paths', { asOf: '2008-01-01' }, false).asOf).toBe('2008-01-01');
  });

  it('writes the predicates only for what the filter restricts', () => {
    const bare = checkFilter('paths', null, false);
    expect(tiePredicate(bare, 'r')).toBe('type(r) IN $types');
    const full = checkFilter(
      'paths',
      { asOf: '2008-01-01', minConfidence: 0.5, kinds: ['Firm'], countries: ['IT'] },
      false,
    );
    expect(tiePredicate(full, 'r')).toContain('r.until >= date($asOf)');
    expect(tiePredicate(full, 'r')).toContain('r.confidence >= $minConfidence');
    expect(nodePredicate(full, 'n', VIEWERS.staff)).toContain('l IN $kinds');
    expect(nodePredicate(full, 'n', VIEWERS.staff)).toContain('n.country IN $countries');
    expect(nodePredicate(bare, 'n', VIEWERS.staff)).not.toContain('$kinds');
  });
});
