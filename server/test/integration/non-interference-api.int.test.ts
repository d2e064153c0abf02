// Non-interference on the generated API (docs/privacy.md): below staff, two databases that differ
// only in migrants hidden from the asker must give identical answers. A third of the queries are
// generated from the *full* schema (an attacker sends anything), the rest from the restricted one:
// root lists and connections of every node type, filters through every relationship (nested,
// some/none/all/single, connection filters), nested reads and connections with totalCount,
// interface fragments, sorts; each passed inline, as a variable, as a variable default or inside
// a fragment, sometimes under an alias. Each runs as anonymous, analyst and partner on the curated
// seed (state A) and again on its hidden twins (state B); the answers, refusals included, must be
// the same.
// NI_SEED=<n> replays a run; NI_QUERIES=<n> changes how many queries are generated.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphQLField, GraphQLInputObjectType, GraphQLInputType, GraphQLNamedType, GraphQLSchema } from 'graphql';
import type { BootedPonte } from '../../src/boot.js';
import { restrictedSchema } from '../../src/graphql/restricted-schema.js';
import { buildSchema } from '../../src/graphql/schema.js';
import { makeHiddenTwin, prng } from '../helpers/hidden-twin.js';
import { gql } from '../helpers/http.js';
import { closeTestDriver, wipeTestDatabase } from '../helpers/neo4j.js';
import { bootSignedIn } from '../helpers/ponte.js';

const G = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const SEED = Number(process.env.NI_SEED ?? Math.floor(Math.random() * 2 ** 31));
const QUERIES = Number(process.env.NI_QUERIES ?? 150);
const ROLES = ['anonymous', 'analyst', 'partner'] as const;
type Who = (typeof ROLES)[number];
const PASSWORD = 'non-interference password';
/** Personal fields are refused to every role below staff whatever the data; they add nothing here. */
const PERSONAL = new Set(['fullName', 'email', 'phone', 'birthYear']);

interface Answer {
  readonly status: number;
  readonly data: unknown;
  readonly errors: Array<{ code: unknown; message: string }>;
}

/** An enum value in a generated input (printed bare in a literal, as a string in variables). */
class EnumValue {
  constructor(readonly value: string) {}
}

function literal(value: unknown): string {
  if (value instanceof EnumValue) return value.value;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}

function json(value: unknown): unknown {
  if (value instanceof EnumValue) return value.value;
  if (Array.isArray(value)) return value.map(json);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, json(v)]));
  return value;
}

