import type { GraphQLInputType } from 'graphql';
import { graphqlCjs } from './graphql-cjs.js';

const { isInputObjectType, isListType, isNonNullType } = graphqlCjs;
import neo4j from 'neo4j-driver';
import type { z } from 'zod';
import { ErrorCode } from '../../errors.js';
import { lifetimeOrderProblem } from '../../network/history.js';
import { STAGE_DATE_FIELD_LIST, stageDatesProblem } from '../../network/stages.js';
import type { Lifetime } from '../../network/time.js';
import { nodeSchemas, tieSchemas, type NodeKind } from '../../seeds/seed-schema.js';
import { isNodeKind, type RelationshipInfo, type RelationshipModel } from './relationships.js';
import { checkSinceUntil } from './rules.js';

/**
 * Reads the arguments of a generated create/update mutation, guided by their GraphQL input types,
 * and lists (a) every value that breaks a rule of the model — the same per-field rules as the seed
 * validator (seed-schema.ts: enums, ranges such as confidence 0–1 and ISCED 0–8, id slugs with
 * their kind's prefix, non-blank text, URLs), `since` after `until` — and (b) what needs the
 * database to judge: the ids it creates, the nodes it connects and between which ends. Pure.
 */

export interface WriteProblem {
  /** Where in the arguments, e.g. `input[0].attendees.connect[1].edge.confidence`. */
  readonly path: string;
  readonly message: string;
  readonly code: ErrorCode;
}

export interface NodeRef {
  readonly kind: NodeKind;
  readonly id: string;
  readonly path: string;
}

/** The node a relationship field belongs to, when the arguments name it. */
export interface Owner {
  readonly id: string;
  readonly labels: readonly string[];
  /** Created by this very call: it has no ties yet. */
  readonly isNew: boolean;
}

export interface Connection {
  readonly relationship: RelationshipInfo;
  readonly owner: Owner | undefined;
  readonly targetIds: readonly string[];
  readonly path: string;
}

export interface WritePlan {
  readonly problems: WriteProblem[];
  /** Nodes created, and ids changed by `id: { set }`: each id must be free. */
  readonly newIds: NodeRef[];
  readonly connections: Connection[];
}

const ARITHMETIC = ['add', 'subtract', 'multiply', 'divide', 'increment', 'decrement'];
const FILTER_KEYS = new Set(['where', 'delete', 'disconnect']);
/** Set by Ponte (`@timestamp`), never by a client. */
const AUTOMATIC = new Set(['createdAt', 'updatedAt']);

/** A GraphQL input value as the seed schemas read it: driver Dates as YYYY-MM-DD. */
function plain(value: unknown): unknown {
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function zodMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'invalid value';
}

function shapeOf(schema: unknown): Record<string, z.ZodType> {
  return (schema as { shape: Record<string, z.ZodType> }).shape;
}

