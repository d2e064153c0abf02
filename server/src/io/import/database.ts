import { type ManagedTransaction } from 'neo4j-driver';
import { type MatchLabel, type NodeRow, type TieRow, matchLabel, upsertNodes, upsertTies } from '../../db/upsert.js';
import { type NodeKind, type TieType } from '../../seeds/seed-schema.js';

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
export async function storedNodes(
  tx: ManagedTransaction,
  kind: NodeKind,
  ids: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  const result = await tx.run(`UNWIND $ids AS id MATCH (n:${kind} {id: id}) RETURN n.id AS id, properties(n) AS p`, {
    ids,
  });
  return new Map(result.records.map((r) => [r.get('id') as string, r.get('p') as Record<string, unknown>]));
}

export interface TieEnds {
  readonly from: string;
  readonly to: string;
}

/** The stored properties of these ties (one batch, all of one type and end labels), keyed `from|to`. */
export async function storedTies(
  tx: ManagedTransaction,
  type: TieType,
  fromLabel: MatchLabel,
  toLabel: MatchLabel,
  rows: readonly TieEnds[],
): Promise<Map<string, Record<string, unknown>>> {
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (:${fromLabel} {id: row.from})-[r:${type}]->(:${toLabel} {id: row.to})
     RETURN row.from AS from, row.to AS to, properties(r) AS p`,
    { rows },
  );
  return new Map(
    result.records.map((r) => [
      `${r.get('from') as string}|${r.get('to') as string}`,
      r.get('p') as Record<string, unknown>,
    ]),
  );
}

/**
 * Creates or updates nodes with the one upsert (server/src/db/upsert.ts). The caller sends only
 * rows that really change, so each of them also moves `updatedAt`.
 */
export async function writeNodes(tx: ManagedTransaction, kind: NodeKind, rows: readonly NodeRow[]): Promise<void> {
  await upsertNodes(tx, kind, rows, { short: shortWrite(`${kind} nodes`) });
}

export async function writeTies(
  tx: ManagedTransaction,
  type: TieType,
  fromLabel: MatchLabel,
  toLabel: MatchLabel,
  rows: readonly TieRow[],
): Promise<void> {
  // Fewer than sent means an end vanished since the check: throwing rolls the whole import back.
  await upsertTies(tx, type, fromLabel, toLabel, rows, { short: shortWrite(`${type} ties`) });
}

export { matchLabel };

function shortWrite(what: string): (written: number, sent: number) => string {
  return (written, sent) =>
    `the import wrote ${written} of ${sent} ${what} (a tie end was deleted meanwhile?); nothing was written`;
}
