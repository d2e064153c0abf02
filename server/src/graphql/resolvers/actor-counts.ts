import { permissionsOf } from '../../auth/roles.js';
import type { PonteContext } from '../context.js';
import type { QueryResolvers } from '../__generated__/resolvers.js';
import { read } from '../graph/db.js';
import { ACTOR_KINDS } from '../graph/input.js';
import { suppressSmall } from '../graph/min-group.js';

/** Actors per kind, every kind listed (0 when none); the migrant count obeys the minimum group size. */
export const actorCounts: QueryResolvers<PonteContext>['actorCounts'] = async (_parent, _args, context) => {
  // One count per kind label, each answered from the count store (the labels are constants).
  const rows = await read<{ name: string; count: unknown }>(
    context,
    ACTOR_KINDS.map((kind) => `MATCH (a:${kind}) RETURN '${kind}' AS name, count(a) AS count`).join(' UNION ALL '),
    {},
  );
  const exact = permissionsOf(context.auth.role).exactCounts;
  const byKind = new Map(rows.map((r) => [r.name, Number(r.count)]));
  return ACTOR_KINDS.map((name) => {
    const count = byKind.get(name) ?? 0;
    return { name, count: name === 'Migrant' ? suppressSmall(count, exact) : count };
  });
};
