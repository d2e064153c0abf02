import type { ApolloServerPlugin } from '@apollo/server';
import { createRequire } from 'node:module';
import { GraphQLError, type DocumentNode, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../errors.js';
import type { PonteContext } from '../graphql/context.js';
import { MIN_GROUP_SIZE } from '../graphql/graph/min-group.js';
import { permissionsOf, type RoleOrAnonymous } from './roles.js';

// The schema's type objects come from @neo4j/graphql's (CommonJS) copy of graphql-js, whose type
// predicates refuse objects of another copy; test runners may load the ES module copy for this
// file. Requiring it gives the same copy as the schema's, wherever this runs.
const { getNamedType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType, isUnionType, TypeInfo, valueFromAST, visit, visitWithTypeInfo } =
  createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * Minimum group size on the generated API (docs/architecture.md#minimum-group-size, issue #6).
 *
 * Rows of migrants are already filtered by role (@authorization in actors.graphql). What the rules
 * do not cover are questions *about* migrants that answer with something other than their rows:
 * - an aggregate (`migrantsConnection(where: …) { aggregate { count node { name { shortest } } } }`)
 *   counts every migrant whatever the role, and its `where` can narrow it to one person;
 * - a filter through a relationship (`firms(where: { employees: { some: { name: … city: … } } })`)
 *   tests a hidden migrant's existence without returning it.
 *
 * Below staff both are refused, whatever the numbers. A threshold on user-filtered counts would
 * not protect anyone: two counts of 7 and 6 (a filter, then the same filter excluding one name)
 * are both above 5 and their difference singles the person out. So roles below staff count
 * migrants only through answers whose grouping Ponte chooses (networkStats, corridors,
 * actorCounts), where groups of fewer than MIN_GROUP_SIZE are suppressed; `totalCount` of a
 * connection counts only the rows the role may read anyway. Staff and admin are not limited.
 */

/** Types a migrant can be read as: Migrant and every interface or union it belongs to. */
function migrantShapes(schema: GraphQLSchema): Set<string> {
  const migrant = schema.getType('Migrant');
  const shapes = new Set<string>(['Migrant']);
  if (isObjectType(migrant)) for (const i of migrant.getInterfaces()) shapes.add(i.name);
  for (const type of Object.values(schema.getTypeMap())) {
    if (isUnionType(type) && type.getTypes().some((t) => t.name === 'Migrant')) shapes.add(type.name);
  }
  return shapes;
}

interface GuardIndex {
  /** `<Type>Where` input → its keys that filter through a relationship to a migrant. */
  readonly forbiddenWhereKeys: Map<string, Set<string>>;
  /** Connection types whose nodes can be migrants (their `aggregate` counts migrants). */
  readonly migrantConnections: Set<string>;
}

const indexes = new WeakMap<GraphQLSchema, GuardIndex>();

export function guardIndex(schema: GraphQLSchema): GuardIndex {
  const cached = indexes.get(schema);
  if (cached) return cached;
  const shapes = migrantShapes(schema);
  const forbiddenWhereKeys = new Map<string, Set<string>>();
  const migrantConnections = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    const fields = type.getFields();
    if (type.name.endsWith('Connection') && fields.edges) {
      const edge = getNamedType(fields.edges.type);
      const node = isObjectType(edge) ? edge.getFields().node : undefined;
      if (node && shapes.has(getNamedType(node.type).name)) migrantConnections.add(type.name);
    }
    const where = schema.getType(`${type.name}Where`);
    if (!isInputObjectType(where)) continue;
    const whereFields = where.getFields();
    const keys = new Set<string>();
    for (const field of Object.values(fields)) {
      if (!shapes.has(getNamedType(field.type).name)) continue;
      for (const key of [field.name, `${field.name}Connection`, `${field.name}Aggregate`]) if (whereFields[key]) keys.add(key);
    }
    if (keys.size > 0) forbiddenWhereKeys.set(where.name, keys);
  }
  const index = { forbiddenWhereKeys, migrantConnections };
  indexes.set(schema, index);
  return index;
}

export interface GroupViolation {
  /** Where in the request, e.g. `firms(where).employees` or `migrantsConnection.aggregate`. */
  readonly at: string;
  readonly kind: 'filter' | 'aggregate';
}

/** Every place an operation counts migrants or filters through a relationship to them. Pure. */
export function findGroupViolations(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): GroupViolation[] {
  const index = guardIndex(schema);
  const violations: GroupViolation[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (node.name.value === 'aggregate' && parent && index.migrantConnections.has(parent.name)) {
          violations.push({ at: `${parent.name}.aggregate`, kind: 'aggregate' });
        }
        const field = typeInfo.getFieldDef();
        for (const arg of node.arguments ?? []) {
          const def = field?.args.find((a) => a.name === arg.name.value);
          if (!def) continue;
          let value: unknown;
          try {
            value = valueFromAST(arg.value, def.type, variables);
          } catch {
            continue; // GraphQL validation and coercion answer bad values themselves.
          }
          walkInput(value, def.type, `${node.name.value}(${arg.name.value})`, index, violations);
        }
      },
    }),
  );
  return violations;
}

function walkInput(value: unknown, type: GraphQLInputType, at: string, index: GuardIndex, out: GroupViolation[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return walkInput(value, type.ofType, at, index, out);
  if (isListType(type)) {
    if (Array.isArray(value)) for (const v of value) walkInput(v, type.ofType, at, index, out);
    else walkInput(value, type.ofType, at, index, out);
    return;
  }
  if (!isInputObjectType(type) || typeof value !== 'object') return;
  const forbidden = index.forbiddenWhereKeys.get(type.name);
  const fields = type.getFields();
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (forbidden?.has(key)) {
      out.push({ at: `${at}.${key}`, kind: 'filter' });
      continue;
    }
    const field = fields[key];
    if (field) walkInput(v, field.type, `${at}.${key}`, index, out);
  }
}

/** The refusal: names the first offending place and what to use instead. */
export function groupGuardError(role: RoleOrAnonymous, violation: GroupViolation): GraphQLError {
  const what =
    violation.kind === 'aggregate'
      ? `counts or aggregates migrants (${violation.at})`
      : `filters through a relationship that can reach a migrant (${violation.at})`;
  const instead = `Use networkStats, corridors or actorCounts (groups of fewer than ${MIN_GROUP_SIZE} migrants are suppressed there), or totalCount of a connection, which counts only the rows you may read.`;
  const anonymous = role === 'anonymous';
  return new GraphQLError(`This request ${what}: only staff and admin may do that (minimum group size). ${instead}`, {
    extensions: { code: anonymous ? ErrorCode.Unauthenticated : ErrorCode.Forbidden, argument: violation.at, http: { status: 403 } },
  });
}

/** Refuses, below staff, operations that could single a migrant out by counting or filtering. */
export function groupGuardPlugin(): ApolloServerPlugin<PonteContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue, request, schema }) {
          const role = contextValue.auth.role;
          if (permissionsOf(role).exactCounts) return;
          const violation = findGroupViolations(schema, document, request.variables ?? {})[0];
          if (violation) throw groupGuardError(role, violation);
        },
      };
    },
  };
}
