import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';

// The schema's type objects come from @neo4j/graphql's (CommonJS) copy of graphql-js, whose type
// predicates and constructors refuse objects of another copy; test runners may load the ES module
// copy for this file. Requiring both packages gives the CommonJS copies, wherever this runs.
const require = createRequire(import.meta.url);
const { getNamedType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } =
  require('graphql') as typeof import('graphql');
const { mapSchema, MapperKind, pruneSchema } = require('@graphql-tools/utils') as typeof import('@graphql-tools/utils');

/**
 * What roles below staff may not ask on the generated API (docs/privacy.md, "Generated API").
 *
 * The library applies Migrant's @authorization filter to the rows it returns, but not inside
 * relationship filters (neo4j/graphql#5534): `regions(where: { migrantsFromHere: { some: … } })`
 * tests hidden people and answers with regions. And an aggregate over a connection whose nodes can
 * be migrants counts them. So the restricted schema served to anonymous visitors, analysts and
 * partners has neither: questions whose answer could depend on a hidden migrant cannot be written.
 */
export interface StaffOnlyFields {
  /** Input type → its fields that filter through a relationship to something that can be a migrant. */
  readonly inputFields: ReadonlyMap<string, ReadonlySet<string>>;
  /** Output type → its aggregation fields over nodes that can be migrants. */
  readonly outputFields: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Types a migrant can be read as: Migrant and every interface or union it belongs to. */
export function migrantShapes(schema: GraphQLSchema): Set<string> {
  const migrant = schema.getType('Migrant');
  if (!isObjectType(migrant)) throw new Error('restricted schema: the schema has no Migrant type');
  const shapes = new Set<string>([migrant.name]);
  for (const i of migrant.getInterfaces()) shapes.add(i.name);
  for (const type of Object.values(schema.getTypeMap())) {
    if (isUnionType(type) && type.getTypes().some((t) => t.name === migrant.name)) shapes.add(type.name);
  }
  return shapes;
}

const cache = new WeakMap<GraphQLSchema, StaffOnlyFields>();

/** Derived from the types (no hand list): a new relationship to migrants is covered when it is declared. */
export function staffOnlyFields(schema: GraphQLSchema): StaffOnlyFields {
  const cached = cache.get(schema);
  if (cached) return cached;
  const shapes = migrantShapes(schema);
  const inputFields = new Map<string, Set<string>>();
  const outputFields = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, type: string, field: string) => {
    const set = map.get(type) ?? new Set<string>();
    set.add(field);
    map.set(type, set);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    const fields = type.getFields();
    // A connection's `aggregate` (count, shortest name, …) runs over its nodes; over migrants it
    // counts people the asker may not see.
    if (fields.edges && fields.aggregate) {
      const edge = getNamedType(fields.edges.type);
      const node = isObjectType(edge) || isInterfaceType(edge) ? edge.getFields().node : undefined;
      if (node && shapes.has(getNamedType(node.type).name)) add(outputFields, type.name, 'aggregate');
    }
    // Input types are shared by every place that filters this type (root lists, nested reads,
    // connection filters, mutations), so removing a key here removes it at every nesting.
    const where = schema.getType(`${type.name}Where`);
    if (!isInputObjectType(where)) continue;
    const whereFields = where.getFields();
    for (const field of Object.values(fields)) {
      if (!shapes.has(getNamedType(field.type).name)) continue;
      for (const key of [field.name, `${field.name}Connection`, `${field.name}Aggregate`])
        if (whereFields[key]) add(inputFields, where.name, key);
    }
  }
  const result = { inputFields, outputFields };
  cache.set(schema, result);
  return result;
}

const restricted = new WeakMap<GraphQLSchema, GraphQLSchema>();

/**
 * The schema for anonymous visitors, analysts and partners: the full schema without the fields of
 * `staffOnlyFields`, and without the input and output types only they used. The library's
 * resolvers are kept, so every remaining field answers exactly as in the full schema.
 */
export function restrictedSchema(full: GraphQLSchema): GraphQLSchema {
  const cached = restricted.get(full);
  if (cached) return cached;
  const { inputFields, outputFields } = staffOnlyFields(full);
  const mapped = mapSchema(full, {
    [MapperKind.INPUT_OBJECT_FIELD]: (config, fieldName, typeName) =>
      inputFields.get(typeName)?.has(fieldName) ? null : config,
    [MapperKind.COMPOSITE_FIELD]: (config, fieldName, typeName) =>
      outputFields.get(typeName)?.has(fieldName) ? null : config,
  });
  const schema = pruneSchema(mapped);
  restricted.set(full, schema);
  return schema;
}
