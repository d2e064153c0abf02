// The refusal of a field the restricted schema lacks (graphql/restricted-schema.ts), as the
// request plugin answers it.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLSchema } from 'graphql';
import { restrictedSchema } from '../graphql/restricted-schema.js';
import { buildSchema } from '../graphql/schema.js';
import { staffOnlyFieldIn, staffOnlyRefusal } from './staff-only-refusal.js';

// The schema is built with @neo4j/graphql's (CommonJS) graphql-js; validate with that copy.
const graphqlJs = createRequire(import.meta.url)('graphql') as typeof import('graphql');

let schemas: { full: GraphQLSchema; restricted: GraphQLSchema };
beforeAll(async () => {
  const built = await buildSchema();
  schemas = { full: built, restricted: restrictedSchema(built) };
}, 60_000);

const errorsOf = (query: string) =>
  graphqlJs.validate(schemas.restricted, graphqlJs.parse(query)).map((e) => e.message);

describe('staff-only refusals', () => {
  it('turns the refusal of a removed field into a coded answer that says why and what to use instead', () => {
    const [message] = errorsOf('{ firms(where: { employees: { some: { name: { eq: "A." } } } }) { id } }');
    expect(staffOnlyFieldIn(schemas.full, message!)).toBe('FirmWhere.employees');
    const [aggregate] = errorsOf('{ migrantsConnection { aggregate { count { nodes } } } }');
    expect(staffOnlyFieldIn(schemas.full, aggregate!)).toBe('MigrantsConnection.aggregate');
    expect(staffOnlyFieldIn(schemas.full, 'Field "nope" is not defined by type "FirmWhere".')).toBeUndefined();
    expect(staffOnlyFieldIn(schemas.full, 'Cannot query field "aggregate" on type "FirmsConnection".')).toBeUndefined();
    const refusal = staffOnlyRefusal('partner', 'FirmWhere.employees', { message: message! });
    expect(refusal.extensions).toEqual({ code: 'FORBIDDEN', field: 'FirmWhere.employees' });
    expect(refusal.message).toMatch(
      /FirmWhere\.employees.*staff-only.*networkStats, corridors or actorCounts.*rounded to multiples of 5/,
    );
    expect(
      staffOnlyRefusal('anonymous', 'MigrantsConnection.aggregate', { message: aggregate! }).extensions!.code,
    ).toBe('UNAUTHENTICATED');
  });
});