export function inspectWrite(
  args: Readonly<Record<string, unknown>>,
  argTypes: Readonly<Record<string, GraphQLInputType>>,
  model: RelationshipModel,
  topOwner?: Owner,
): WritePlan {
  const plan: WritePlan = { problems: [], newIds: [], connections: [] };
  const problem = (path: string, message: string, code = ErrorCode.BadUserInput) =>
    plan.problems.push({ path, message, code });

  const checkField = (schema: z.ZodType | undefined, value: unknown, path: string, field: string) => {
    if (AUTOMATIC.has(field)) {
      problem(path, `${field} is set by Ponte automatically; leave it out`);
      return;
    }
    if (!schema || value === null || value === undefined) return;
    const result = schema.safeParse(plain(value));
    if (!result.success) problem(path, `${field}: ${zodMessage(result.error)} (got ${JSON.stringify(plain(value))})`);
  };

  /** `{ set: v }` is checked like a created value; arithmetic cannot be checked without reading, so it is refused. */
  const checkUpdateField = (schema: z.ZodType | undefined, ops: unknown, path: string, field: string) => {
    if (AUTOMATIC.has(field)) {
      problem(path, `${field} is set by Ponte automatically; leave it out`);
      return;
    }
    if (!ops || typeof ops !== 'object') return;
    for (const [op, value] of Object.entries(ops)) {
      if (op === 'set') checkField(schema, value, `${path}.set`, field);
      else if (ARITHMETIC.includes(op))
        problem(`${path}.${op}`, `${field}: write the new value with { set: … } so its range can be checked`);
    }
  };

  const walk = (value: unknown, type: GraphQLInputType, path: string, owner: Owner | undefined): void => {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return walk(value, type.ofType, path, owner);
    if (isListType(type)) {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, type.ofType, `${path}[${i}]`, owner));
      else walk(value, type.ofType, path, owner);
      return;
    }
    if (!isInputObjectType(type) || typeof value !== 'object') return;
    const v = value as Record<string, unknown>;
    const fields = type.getFields();
    const name = type.name;
    let childOwner = owner;
    const at = (field: string) => (path ? `${path}.${field}` : field);

    const create = /^(\w+)CreateInput$/.exec(name);
    const update = /^(\w+)UpdateInput$/.exec(name);
    const tieType = (create && model.tieTypes.get(create[1]!)) || (update && model.tieTypes.get(update[1]!));

    if (create && isNodeKind(create[1]!)) {
      const kind = create[1];
      const shape = shapeOf(nodeSchemas[kind]);
      for (const [field, fieldValue] of Object.entries(v))
        if (!(fields[field] && isRelationshipInput(fields[field]!.type)))
          checkField(shape[field], fieldValue, at(field), field);
      if (kind === 'Opportunity') {
        const opens = plain(v.opens);
        const closes = plain(v.closes);
        if (typeof opens === 'string' && typeof closes === 'string' && closes < opens)
          problem(at('closes'), `closes ${closes} is before opens ${opens}; swap them or fix one`);
      } else {
        // A lifetime may not end before it began (docs/data-model.md#time).
        const order = lifetimeOrderProblem(lifetimeIn(v, (x) => x));
        if (order) problem(at(order.field), `${order.message}; swap them or fix one`);
      }
      // A project's stage dates (network/stages.ts): in order, within its lifetime, none beyond its stage.
      const stages = kind === 'ReturnProject' ? stageDatesProblem(stagedIn(v, (x) => x)) : null;
      if (stages) problem(at(stages.field), stages.message);
      if (typeof v.id === 'string') {
        plan.newIds.push({ kind, id: v.id, path: at('id') });
        childOwner = { id: v.id, labels: [kind], isNew: true };
      }
    } else if (update && isNodeKind(update[1]!)) {
      const kind = update[1];
      const shape = shapeOf(nodeSchemas[kind]);
      for (const [field, ops] of Object.entries(v))
        if (!(fields[field] && isRelationshipInput(fields[field]!.type)))
          checkUpdateField(shape[field], ops, at(field), field);
      const order = lifetimeOrderProblem(lifetimeIn(v, (x) => (x as { set?: unknown } | undefined)?.set));
      if (order) problem(at(`${order.field}.set`), `${order.message}; swap them or fix one`);
      // Among the fields the update sets; with the stored ones after the write (writes/history.ts).
      const stages =
        kind === 'ReturnProject'
          ? stageDatesProblem(stagedIn(v, (x) => (x as { set?: unknown } | undefined)?.set))
          : null;
      if (stages) problem(at(`${stages.field}.set`), stages.message);
      const newId = (v.id as { set?: unknown } | undefined)?.set;
      if (typeof newId === 'string') plan.newIds.push({ kind, id: newId, path: at('id.set') });
    } else if (tieType) {
      const shape = shapeOf(tieSchemas[tieType]);
      if (create) {
        for (const [field, fieldValue] of Object.entries(v)) checkField(shape[field], fieldValue, at(field), field);
        const order = checkSinceUntil(plain(v.since), plain(v.until));
        if (order) problem(at('until'), order);
      } else {
        for (const [field, ops] of Object.entries(v)) checkUpdateField(shape[field], ops, at(field), field);
        const order = checkSinceUntil(
          plain((v.since as { set?: unknown } | undefined)?.set),
          plain((v.until as { set?: unknown } | undefined)?.set),
        );
        if (order) problem(at('until.set'), order);
      }
      return;
    } else if (model.connects.has(name)) {
      const relationship = model.connects.get(name)!;
      const idFilter =
        (v.where as { node?: { id?: { eq?: unknown; in?: unknown } } } | undefined)?.node?.id ?? undefined;
      const ids =
        typeof idFilter?.eq === 'string'
          ? [idFilter.eq]
          : Array.isArray(idFilter?.in)
            ? (idFilter.in as unknown[]).filter((x): x is string => typeof x === 'string')
            : [];
      if (ids.length === 0) {
        // Without an id the library connects every node the filter matches, or none, silently.
        problem(at('where'), `name the node to connect by id: where: { node: { id: { eq: "…" } } }`);
      } else {
        plan.connections.push({ relationship, owner, targetIds: ids, path: at('where.node.id') });
      }
      walk(v.edge, fields.edge!.type, at('edge'), owner);
      if (v.connect && fields.connect)
        walk(
          v.connect,
          fields.connect.type,
          at('connect'),
          ids.length === 1 ? { id: ids[0]!, labels: relationship.targetLabels, isNew: false } : undefined,
        );
      return;
    } else if (/UpdateConnectionInput$/.test(name)) {
      // `update: { node: … }` changes nodes at the other end: their own ties are unknown here.
      childOwner = undefined;
    }

    for (const [field, fieldValue] of Object.entries(v)) {
      const def = fields[field];
      if (!def || FILTER_KEYS.has(field)) continue;
      walk(fieldValue, def.type, at(field), field === 'edge' ? owner : childOwner);
    }
  };

  for (const [name, value] of Object.entries(args)) {
    if (FILTER_KEYS.has(name) || !argTypes[name]) continue;
    walk(value, argTypes[name]!, name, topOwner);
  }

  // The same id created twice, or the same tie connected twice, within one call.
  const seen = new Map<string, string>();
  for (const ref of plan.newIds) {
    const key = `${ref.kind === 'Region' || ref.kind === 'Event' || ref.kind === 'Opportunity' || ref.kind === 'ReturnProject' ? ref.kind : 'Actor'}|${ref.id}`;
    if (seen.has(key))
      problem(ref.path, `id "${ref.id}" is created twice in this call (also at ${seen.get(key)})`, ErrorCode.Conflict);
    else seen.set(key, ref.path);
  }
  const ties = new Map<string, string>();
  for (const c of plan.connections) {
    if (!c.owner) continue;
    for (const target of c.targetIds) {
      const ends = [c.owner.id, target];
      if (c.relationship.undirected) ends.sort();
      const key = `${c.relationship.type}|${ends.join('|')}`;
      if (ties.has(key))
        problem(
          c.path,
          `the ${c.relationship.type} tie between "${c.owner.id}" and "${target}" is connected twice in this call`,
          ErrorCode.Conflict,
        );
      else ties.set(key, c.path);
    }
  }
  return plan;
}

function isRelationshipInput(type: GraphQLInputType): boolean {
  const named =
    isNonNullType(type) || isListType(type)
      ? isRelationshipInput(type.ofType as GraphQLInputType)
      : isInputObjectType(type) && /FieldInput$/.test(type.name);
  return named;
}

/** The lifetime dates a create (or, with `pick` reading `set`, an update) writes: YYYY-MM-DD strings. */
function lifetimeIn(v: Record<string, unknown>, pick: (value: unknown) => unknown): Lifetime {
  const out: Record<string, string> = {};
  for (const field of ['founded', 'closed', 'started', 'ended', 'opens', 'closes']) {
    const value = plain(pick(v[field]));
    if (typeof value === 'string') out[field] = value;
  }
  return out as Lifetime;
}

/** The stage and stage dates a create (or, with `pick` reading `set`, an update) writes. */
function stagedIn(v: Record<string, unknown>, pick: (value: unknown) => unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of ['stage', 'started', 'ended', ...STAGE_DATE_FIELD_LIST]) {
    const value = plain(pick(v[field]));
    if (typeof value === 'string') out[field] = value;
  }
  return out;
}
