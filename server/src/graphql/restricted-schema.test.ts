import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLInputObjectType, GraphQLSchema } from 'graphql';
import { buildSchema } from './schema.js';
import { migrantShapes, restrictedSchema, staffOnlyFields } from './restricted-schema.js';

// The schema is built with @neo4j/graphql's (CommonJS) graphql-js; validate with that copy.
const { getNamedType, isInputObjectType, parse, validate, getVariableValues } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

let full: GraphQLSchema;
let restricted: GraphQLSchema;
beforeAll(async () => {
  full = await buildSchema();
  restricted = restrictedSchema(full);
}, 60_000);

/**
 * An oracle independent of the derivation: a `where` field filters through a relationship when its
 * input type has `some`; the relationship's target is the type whose `…Where` the `some` holds
 * (directly, or as `node` of a connection's where).
 */
function relationshipTarget(schema: GraphQLSchema, type: GraphQLInputObjectType, field: string): string | undefined {
  const filters = getNamedType(type.getFields()[field]!.type);
  if (!isInputObjectType(filters)) return undefined;
  const some = filters.getFields().some ?? filters.getFields().aggregate;
  if (!some) return undefined;
  let where = getNamedType(some.type);
  if (isInputObjectType(where) && where.getFields().node) where = getNamedType(where.getFields().node!.type);
  if (isInputObjectType(where) && where.name.endsWith('Where')) return where.name.slice(0, -'Where'.length);
  // An aggregate-only filter (…ConnectionAggregateInput): its relationship is the field's name without `Connection`.
  return undefined;
}

function relationshipFilters(
  schema: GraphQLSchema,
): Array<{ input: string; field: string; target: string | undefined }> {
  const out: Array<{ input: string; field: string; target: string | undefined }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      !isInputObjectType(type) ||
      !type.name.endsWith('Where') ||
      type.name.endsWith('ConnectionWhere') ||
      type.name.endsWith('TieWhere')
    )
      continue;
    for (const field of Object.keys(type.getFields())) {
      const target = relationshipTarget(schema, type, field);
      if (target) out.push({ input: type.name, field, target });
    }
  }
  return out;
}

const errorsOf = (query: string) => validate(restricted, parse(query)).map((e) => e.message);

