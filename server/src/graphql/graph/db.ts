/** Small helpers for the graph resolvers' reads. */
import neo4j, { type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { ErrorCode } from '../../errors.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import { visibilityParams } from './visibility.js';

/** Neo4j reads JS numbers as floats; LIMIT and friends need integers. */
export const int = (n: number) => neo4j.int(n);

/**
 * A read query in a READ transaction, records as plain objects. The asker's visibility parameter
 * (graph/visibility.ts) always travels with it, so a query needs only write the predicate.
 */
export async function read<T = Record<string, unknown>>(context: PonteContext, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  const { records } = await context.driver.executeQuery(cypher, { ...visibilityParams(context.viewer), ...params }, { database: context.database, routing: 'READ' });
  return records.map((r) => r.toObject() as T);
}

/**
 * A write query: inside the mutation's audited transaction when there is one (graph answers never
 * write; account and consent mutations do), otherwise in its own auto-committed transaction.
 */
export async function write<T = Record<string, unknown>>(context: PonteContext, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  const tx = context.writeTx.current;
  if (tx) return (await tx.run(cypher, params)).records.map((r) => r.toObject() as T);
  const { records } = await context.driver.executeQuery(cypher, params, { database: context.database });
  return records.map((r) => r.toObject() as T);
}

/**
 * Runs `work` in the mutation's audited transaction when there is one, so the write and its `ok`
 * audit entry commit together and a write sent with others in one mutation never waits on locks
 * that mutation's open transaction holds; otherwise in a write transaction of its own.
 */
export async function inWriteTransaction<T>(context: PonteContext, work: (tx: Transaction | ManagedTransaction) => Promise<T>): Promise<T> {
  const tx = context.writeTx.current;
  if (tx) return work(tx);
  const session = context.driver.session({ database: context.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/**
 * NOT_FOUND naming the first id that is not a node of `label`. `ids` maps each id to the
 * argument it came from.
 */
export async function requireNodes(context: PonteContext, field: string, ids: ReadonlyArray<{ argument: string; id: string }>, label: string): Promise<void> {
  // The unique-id constraints are per label, so this is one index seek per id.
  const rows = await read<{ id: string; migrant: boolean; consent: string | null }>(
    context,
    `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id, n:Migrant AS migrant, n.consent AS consent`,
    { ids: ids.map((i) => i.id) },
  );
  const found = visibleIds(context, rows);
  const missing = ids.filter((i) => !found.has(i.id));
  if (missing.length > 0) {
    const what = label === 'Actor' ? 'actor' : label === 'ReturnProject' ? 'return project' : label === 'Migrant' ? 'migrant' : 'node';
    const list = missing.map((m) => `"${m.id}"`).join(', ');
    throw userError(`${field}: no ${what} with id ${list} (argument "${missing[0]!.argument}").`, missing[0]!.argument, ErrorCode.NotFound);
  }
}

/**
 * The ids among `rows` the viewer may ask about. A migrant the viewer may not name counts as
 * absent: answering "not found" for them, exactly as for an id that never existed, is what keeps a
 * question started from a hidden person (their matches, paths, neighbourhood) from revealing that
 * the person exists or what their ties and skills lead to (docs/architecture.md#masking).
 */
export function visibleIds(context: PonteContext, rows: ReadonlyArray<{ id: string; migrant: boolean; consent: string | null }>): Set<string> {
  return new Set(rows.filter((r) => !r.migrant || context.viewer.mayNameMigrant(r.consent)).map((r) => r.id));
}

/** Today as 'YYYY-MM-DD' (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