interface Generated {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** Random operations over the full schema, a function of the seed and of the value pools. */
class QueryGenerator {
  private readonly rand: () => number;
  private readonly roots: Array<GraphQLField<unknown, unknown>>;

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
    private readonly pools: { ids: string[]; strings: string[] },
  ) {
    this.rand = prng(seed);
    // The generated root reads: every root field with a `where` (lists and connections of node types).
    this.roots = Object.values(schema.getQueryType()!.getFields()).filter((f) =>
      f.args.some((a) => a.name === 'where'),
    );
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)] as T;
  }

  private chance(p: number): boolean {
    return this.rand() < p;
  }

  private isRelationshipFilter(type: GraphQLInputObjectType): boolean {
    const fields = type.getFields();
    return Boolean(fields.some || fields.aggregate);
  }

  /** A `where` value of `type`; `depth` bounds filters through relationships. */
  where(type: GraphQLInputObjectType, depth: number): Record<string, unknown> {
    const fields = Object.values(type.getFields());
    const relationships = fields.filter((f) => {
      const t = G.getNamedType(f.type);
      return G.isInputObjectType(t) && this.isRelationshipFilter(t);
    });
    const scalars = fields.filter((f) => {
      const t = G.getNamedType(f.type);
      return (
        G.isInputObjectType(t) &&
        !this.isRelationshipFilter(t) &&
        !['AND', 'OR', 'NOT', 'node', 'edge'].includes(f.name) &&
        !PERSONAL.has(f.name) &&
        t.getFields().eq
      );
    });
    const out: Record<string, unknown> = {};
    const keys = 1 + Math.floor(this.rand() * 2);
    for (let i = 0; i < keys; i++) {
      if (depth > 0 && relationships.length > 0 && this.chance(0.65)) {
        const f = this.pick(relationships);
        out[f.name] = this.relationshipFilter(G.getNamedType(f.type) as GraphQLInputObjectType, depth - 1);
      } else if (scalars.length > 0) {
        const f = this.pick(scalars);
        const v = this.scalarFilter(G.getNamedType(f.type) as GraphQLInputObjectType, f.name);
        if (v) out[f.name] = v;
      }
    }
    if (fields.some((f) => f.name === 'node') && this.chance(0.7)) {
      const node = G.getNamedType(type.getFields().node!.type) as GraphQLInputObjectType;
      out.node = this.where(node, depth);
    }
    if (type.getFields().NOT && this.chance(0.15)) return { NOT: out };
    if (type.getFields().OR && this.chance(0.15)) return { OR: [out, this.where(type, 0)] };
    return out;
  }

  private relationshipFilter(type: GraphQLInputObjectType, depth: number): Record<string, unknown> {
    const fields = type.getFields();
    const quantifiers = ['some', 'none', 'all', 'single'].filter((q) => fields[q]);
    if (fields.aggregate && (quantifiers.length === 0 || this.chance(0.2))) {
      return { aggregate: { count: { nodes: { [this.pick(['eq', 'gt', 'lt'])]: Math.floor(this.rand() * 3) } } } };
    }
    const q = this.pick(quantifiers);
    return { [q]: this.where(G.getNamedType(fields[q]!.type) as GraphQLInputObjectType, depth) };
  }

  private scalarFilter(type: GraphQLInputObjectType, field: string): Record<string, unknown> | undefined {
    const ops = Object.values(type.getFields()).filter((o) =>
      ['eq', 'in', 'contains', 'startsWith', 'includes', 'gt', 'lt'].includes(o.name),
    );
    if (ops.length === 0) return undefined;
    const op = this.pick(ops);
    const value = this.value(op.type, field);
    return value === undefined ? undefined : { [op.name]: value };
  }

  private value(type: GraphQLInputType, field: string): unknown {
    if (G.isNonNullType(type)) return this.value(type.ofType, field);
    if (G.isListType(type)) {
      const one = this.value(type.ofType, field);
      return one === undefined ? undefined : [one, this.value(type.ofType, field)];
    }
    if (G.isEnumType(type)) return new EnumValue(this.pick(type.getValues()).name);
    switch ((type as GraphQLNamedType).name) {
      case 'ID':
        return this.pick(this.pools.ids);
      case 'String':
        return field === 'id' ? this.pick(this.pools.ids) : this.pick(this.pools.strings);
      case 'Int':
        return Math.floor(this.rand() * 6);
      case 'Float':
        return this.rand();
      case 'Boolean':
        return this.chance(0.5);
      default:
        return undefined; // dates, times, points: not needed to reach every relationship
    }
  }

  private sort(field: GraphQLField<unknown, unknown>): unknown[] | undefined {
    const arg = field.args.find((a) => a.name === 'sort');
    const item = arg ? G.getNamedType(arg.type) : undefined;
    if (!item || !G.isInputObjectType(item)) return undefined;
    const fields = item.getFields();
    // Root sorts are by the node's own fields; a total order (…, id) makes the answer's order comparable.
    const direct = Object.values(fields).filter((f) => G.isEnumType(G.getNamedType(f.type)) && !PERSONAL.has(f.name));
    if (direct.length > 0) {
      const f = this.pick(direct);
      const dir = new EnumValue(this.pick(['ASC', 'DESC']));
      return fields.id ? [{ [f.name]: dir }, { id: new EnumValue('ASC') }] : [{ [f.name]: dir }];
    }
    return undefined;
  }

  /** A selection of `type`'s fields: scalars, relationship lists, nested connections with totalCount. */
  selection(typeName: string, depth: number): string {
    const type = this.schema.getType(typeName);
    if (!type || !(G.isObjectType(type) || G.isInterfaceType(type))) return '__typename';
    const fields = Object.values(type.getFields());
    const parts = ['id'];
    const scalars = fields.filter(
      (f) => G.isLeafType(G.getNamedType(f.type)) && f.args.length === 0 && !PERSONAL.has(f.name) && f.name !== 'id',
    );
    for (let i = 0; i < 2 && scalars.length > 0; i++) parts.push(this.pick(scalars).name);
    if (G.isInterfaceType(type)) {
      parts.push('__typename');
      if (this.schema.getPossibleTypes(type).some((t) => t.name === 'Migrant') && this.chance(0.6))
        parts.push('... on Migrant { skills status city }');
    }
    if (depth > 0) {
      const relationships = fields.filter(
        (f) => f.args.some((a) => a.name === 'where') && !f.name.endsWith('Connection'),
      );
      const connections = fields.filter((f) => f.name.endsWith('Connection') && f.args.some((a) => a.name === 'where'));
      if (relationships.length > 0 && this.chance(0.6)) {
        const f = this.pick(relationships);
        const where = this.chance(0.4)
          ? `(where: ${literal(this.where(G.getNamedType(f.args.find((a) => a.name === 'where')!.type) as GraphQLInputObjectType, 1))})`
          : '';
        parts.push(`${f.name}${where} { ${this.selection(G.getNamedType(f.type).name, depth - 1)} }`);
      }
      if (connections.length > 0 && this.chance(0.7)) {
        const f = this.pick(connections);
        parts.push(this.connection(f, depth - 1));
      }
    }
    return parts.join(' ');
  }

  private connection(f: GraphQLField<unknown, unknown>, depth: number, args = ''): string {
    const conn = G.getNamedType(f.type) as import('graphql').GraphQLObjectType;
    const edge = G.getNamedType(conn.getFields().edges!.type) as import('graphql').GraphQLObjectType;
    const node = G.getNamedType(edge.getFields().node!.type).name;
    const whereArg = f.args.find((a) => a.name === 'where');
    const where =
      !args && whereArg && this.chance(0.4)
        ? `(where: ${literal(this.where(G.getNamedType(whereArg.type) as GraphQLInputObjectType, 1))})`
        : args;
    const parts = ['totalCount'];
    if (this.chance(0.6)) parts.push(`edges { node { ${this.selection(node, depth)} } }`);
    if (conn.getFields().aggregate && this.chance(0.25)) parts.push('aggregate { count { nodes } }');
    return `${f.name}${where} { ${parts.join(' ')} }`;
  }

  /** One operation: a root read with a random filter, passed in one of the ways a client can. */
  next(): Generated {
    const root = this.pick(this.roots);
    const whereArg = root.args.find((a) => a.name === 'where')!;
    const whereType = G.getNamedType(whereArg.type) as GraphQLInputObjectType;
    const where = this.where(whereType, 2);
    const sort = this.chance(0.3) ? this.sort(root) : undefined;
    const args: string[] = [];
    const variables: Record<string, unknown> = {};
    const varDefs: string[] = [];
    const shape = this.pick(['inline', 'variable', 'default', 'fragment'] as const);
    if (shape === 'variable') {
      varDefs.push(`$w: ${whereType.name}`);
      variables.w = json(where);
      args.push('where: $w');
    } else if (shape === 'default') {
      varDefs.push(`$w: ${whereType.name} = ${literal(where)}`);
      args.push('where: $w');
    } else {
      args.push(`where: ${literal(where)}`);
    }
    if (sort) args.push(`sort: ${literal(sort)}`);
    const named = G.getNamedType(root.type);
    const isConnection = G.isObjectType(named) && Boolean(named.getFields().edges);
    const alias = this.chance(0.3) ? 'probe: ' : '';
    const field = isConnection
      ? `${alias}${this.connection(root as GraphQLField<unknown, unknown>, 1, `(${args.join(', ')})`)}`
      : `${alias}${root.name}(${args.join(', ')}) { ${this.selection(named.name, 2)} }`;
    const header = varDefs.length > 0 ? `query NI(${varDefs.join(', ')})` : 'query NI';
    const query =
      shape === 'fragment' ? `${header} { ...F } fragment F on Query { ${field} }` : `${header} { ${field} }`;
    return { query, variables };
  }
}

