import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import {
  ACTOR_KINDS,
  NODE_KINDS,
  TIE_TYPES,
  type ActorKind,
  type NodeKind,
  type TieType,
} from '../../../schema/generated/model.js';

/**
 * The one batched upsert of nodes and ties (docs/architecture.md#one-copy-of-each), used by the
 * seed loader, the bulk loader, the import and the ingest benchmark's LOAD CSV: nodes are merged
 * on `id`, ties on (type, from id, to id), so writing the same rows twice leaves the graph as it
 * was (docs/architecture.md#stable-slug-ids).
 *
 * Labels and relationship types are interpolated into the query text because Cypher cannot take
 * them as parameters and still use the unique-id indexes. So they come only from the generated
 * model's lists (schema/generated/model.ts), checked here at run time too, never from input text.
 */

/** The label a tie end is matched on: `Actor` for any actor kind (it has its own unique-id index). */
export type MatchLabel = 'Actor' | Exclude<NodeKind, ActorKind>;

export interface NodeRow {
  readonly id: string;
  readonly props: Readonly<Record<string, unknown>>;
}

export interface TieRow {
  readonly from: string;
  readonly to: string;
  readonly props: Readonly<Record<string, unknown>>;
}

/**
 * When `updatedAt` moves. `when-changed`: on creation and whenever a property really changes, so
 * a re-load or re-import of the same values is a no-op. `on-create`: only on creation, which
 * saves reading every node before writing it; for the bulk loader of generated graphs, whose
 * re-runs finish an interrupted load with the same values.
 */
export type UpdatedAtRule = 'when-changed' | 'on-create';

/** Where a statement finds a row's id, ends and properties: `UNWIND $rows AS row` by default. */
export interface RowExpressions {
  readonly id?: string;
  readonly from?: string;
  readonly to?: string;
  readonly props?: string;
}

const NODE_KIND_SET: ReadonlySet<string> = new Set(NODE_KINDS);
const ACTOR_KIND_SET: ReadonlySet<string> = new Set(ACTOR_KINDS);
const MATCH_LABEL_SET: ReadonlySet<string> = new Set(['Actor', ...NODE_KINDS.filter((k) => !ACTOR_KIND_SET.has(k))]);
const TIE_TYPE_SET: ReadonlySet<string> = new Set(TIE_TYPES);

export function isNodeKind(label: string): label is NodeKind {
  return NODE_KIND_SET.has(label);
}

export function isMatchLabel(label: string): label is MatchLabel {
  return MATCH_LABEL_SET.has(label);
}

export function isTieType(type: string): type is TieType {
  return TIE_TYPE_SET.has(type);
}

export function matchLabel(kind: NodeKind): MatchLabel {
  return ACTOR_KIND_SET.has(kind) ? 'Actor' : (kind as MatchLabel);
}

/** A guard for the query text: TypeScript narrows the callers, this catches a cast. */
function checked(name: string, known: (name: string) => boolean, what: string): string {
  if (!known(name)) throw new Error(`not a ${what} of the model: ${JSON.stringify(name)}`);
  return name;
}

/**
 * The clauses that merge one node (`n`) from `row`, without UNWIND or RETURN, so LOAD CSV can
 * wrap them too. Actor kinds also get the `Actor` label.
 */
export function nodeMergeClauses(
  kind: NodeKind,
  updatedAt: UpdatedAtRule = 'when-changed',
  row: RowExpressions = {},
): string {
  const label = checked(kind, isNodeKind, 'node label');
  const id = row.id ?? 'row.id';
  const props = row.props ?? 'row.props';
  const actor = ACTOR_KIND_SET.has(label) ? ', n:Actor' : '';
  if (updatedAt === 'on-create') {
    return `MERGE (n:${label} {id: ${id}})
  ON CREATE SET n.createdAt = datetime.transaction(), n.updatedAt = datetime.transaction()
SET n += ${props}${actor}`;
  }
  // `before` is the node as found; setting the values it already has leaves it equal to after.
  return `MERGE (n:${label} {id: ${id}})
  ON CREATE SET n.createdAt = datetime.transaction()
WITH n, row, properties(n) AS before
SET n += ${props}${actor}
WITH n, before
SET n.updatedAt = CASE WHEN n.updatedAt IS NULL OR before <> properties(n) THEN datetime.transaction() ELSE n.updatedAt END`;
}

/** The clauses that match both ends of one tie on their unique ids and merge the tie (`r`). */
export function tieMergeClauses(
  type: TieType,
  fromLabel: MatchLabel,
  toLabel: MatchLabel,
  row: RowExpressions = {},
): string {
  return `MATCH (a:${checked(fromLabel, isMatchLabel, 'tie end label')} {id: ${row.from ?? 'row.from'}})
MATCH (b:${checked(toLabel, isMatchLabel, 'tie end label')} {id: ${row.to ?? 'row.to'}})
MERGE (a)-[r:${checked(type, isTieType, 'relationship type')}]->(b)
SET r += ${row.props ?? 'row.props'}`;
}

export function nodeUpsertCypher(kind: NodeKind, updatedAt: UpdatedAtRule = 'when-changed'): string {
  return `UNWIND $rows AS row\n${nodeMergeClauses(kind, updatedAt)}\nRETURN count(n) AS written`;
}

export function tieUpsertCypher(type: TieType, fromLabel: MatchLabel, toLabel: MatchLabel): string {
  return `UNWIND $rows AS row\n${tieMergeClauses(type, fromLabel, toLabel)}\nRETURN count(r) AS written`;
}

export interface UpsertOptions {
  /**
   * The message when fewer rows were written than sent, which means a tie end was not found:
   * the upsert throws it, which rolls back the caller's transaction.
   */
  readonly short: (written: number, sent: number) => string;
}

/** Merges one batch of nodes of `kind` in `tx`; returns how many were created. */
export async function upsertNodes(
  tx: ManagedTransaction,
  kind: NodeKind,
  rows: readonly NodeRow[],
  options: UpsertOptions & { readonly updatedAt?: UpdatedAtRule },
): Promise<number> {
  const result = await tx.run(nodeUpsertCypher(kind, options.updatedAt), { rows });
  assertWritten(result.records[0]?.get('written'), rows.length, options);
  return result.summary.counters.updates().nodesCreated;
}

/** Merges one batch of ties of one type and end labels in `tx`; returns how many were created. */
export async function upsertTies(
  tx: ManagedTransaction,
  type: TieType,
  fromLabel: MatchLabel,
  toLabel: MatchLabel,
  rows: readonly TieRow[],
  options: UpsertOptions,
): Promise<number> {
  const result = await tx.run(tieUpsertCypher(type, fromLabel, toLabel), { rows });
  assertWritten(result.records[0]?.get('written'), rows.length, options);
  return result.summary.counters.updates().relationshipsCreated;
}

function assertWritten(written: unknown, sent: number, options: UpsertOptions): void {
  const count = neo4j.isInt(written) ? written.toNumber() : Number(written);
  if (count !== sent) throw new Error(options.short(count, sent));
}
