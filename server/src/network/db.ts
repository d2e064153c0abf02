/** Small helpers for the graph questions' reads. */
import neo4j from 'neo4j-driver';
import type { ReadScope } from './session.js';
import { visibilityParams } from './visibility.js';

/** Neo4j reads JS numbers as floats; LIMIT and friends need integers. */
export const int = (n: number) => neo4j.int(n);

/**
 * A read query in a READ transaction, records as plain objects. The asker's visibility parameter
 * (network/visibility.ts) always travels with it, so a query needs only write the predicate.
 */
export async function read<T = Record<string, unknown>>(
  scope: ReadScope,
  cypher: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const { records } = await scope.driver.executeQuery(
    cypher,
    { ...visibilityParams(scope.viewer), ...params },
    { database: scope.database, routing: 'READ' },
  );
  return records.map((r) => r.toObject() as T);
}

/**
 * Cypher: `test`, then `then` when given, as one CASE expression, for a WHERE on a scan of a whole
 * label. Written as plain conjuncts, an OR among them (the rule of time's `… IS NULL OR …`,
 * network/time.ts; visibility's `NOT n:Migrant OR …`) may be planned as a union of two scans of
 * every node of the label and a Distinct: at 100,000 actors, twice the scan and more
 * (docs/graph-questions.md#the-slow-questions-at-100k-issue-18). The planner does not split a
 * CASE; `test` goes first, so put the cheap, selective tests there.
 */
export function unsplit(test: string, then?: string): string {
  return `CASE WHEN ${test} THEN ${then ?? 'true'} ELSE false END`;
}

/**
 * The ids among `rows` the viewer may ask about. A migrant the viewer may not name counts as
 * absent: answering "not found" for them, exactly as for an id that never existed, is what keeps a
 * question started from a hidden person (their matches, paths, neighbourhood) from revealing that
 * the person exists or what their ties and skills lead to (docs/architecture.md#masking).
 */
export function visibleIds(
  scope: Pick<ReadScope, 'viewer'>,
  rows: ReadonlyArray<{ id: string; migrant: boolean; consent: string | null }>,
): Set<string> {
  return new Set(rows.filter((r) => !r.migrant || scope.viewer.mayNameMigrant(r.consent)).map((r) => r.id));
}
