import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from '../graphql/schema.js';
import { findGroupViolations, groupGuardError, guardIndex } from './group-guard.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema();
}, 60_000);

const violations = (query: string, variables: Record<string, unknown> = {}) => findGroupViolations(schema, parse(query), variables).map((v) => `${v.kind} ${v.at}`);

describe('minimum group size on the generated API', () => {
  it('knows every connection whose nodes can be migrants and every relationship filter that reaches one', () => {
    const index = guardIndex(schema);
    for (const c of ['MigrantsConnection', 'ActorsConnection', 'AssociationMembersConnection', 'FirmEmployeesConnection', 'RegionMigrantsFromHereConnection']) expect(index.migrantConnections, c).toContain(c);
    expect(index.migrantConnections).not.toContain('FirmsConnection');
    expect([...index.forbiddenWhereKeys.get('FirmWhere')!]).toEqual(expect.arrayContaining(['employees', 'employeesConnection', 'mentees', 'partners']));
    expect(index.forbiddenWhereKeys.get('FirmWhere')).not.toContain('offers');
    expect(index.forbiddenWhereKeys.get('RegionWhere')).toContain('migrantsFromHere');
  });

  it('finds aggregates of migrants, at the root and nested', () => {
    expect(violations('{ migrantsConnection { aggregate { count { nodes } } } }')).toEqual(['aggregate MigrantsConnection.aggregate']);
    expect(violations('{ associations { membersConnection { aggregate { count { nodes } } } } }')).toEqual(['aggregate AssociationMembersConnection.aggregate']);
    expect(violations('{ actorsConnection { aggregate { count { nodes } } } }')).toEqual(['aggregate ActorsConnection.aggregate']);
  });

  it('finds filters through a relationship to a migrant, written inline, in variables, or under AND/NOT', () => {
    expect(violations('{ firms(where: { employees: { some: { name: { eq: "A." } } } }) { id } }')).toEqual(['filter firms(where).employees']);
    expect(violations('query ($w: FirmWhere) { firms(where: $w) { id } }', { w: { AND: [{ NOT: { employeesConnection: { aggregate: { count: { nodes: { eq: 1 } } } } } }] } })).toEqual([
      'filter firms(where).AND.NOT.employeesConnection',
    ]);
    expect(violations('{ regions(where: { migrantsFromHere: { some: { city: { eq: "Torino" } } } }) { id } }')).toEqual(['filter regions(where).migrantsFromHere']);
  });

  it('lets through what counts only readable rows or no migrants at all', () => {
    expect(violations('{ migrants(where: { city: { eq: "Torino" } }) { id } migrantsConnection { totalCount } }')).toEqual([]);
    expect(violations('{ firmsConnection(where: { city: { eq: "Torino" } }) { aggregate { count { nodes } } } }')).toEqual([]);
    expect(violations('{ firms(where: { offers: { some: { name: { eq: "X" } } } }) { id } }')).toEqual([]);
  });

  it('counts any actor as a possible migrant: relationships to the Actor interface are refused too', () => {
    expect(violations('{ associations(where: { fundedBy: { some: { name: { eq: "X" } } } }) { id } }')).toEqual(['filter associations(where).fundedBy']);
    expect(violations('{ opportunities(where: { offeredBy: { some: { name: { eq: "X" } } } }) { id } }')).toEqual(['filter opportunities(where).offeredBy']);
  });

  it('answers with the place and what to use instead', () => {
    const error = groupGuardError('partner', { at: 'firms(where).employees', kind: 'filter' });
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', argument: 'firms(where).employees' });
    expect(error.message).toMatch(/firms\(where\)\.employees.*minimum group size.*networkStats, corridors or actorCounts.*fewer than 5/);
    expect(groupGuardError('anonymous', { at: 'x', kind: 'aggregate' }).extensions.code).toBe('UNAUTHENTICATED');
  });
});
