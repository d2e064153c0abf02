/** Writes of the custom mutations, inside the request's audited transaction when there is one. */
import neo4j, { type ManagedTransaction, type Transaction } from 'neo4j-driver';
import type { PonteContext } from './context.js';

/**
 * A write query: inside the mutation's audited transaction when there is one (graph answers never
 * write; account and consent mutations do), otherwise in its own auto-committed transaction.
 */
export async function write<T = Record<string, unknown>>(
  context: PonteContext,
  cypher: string,
  params: Record<string, unknown>,
): Promise<T[]> {
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
export async function inWriteTransaction<T>(
  context: PonteContext,
  work: (tx: Transaction | ManagedTransaction) => Promise<T>,
): Promise<T> {
  const tx = context.writeTx.current;
  if (tx) return work(tx);
  const session = context.driver.session({
    database: context.database,
    defaultAccessMode: neo4j.session.WRITE,
    // Shared with executeQuery and the generated API: reads after this write see it on a cluster too.
    bookmarkManager: context.driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}
