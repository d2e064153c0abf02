import neo4j from 'neo4j-driver';
import { decodeEvidence } from '../model/evidence.js';
import { NODE_KINDS, isActorKind } from '../seeds/seed-schema.js';
import { PERSONAL_FIELDS } from '../model/personal.js';

/**
 * What a write changed, field by field (docs/privacy.md#edit-history): the audit plugin reads the
 * nodes a mutation names by id before it runs and again before it commits, in the same
 * transaction, and records the difference with the audit entry. For a personal field of a
 * migrant only that it changed: its values never leave this module. Values are kept typed
 * (`Encoded`) so that `revertChange` writes back exactly what was there. Pure but for `readNodes`.
 */

/** A stored property value, as JSON that keeps Neo4j's types apart. */
export type Encoded =
  | string
  | number
  | boolean
  | { readonly int: string }
  | { readonly date: string }
  | { readonly datetime: string }
  | readonly Encoded[];

/** A tie, as the history names it: its type and its stored ends. */
export interface TieKey {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

export interface Change {
  /** The node changed; for a tie, the node it starts from (`tie` names the tie). */
  readonly id: string;
  /** Set for a change of a tie's property. */
  readonly tie?: TieKey;
  readonly field: string;
  readonly personal: boolean;
  /** The write created the node: setting its fields back would leave a record without them. */
  readonly created?: true;
  /** The write removed the tie (a disconnect, or a deleted end): `from` holds what it had. */
  readonly removed?: true;
  /** Absent: the node had no value (or the field is personal, whose values are never kept). */
  readonly from?: Encoded;
  readonly to?: Encoded;
}

/** The snapshot of a node: its labels and its properties as read from the driver. */
export interface NodeState {
  readonly labels: readonly string[];
  readonly props: Readonly<Record<string, unknown>>;
}

/** Set by the database on every write: a change of these says nothing. */
const AUTOMATIC = new Set(['createdAt', 'updatedAt']);

export function isPersonal(labels: readonly string[], field: string): boolean {
  return labels.includes('Migrant') && PERSONAL_FIELDS.has(field);
}

function isList(value: Encoded): value is readonly Encoded[] {
  return Array.isArray(value);
}

export function encode(value: unknown): Encoded | undefined {
  if (value === null || value === undefined) return undefined;
  if (neo4j.isInt(value)) return { int: value.toString() };
  if (neo4j.isDate(value)) return { date: value.toString() };
  if (neo4j.isDateTime(value)) return { datetime: value.toString() };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => encode(v) ?? null).filter((v): v is Encoded => v !== null);
  return undefined;
}

/** Back to a driver value, for `SET`. */
export function decode(value: Encoded | undefined): unknown {
  if (value === undefined) return null;
  if (isList(value)) return value.map(decode);
  if (typeof value !== 'object') return value;
  if ('int' in value) return neo4j.int(value.int);
  if ('date' in value) {
    const [y, m, d] = value.date.split('-').map(Number) as [number, number, number];
    return new neo4j.Date(y, m, d);
  }
  if ('datetime' in value) return value.datetime;
  return null;
}

/** A value as the history shows it: dates YYYY-MM-DD, lists and source records as JSON. */
export function showValue(field: string, value: Encoded | undefined): string | null {
  if (value === undefined) return null;
  if (field === 'evidence' && isList(value)) return JSON.stringify(decodeEvidence(value));
  const plain = (v: Encoded): unknown =>
    isList(v)
      ? v.map(plain)
      : typeof v === 'object'
        ? 'int' in v
          ? Number(v.int)
          : 'date' in v
            ? v.date
            : v.datetime
        : v;
  const shown = plain(value);
  return typeof shown === 'string' ? shown : JSON.stringify(shown);
}

export function sameValue(a: Encoded | undefined, b: Encoded | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The snapshot of a tie: its key and its properties as read from the driver. */
export interface TieState {
  readonly key: TieKey;
  readonly props: Readonly<Record<string, unknown>>;
}

const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

/** The changed fields of one record (a node, or a tie when `tie` is given). */
function fieldChanges(
  id: string,
  was: Readonly<Record<string, unknown>> | undefined,
  now: Readonly<Record<string, unknown>>,
  personalField: (field: string) => boolean,
  tie?: TieKey,
): Change[] {
  const changes: Change[] = [];
  const fields = new Set([...Object.keys(was ?? {}), ...Object.keys(now)]);
  for (const field of [...fields].sort()) {
    if (AUTOMATIC.has(field)) continue;
    const from = encode(was?.[field]);
    const to = encode(now[field]);
    if (sameValue(from, to)) continue;
    const personal = personalField(field);
    const base = { id, ...(tie ? { tie } : {}), field, personal, ...(was ? {} : { created: true as const }) };
    changes.push(
      personal ? base : { ...base, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) },
    );
  }
  return changes;
}