describe('the restricted schema (anonymous, analyst, partner)', () => {
  it('knows what a migrant can be read as', () => {
    expect([...migrantShapes(full)].sort()).toEqual(['Actor', 'Member', 'Migrant']);
  });

  it('removes exactly the filters through relationships to types that can be migrants', () => {
    const shapes = migrantShapes(full);
    const all = relationshipFilters(full);
    expect(all.length).toBeGreaterThan(100);
    const reachMigrants = all.filter((f) => shapes.has(f.target!));
    const derived = staffOnlyFields(full).inputFields;
    for (const f of all) {
      const removed = !(restricted.getType(f.input) as GraphQLInputObjectType | undefined)?.getFields()[f.field];
      expect(removed, `${f.input}.${f.field} → ${f.target}`).toBe(shapes.has(f.target!));
      expect(derived.get(f.input)?.has(f.field) ?? false, `${f.input}.${f.field}`).toBe(shapes.has(f.target!));
    }
    // Nothing else was removed: every derived field is one the oracle found.
    const count = [...derived.values()].reduce((n, s) => n + s.size, 0);
    expect(count).toBe(reachMigrants.length);
    expect([...derived.get('FirmWhere')!]).toEqual(
      expect.arrayContaining(['employees', 'employeesConnection', 'mentees', 'partners', 'fundedBy']),
    );
    expect(derived.get('RegionWhere')).toContain('migrantsFromHere');
    expect(derived.get('OpportunityWhere')).toContain('offeredBy');
  });

  it('keeps filters through relationships to organisations, places and projects', () => {
    const firmWhere = restricted.getType('FirmWhere') as GraphQLInputObjectType;
    for (const kept of ['offers', 'offersConnection', 'basedIn', 'memberOf', 'funds', 'name', 'AND'])
      expect(Object.keys(firmWhere.getFields())).toContain(kept);
    expect(errorsOf('{ firms(where: { offers: { some: { name: { eq: "X" } } } }) { id } }')).toEqual([]);
    expect(
      errorsOf('{ migrants(where: { city: { eq: "Torino" } }) { id } migrantsConnection { totalCount } }'),
    ).toEqual([]);
    expect(
      errorsOf('{ firmsConnection(where: { city: { eq: "Torino" } }) { aggregate { count { nodes } } } }'),
    ).toEqual([]);
  });

  it('removes aggregates over nodes that can be migrants, at the root and nested, and only those', () => {
    const out = staffOnlyFields(full).outputFields;
    for (const c of [
      'MigrantsConnection',
      'ActorsConnection',
      'AssociationMembersConnection',
      'FirmEmployeesConnection',
      'RegionMigrantsFromHereConnection',
    ]) {
      expect(out.get(c), c).toEqual(new Set(['aggregate']));
    }
    expect(out.has('FirmsConnection')).toBe(false);
    expect(errorsOf('{ migrantsConnection { aggregate { count { nodes } } } }')).toHaveLength(1);
    expect(errorsOf('{ associations { membersConnection { aggregate { count { nodes } } } } }')).toHaveLength(1);
    expect(errorsOf('{ actorsConnection { aggregate { count { nodes } } } }')).toHaveLength(1);
    expect(errorsOf('{ associations { membersConnection { totalCount } } }')).toEqual([]);
  });

  it('refuses the filters of issue #6 and #13 however they are written (inline, nested, in a variable default)', () => {
    expect(errorsOf('{ firms(where: { employees: { some: { name: { eq: "A." } } } }) { id } }')).toHaveLength(1);
    expect(
      errorsOf('{ regions(where: { migrantsFromHere: { some: { city: { eq: "Torino" } } } }) { id } }'),
    ).toHaveLength(1);
    expect(errorsOf('{ associations(where: { fundedBy: { some: { name: { eq: "X" } } } }) { id } }')).toHaveLength(1);
    expect(errorsOf('{ opportunities(where: { offeredBy: { some: { name: { eq: "X" } } } }) { id } }')).toHaveLength(1);
    expect(
      errorsOf('{ regions(where: { basedIn: { some: { actorsBasedHere: { some: { id: { eq: "x" } } } } } }) { id } }')
        .length,
    ).toBeGreaterThan(0);
    // Nested under a kept relationship: input types are shared, so the key is gone at every level.
    expect(
      errorsOf('{ firms(where: { offers: { some: { applicants: { some: { id: { eq: "x" } } } } } }) { id } }'),
    ).toHaveLength(1);
    expect(
      errorsOf(
        'query ($w: RegionWhere = { migrantsFromHere: { some: { id: { eq: "m" } } } }) { regions(where: $w) { id } }',
      ),
    ).toHaveLength(1);
    expect(
      errorsOf(
        'query ($w: FirmWhere = { AND: [{ NOT: { employeesConnection: { aggregate: { count: { nodes: { eq: 1 } } } } } }] }) { firms(where: $w) { id } }',
      ),
    ).toHaveLength(1);
  });

  it("refuses the same filters in a variable's value when the variables are coerced", () => {
    const doc = parse('query ($w: FirmWhere) { firms(where: $w) { id } }');
    const definitions = (doc.definitions[0] as import('graphql').OperationDefinitionNode).variableDefinitions!;
    const coerced = getVariableValues(restricted, definitions, {
      w: { AND: [{ NOT: { employees: { some: { name: { eq: 'A.' } } } } }] },
    });
    expect(coerced.errors?.map((e) => e.message).join(' ')).toMatch(
      /Field "employees" is not defined by type "FirmWhere"/,
    );
    expect(
      getVariableValues(full, definitions, { w: { employees: { some: { name: { eq: 'A.' } } } } }).errors,
    ).toBeUndefined();
  });

  it("keeps the library's resolvers and the custom fields", () => {
    const q = (s: GraphQLSchema) => s.getQueryType()!.getFields();
    expect(q(restricted).regions!.resolve).toBe(q(full).regions!.resolve);
    for (const custom of ['search', 'networkStats', 'corridors', 'actorCounts'])
      expect(q(restricted)[custom], custom).toBeDefined();
    // Types only the removed fields used are pruned, so introspection does not show them.
    expect(restricted.getType('RegionMigrantsFromHereConnectionFilters')).toBeUndefined();
    expect(restricted.getType('FirmWhere')).toBeDefined();
  });
});
