/** Finding nodes of any shown kind by id, through the per-label unique id indexes. */
import { badInput, ErrorCode } from '../errors.js';
import { read, visibleIds } from './db.js';
import type { ReadScope } from './session.js';

/**
 * A Cypher fragment that binds `n` to the node with id `id` (a variable in scope), whatever its
 * label: one index seek per label (the constraints are per label) instead of a scan of all nodes.
 */
export const NODE_BY_ID = `CALL (id) {
    MATCH (n:Actor {id: id}) RETURN n
    UNION MATCH (n:Region {id: id}) RETURN n
    UNION MATCH (n:ReturnProject {id: id}) RETURN n
    UNION MATCH (n:Opportunity {id: id}) RETURN n
    UNION MATCH (n:Event {id: id}) RETURN n
  }`;

/** NOT_FOUND naming the ids (of any shown kind) that do not exist. */
export async function requireAnyNodes(
  scope: ReadScope,
  field: string,
  argument: string,
  ids: readonly string[],
): Promise<void> {
  const rows = await read<{ id: string; migrant: boolean; consent: string | null }>(
    scope,
    `UNWIND $ids AS id ${NODE_BY_ID} RETURN n.id AS id, n:Migrant AS migrant, n.consent AS consent`,
    { ids },
  );
  const found = visibleIds(scope, rows); // a hidden migrant is "not found" too
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw badInput(
      `${field}: no node with id ${missing.map((m) => `"${m}"`).join(', ')} (argument "${argument}").`,
      argument,
      ErrorCode.NotFound,
    );
  }
}