/** The field-by-field difference of the nodes before and after a write; deleted nodes left out. */
export function diffNodes(before: ReadonlyMap<string, NodeState>, after: ReadonlyMap<string, NodeState>): Change[] {
  return [...after]
    .sort(byKey)
    .flatMap(([id, now]) => fieldChanges(id, before.get(id)?.props, now.props, (f) => isPersonal(now.labels, f)));
}

const tieOrder = ([, a]: [string, TieState], [, b]: [string, TieState]) => {
  const ka = `${a.key.from}\u0000${a.key.type}\u0000${a.key.to}`;
  const kb = `${b.key.from}\u0000${b.key.type}\u0000${b.key.to}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/**
 * The same for ties, paired by the database's id of the relationship (stable within the write's
 * transaction) and named by type and ends. A removed tie gives one change per property it had
 * (`removed`, the old value in `from`), so the history says what was cut. Ties hold no personal field.
 */
export function diffTies(before: ReadonlyMap<string, TieState>, after: ReadonlyMap<string, TieState>): Change[] {
  const changed = [...after]
    .sort(tieOrder)
    .flatMap(([element, now]) =>
      fieldChanges(now.key.from, before.get(element)?.props, now.props, () => false, now.key),
    );
  const removed = [...before]
    .filter(([element]) => !after.has(element))
    .sort(tieOrder)
    .flatMap(([, was]) =>
      fieldChanges(was.key.from, was.props, {}, () => false, was.key).map((c) => ({ ...c, removed: true as const })),
    );
  return [...changed, ...removed];
}

/** Whether a change is of this node's field (no tie) or of this tie's field. */
export function sameTarget(change: Change, id: string, field: string, tie: TieKey | undefined): boolean {
  if (change.id !== id || change.field !== field) return false;
  if (!tie || !change.tie) return !tie && !change.tie;
  return change.tie.type === tie.type && change.tie.from === tie.from && change.tie.to === tie.to;
}

/** Stored on the audit entry as a list of JSON strings (Neo4j properties hold no maps). */
export function storeChanges(changes: readonly Change[]): string[] {
  return changes.map((c) => JSON.stringify(c));
}

export function readChanges(stored: unknown): Change[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((s) => {
    try {
      const c = JSON.parse(String(s)) as Change;
      return typeof c.id === 'string' && typeof c.field === 'string' ? [c] : [];
    } catch {
      return [];
    }
  });
}

/** The labels a public node's id is unique in, each with an index on `id`. */
export const ID_LABELS = ['Actor', ...NODE_KINDS.filter((k) => !isActorKind(k))];

/** Where the snapshots are read: the write's own transaction. */
type Runner = {
  run: (
    cypher: string,
    params: Record<string, unknown>,
  ) => PromiseLike<{ records: readonly { get(key: string): unknown }[] }>;
};

/** The public nodes of these ids, read in the caller's transaction (index seeks, no scan). */
export async function readNodes(tx: Runner, ids: readonly string[]): Promise<Map<string, NodeState>> {
  const out = new Map<string, NodeState>();
  if (ids.length === 0) return out;
  const cypher = ID_LABELS.map(
    (label) => `MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`,
  ).join(' UNION ');
  const { records } = await tx.run(cypher, { ids: [...ids] });
  for (const r of records)
    out.set(r.get('id') as string, {
      labels: r.get('labels') as string[],
      props: r.get('props') as Record<string, unknown>,
    });
  return out;
}

/**
 * The ties of the nodes of these ids to other public nodes, read in the caller's transaction: a
 * write changes a tie's properties through one of its ends (generated edge updates name the node
 * they update; `setTieEvidence` names both ends). Keyed by the relationship's element id.
 */
export async function readTies(tx: Runner, ids: readonly string[]): Promise<Map<string, TieState>> {
  const out = new Map<string, TieState>();
  if (ids.length === 0) return out;
  const cypher = ID_LABELS.map(
    (label) => `MATCH (a:${label}) WHERE a.id IN $ids MATCH (a)-[r]-(b) WHERE any(l IN labels(b) WHERE l IN $labels)
      RETURN elementId(r) AS element, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props`,
  ).join(' UNION ');
  const { records } = await tx.run(cypher, { ids: [...ids], labels: ID_LABELS });
  for (const r of records)
    out.set(r.get('element') as string, {
      key: { type: r.get('type') as string, from: r.get('from') as string, to: r.get('to') as string },
      props: r.get('props') as Record<string, unknown>,
    });
  return out;
}
