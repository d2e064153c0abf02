import type { GraphQLInputObjectType, GraphQLInputType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import { graphqlCjs } from './graphql-cjs.js';

const { getNamedType, isInputObjectType, isObjectType } = graphqlCjs;

/**
 * Which nodes a generated update may change, found before it runs (docs/privacy.md#edit-history).
 * The audit plugin records what a write changed by reading the nodes it names by id, and their
 * ties, before and after (auth/changes.ts); an update can also reach nodes it does not name: a root
 * `where` on other fields, a nested `update`, `disconnect` or `delete` whose `where` picks related
 * nodes by anything. This mirrors the update's arguments as one read of the same API — the root
 * list field with the same `where`, each nested operation as the relationship's connection field
 * with the same `where` — run in the write's transaction before the write, so its answer holds the
 * id of every node whose fields or ties the write can change. Nested `connect`s name their ids
 * already (writes/inspect.ts refuses one that does not) and `create`s carry theirs.
 */

/** The read that finds them: a query document and its variables; undefined when the call names everything. */
export interface AttributionQuery {
  readonly source: string;
  readonly variables: Record<string, unknown>;
}

interface Vars {
  readonly declared: string[];
  readonly values: Record<string, unknown>;
}

/** Arguments as variables: driver values back to their GraphQL input text. */
function asVariable(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(asVariable);
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, asVariable(v)]));
  return value;
}

const list = (value: unknown): Record<string, unknown>[] =>
  (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]) as Record<string, unknown>[];

function fieldType(type: GraphQLInputObjectType, field: string): GraphQLInputObjectType | undefined {
  const found = type.getFields()[field];
  const named = found ? getNamedType(found.type) : undefined;
  return named && isInputObjectType(named) ? named : undefined;
}

/** One nested operation on relationship `rel`: its `where`, and what it does further down. */
function connection(
  rel: string,
  entryType: GraphQLInputObjectType,
  where: unknown,
  nested: unknown,
  nestedType: GraphQLInputObjectType | undefined,
  vars: Vars,
): string {
  const whereType = entryType.getFields().where?.type;
  const name = `w${vars.declared.length}`;
  vars.declared.push(`$${name}: ${whereType ? getNamedType(whereType).name : 'Boolean'}`);
  vars.values[name] = asVariable(where ?? null);
  const inner = nested && nestedType ? selection(nested as Record<string, unknown>, nestedType, vars) : '';
  return `${name}: ${rel}Connection(where: $${name}) { edges { node { id${inner} } } }`;
}

/** The selection of a node's nested operations (`v` of an update, disconnect or delete input). */
function selection(v: Record<string, unknown>, type: GraphQLInputObjectType, vars: Vars): string {
  const parts: string[] = [];
  for (const [rel, value] of Object.entries(v)) {
    const entryType = fieldType(type, rel);
    if (!entryType) continue;
    const fields = entryType.getFields();
    for (const entry of list(value)) {
      if (fields.update && fields.disconnect) {
        // An update field input: { update: { where, node }, disconnect: [...], delete: [...] }.
        const update = entry.update as Record<string, unknown> | undefined;
        const updateType = fieldType(entryType, 'update');
        if (update && updateType)
          parts.push(connection(rel, updateType, update.where, update.node, fieldType(updateType, 'node'), vars));
        for (const op of ['disconnect', 'delete'] as const) {
          const opType = fieldType(entryType, op);
          if (opType)
            for (const e of list(entry[op]))
              parts.push(connection(rel, opType, e.where, e[op], fieldType(opType, op), vars));
        }
      } else if (fields.where && (fields.disconnect || fields.delete)) {
        // Within a disconnect or delete input: { where, disconnect | delete }.
        const op = fields.disconnect ? 'disconnect' : 'delete';
        parts.push(connection(rel, entryType, entry.where, entry[op], fieldType(entryType, op), vars));
      }
    }
  }
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

/** Whether the root `where` is exactly one id, which the audit names already. */
function namesOneId(where: unknown): boolean {
  if (!where || typeof where !== 'object') return false;
  const keys = Object.keys(where);
  const id = (where as { id?: Record<string, unknown> }).id;
  return keys.length === 1 && !!id && Object.keys(id).length === 1 && typeof id.eq === 'string';
}

/**
 * The read for an `update…` root field of `schema`, or undefined when the arguments name every
 * node the write can change (the root by one id, no nested update, disconnect or delete). Pure.
 */
export function attributionQuery(
  schema: GraphQLSchema,
  fieldName: string,
  args: Readonly<Record<string, unknown>>,
): AttributionQuery | undefined {
  const mutation = schema.getMutationType()?.getFields()[fieldName];
  if (!mutation || !/^update[A-Z]/.test(fieldName)) return undefined;
  const response = getNamedType(mutation.type);
  const plural = isObjectType(response)
    ? Object.keys((response as GraphQLObjectType).getFields()).find((f) => f !== 'info')
    : undefined;
  const updateArg = mutation.args.find((a) => a.name === 'update')?.type;
  const whereArg = mutation.args.find((a) => a.name === 'where')?.type;
  if (!plural || !whereArg) return undefined;
  const vars: Vars = { declared: ['$root: ' + getNamedType(whereArg as GraphQLInputType).name], values: {} };
  vars.values.root = asVariable(args.where ?? null);
  const updateType = updateArg ? getNamedType(updateArg) : undefined;
  const nested =
    args.update && updateType && isInputObjectType(updateType)
      ? selection(args.update as Record<string, unknown>, updateType, vars)
      : '';
  if (nested === '' && namesOneId(args.where)) return undefined;
  return {
    source: `query Attribution(${vars.declared.join(', ')}) { ${plural}(where: $root) { id${nested} } }`,
    variables: vars.values,
  };
}

/** Every `id` in an answer. */
export function idsIn(data: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(data)) for (const d of data) idsIn(d, into);
  else if (data && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) {
      if (k === 'id' && typeof v === 'string') into.add(v);
      else idsIn(v, into);
    }
  return into;
}
