/** Small helpers for the graph questions' reads. */
import neo4j from 'neo4j-driver';
import { badInput, ErrorCode } from '../errors.js';
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
 * NOT_FOUND naming the first id that is not a node of `label`. `ids` maps each id to the
 * argument it came from.
 */
export async function requireNodes(
  scope: ReadScope,
  field: string,
  ids: ReadonlyArray<{ argument: string; id: string }>,
  label: string,
): Promise<void> {
  // The unique-id constraints are per label, so this is one index seek per id.
  const rows = await read<{ id: string; migrant: boolean; consent: string | null }>(
    scope,
    `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id, n:Migrant AS migrant, n.consent AS consent`,
    { ids: ids.map((i) => i.id) },
  );
  const found = visibleIds(scope, rows);
  const missing = ids.filter((i) => !found.has(i.id));
  if (missing.length > 0) {
    const what =
      label === 'Actor'
        ? 'actor'
        : label === 'ReturnProject'
          ? 'return project'
          : label === 'Migrant'
            ? 'migrant'
            : 'node';
    const list = missing.map((m) => `"${m.id}"`).join(', ');
    throw badInput(
      `${field}: no ${what} with id ${list} (argument "${missing[0]!.argument}").`,
      missing[0]!.argument,
      ErrorCode.NotFound,
    );
  }
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
