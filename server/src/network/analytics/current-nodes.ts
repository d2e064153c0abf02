/**
 * Names and consent of cached ids, read now: a cached analysis holds ids only, so an erased migrant
 * or a withdrawn consent is never shown from an older computation (docs/architecture.md#masking).
 */
import { read } from '../db.js';
import type { ReadScope } from '../session.js';
import { nodeProjection, type RawNode } from '../view.js';
import { existsFor } from '../visibility.js';

/**
 * The nodes among `ids` that exist for the viewer now, by id. With `nameable`, migrants the viewer
 * may not name are left out too (ids asked about: answering for them would say who they are).
 */
export async function currentNodes(
  scope: ReadScope,
  ids: readonly string[],
  nameable = false,
): Promise<Map<string, RawNode>> {
  const rows = await read<{ node: RawNode }>(
    scope,
    // One index seek per label (ids are unique per label); a match without a label would scan every node.
    `UNWIND $ids AS id
     CALL {
       WITH id MATCH (x:Actor {id: id}) RETURN x
       UNION WITH id MATCH (x:Event {id: id}) RETURN x
       UNION WITH id MATCH (x:ReturnProject {id: id}) RETURN x
       UNION WITH id MATCH (x:Opportunity {id: id}) RETURN x
     }
     RETURN ${nodeProjection('x')} AS node`,
    { ids: [...ids] },
  );
  const shown = rows
    .map((r) => r.node)
    .filter((n) => existsFor(scope.viewer, n.labels, n.consent))
    .filter((n) => !nameable || !n.labels.includes('Migrant') || scope.viewer.mayNameMigrant(n.consent));
  return new Map(shown.map((n) => [n.id, n]));
}