/** Arrays compared as sets (no generated query pages without a total order), except root lists that were sorted. */
function canonical(value: unknown, keepOrder: boolean): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, false));
    return keepOrder ? items : items.map((v) => JSON.stringify(v)).sort();
  }
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v, false)]),
    );
  return value;
}

let ponte: BootedPonte;
let base: string;
let full: GraphQLSchema;
const tokens: Partial<Record<Who, string>> = {};
const database = () => inject('neo4jDatabase');

async function ask(who: Who, q: Generated): Promise<Answer> {
  const res = await gql(base, q.query, q.variables, tokens[who]);
  const sorted = /sort: \[/.test(q.query.split('{')[1] ?? '');
  const data =
    res.data === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(res.data as Record<string, unknown>).map(([k, v]) => [k, canonical(v, sorted)]),
        );
  return {
    status: res.status,
    data,
    errors: (res.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message })),
  };
}

beforeAll(async () => {
  await wipeTestDatabase();
  await closeTestDriver();
  // Seeds the curated data into the empty database; no rate limit for the few thousand requests.
  const booted = await bootSignedIn(['analyst', 'partner'], {
    domain: 'ni.example',
    password: PASSWORD,
    seed: 'auto',
    env: { PONTE_RATE_LIMIT: '0' },
  });
  ({ ponte, base } = booted);
  Object.assign(tokens, booted.tokens);
  full = await buildSchema();
}, 240_000);

afterAll(async () => {
  await ponte?.shutdown();
});

