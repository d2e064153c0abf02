import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { type MatchLabel, matchLabel } from '../../seeds/rows.js';
import { type NodeKind, type TieType, isActorKind } from '../../seeds/seed-schema.js';

/**
 * The Cypher of an import. Labels and types are interpolated because Cypher cannot take them as
 * parameters and still use the id indexes; every one of them has been narrowed to the fixed lists
 * of seed-schema.ts before it gets here. Rows go in batches of `UNWIND $rows`, all inside the
 * caller's transaction, so an import is written whole or not at all.
 */

export const BATCH_SIZE = 1_000;

export function chunks<T>(items: readonly T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Which of these ids exist as nodes of `kind`. */
export async function existingIds(tx: ManagedTransaction, kind: NodeKind, ids: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const batch of chunks(ids)) {
    const result = await tx.run(`UNWIND $ids AS id MATCH (n:${kind} {id: id}) RETURN n.id AS id`, { ids: batch });
    for (const r of result.records) found.push(r.get('id') as string);
  }
  return found;
}

/** The stored properties of the nodes of `kind` with these ids (one batch). */
export async function storedNodes(tx: ManagedTransaction, kind: NodeKind, ids: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
  const result = await tx.run(`UNWIND $ids AS id MATCH (n:${kind} {id: id}) RETURN n.id AS id, properties(n) AS p`, { ids });
  return new Map(result.records.map((r) => [r.get('id') as string, r.get('p') as Record<string, unknown>]));
}

export interface TieEnds {
  readonly from: string;
  readonly to: string;
}

/** The stored properties of these ties (one batch, all of one type and end labels), keyed `from|to`. */
export async function storedTies(tx: ManagedTransaction, type: TieType, fromLabel: MatchLabel, toLabel: MatchLabel, rows: readonly TieEnds[]): Promise<Map<string, Record<string, unknown>>> {
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (:${fromLabel} {id: row.from})-[r:${type}]->(:${toLabel} {id: row.to})
     RETURN row.from AS from, row.to AS to, properties(r) AS p`,
    { rows },
  );
  return new Map(result.records.map((r) => [`${r.get('from') as string}|${r.get('to') as string}`, r.get('p') as Record<string, unknown>]));
}

/**
 * Creates or updates nodes. `updatedAt` is set here only because the caller sends nothing but
 * rows that really change.
 */
export async function writeNodes(tx: ManagedTransaction, kind: NodeKind, rows: readonly { id: string; props: Record<string, unknown> }[]): Promise<void> {
  const result = await tx.run(
    `UNWIND $rows AS row
     MERGE (n:${kind} {id: row.id})
       ON CREATE SET n.createdAt = datetime.transaction()
     SET n += row.props, n.updatedAt = datetime.transaction()${isActorKind(kind) ? ', n:Actor' : ''}
     RETURN count(n) AS written`,
    { rows },
  );
  assertWritten(result.records[0]?.get('written'), rows.length, `${kind} nodes`);
}

export async function writeTies(tx: ManagedTransaction, type: TieType, fromLabel: MatchLabel, toLabel: MatchLabel, rows: readonly { from: string; to: string; props: Record<string, unknown> }[]): Promise<void> {
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:${fromLabel} {id: row.from})
     MATCH (b:${toLabel} {id: row.to})
     MERGE (a)-[r:${type}]->(b)
     SET r += row.props
     RETURN count(r) AS written`,
    { rows },
  );
  // Fewer than sent means an end vanished since the check: throwing rolls the whole import back.
  assertWritten(result.records[0]?.get('written'), rows.length, `${type} ties`);
}

export { matchLabel };

function assertWritten(written: unknown, expected: number, what: string): void {
  const count = neo4j.isInt(written) ? written.toNumber() : Number(written);
  if (count !== expected) throw new Error(`the import wrote ${count} of ${expected} ${what} (a tie end was deleted meanwhile?); nothing was written`);
}
