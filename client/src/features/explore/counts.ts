import type { ActorCountsQuery } from '../../gql/graphql.js';
import { ACTOR_KINDS, type ActorKindName } from '../../lib/kinds.js';

export interface KindCount {
  readonly kind: ActorKindName;
  /** Null when the API suppressed it (fewer than 5 migrants, below staff). */
  readonly count: number | null;
}

/**
 * The actorCounts answer as rows, one per kind, in the order the legend uses. `total` adds the
 * counts shown; `suppressed` says a suppressed count is missing from it.
 */
export function countsByKind(data: ActorCountsQuery): { total: number; suppressed: boolean; rows: KindCount[] } {
  const byName = new Map(data.actorCounts.map((c) => [c.name, c.count ?? null]));
  const rows: KindCount[] = ACTOR_KINDS.map((kind) => ({ kind, count: byName.has(kind) ? byName.get(kind)! : 0 }));
  return {
    total: rows.reduce((sum, r) => sum + (r.count ?? 0), 0),
    suppressed: rows.some((r) => r.count === null),
    rows,
  };
}