describe('non-interference on the generated API', () => {
  it(`answers below staff do not depend on hidden migrants (seed ${SEED}; NI_SEED=${SEED} replays)`, async () => {
    console.log(`non-interference-api: NI_SEED=${SEED} NI_QUERIES=${QUERIES}`);
    const run = async (cypher: string) =>
      (await ponte.driver.executeQuery(cypher, {}, { database: database() })).records.map((r) => String(r.get('v')));
    // Values that can single out a hidden person: ids of NONE-consent migrants, ids the twin adds,
    // names, cities and skills of migrants; plus ids of organisations so that filters also match.
    const ids = [
      ...(await run("MATCH (m:Migrant) WHERE m.consent = 'NONE' RETURN m.id AS v ORDER BY v LIMIT 8")),
      ...(await run("MATCH (m:Migrant) WHERE m.consent <> 'NONE' RETURN m.id AS v ORDER BY v LIMIT 4")),
      ...(await run('MATCH (a:Actor) WHERE NOT a:Migrant RETURN a.id AS v ORDER BY v LIMIT 8')),
      ...(await run('MATCH (r:Region) RETURN r.id AS v ORDER BY v LIMIT 4')),
      `migrant-twin-${SEED}-0`,
      `migrant-twin-${SEED + 1}-1`,
    ];
    const strings = [
      ...(await run("MATCH (m:Migrant) WHERE m.consent = 'NONE' RETURN m.name AS v ORDER BY v LIMIT 4")),
      'Twin 1',
      'Torino',
      'Milano',
      'Béni Mellal',
      'immigration law',
      'welding',
      'a',
      'e',
    ];
    // A third are written from the full schema (what an attacker sends; below staff most are refused,
    // and must be refused alike in both states); the others from the restricted schema, so that
    // most questions are answered and their answers compared.
    const attacker = new QueryGenerator(full, SEED, { ids, strings });
    const client = new QueryGenerator(restrictedSchema(full), SEED + 7, { ids, strings });
    const queries = Array.from({ length: QUERIES }, (_, i) => (i % 3 === 0 ? attacker : client).next());

    const askAll = async (roles: readonly Who[]) => {
      const answers = new Map<Who, Answer[]>();
      for (const who of roles) {
        const list: Answer[] = [];
        // A few at a time: the machine is shared, and order does not matter.
        for (let i = 0; i < queries.length; i += 4)
          list.push(...(await Promise.all(queries.slice(i, i + 4).map((q) => ask(who, q)))));
        answers.set(who, list);
        console.log(
          `non-interference-api: ${who} answered ${list.length} queries (${Math.round(performance.now() / 1000)} s)`,
        );
      }
      return answers;
    };

    const before = await askAll(ROLES);
    const twinNone = await makeHiddenTwin(ponte.driver, database(), 'consent-none', SEED);
    const afterNone = await askAll(['analyst', 'partner']);
    // On top of the first twin: still the seed but for migrants, every one of them hidden from anonymous visitors.
    const twinAll = await makeHiddenTwin(ponte.driver, database(), 'every-migrant', SEED + 1);
    const afterAll = await askAll(['anonymous']);
    console.log(`non-interference-api: twins ${JSON.stringify(twinNone)} ${JSON.stringify(twinAll)}`);

    const mismatches: string[] = [];
    let answered = 0;
    for (const who of ROLES) {
      const a = before.get(who)!;
      const b = (who === 'anonymous' ? afterAll : afterNone).get(who)!;
      queries.forEach((q, i) => {
        if (a[i]!.errors.length === 0) answered += 1;
        if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) {
          mismatches.push(
            `${who}, query ${i}:\n  ${q.query}\n  variables ${JSON.stringify(q.variables)}\n  seed:  ${JSON.stringify(a[i]).slice(0, 1500)}\n  twin:  ${JSON.stringify(b[i]).slice(0, 1500)}`,
          );
        }
      });
    }
    const refusals = new Map<string, number>();
    for (const who of ROLES)
      for (const answer of before.get(who)!)
        for (const e of answer.errors.slice(0, 1))
          refusals.set(String(e.code), (refusals.get(String(e.code)) ?? 0) + 1);
    console.log(
      `non-interference-api: ${answered} answers without errors, refusals by code ${JSON.stringify(Object.fromEntries(refusals))}`,
    );
    expect(
      mismatches.length,
      `NI_SEED=${SEED}: ${mismatches.length} answers depend on hidden migrants; first ones:\n${mismatches.slice(0, 4).join('\n\n')}`,
    ).toBe(0);
    // The test means something only if many questions were answered, not refused.
    expect(answered).toBeGreaterThan(queries.length * 3 * 0.5);
    // No client mistake became a 500.
    for (const who of ROLES)
      expect(
        before
          .get(who)!
          .filter((a) => a.status >= 500)
          .map((a) => a.errors),
      ).toEqual([]);
  }, 600_000);
});
