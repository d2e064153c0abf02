/** `commonConnections`: what two or more actors are tied to in common. */
import { int, read } from '../db.js';
import { requireNodes } from '../ids.js';
import { activeOn, andActive, checkDate, checkIds, checkRange, PATH_TIE_TYPES } from '../input.js';
import { lifetimeProjection, tieWindowPredicate } from '../time.js';
import type { ReadScope } from '../session.js';
import {
  Masker,
  nodeProjection,
  tieProjection,
  withLifetime,
  type RawLifetime,
  type RawNode,
  type RawTie,
} from '../view.js';
import { andVisible } from '../visibility.js';

export interface CommonConnectionsArgs {
  readonly ids: readonly string[];
  readonly limit?: number | null;
  readonly asOf?: unknown;
}

/** Checks the arguments of `commonConnections`; throws before any query. */
export function checkCommonConnectionsArgs(args: CommonConnectionsArgs) {
  return {
    ids: checkIds('commonConnections', 'ids', args.ids, 2, 10),
    limit: checkRange('commonConnections', 'limit', args.limit, 50, 1, 200),
    asOf: checkDate('commonConnections', 'asOf', args.asOf),
  };
}

export async function commonConnections(session: ReadScope, args: CommonConnectionsArgs) {
  const { ids, limit, asOf } = checkCommonConnectionsArgs(args);
  // On asOf (absent: all of history) only what is active that day (network/time.ts): the asked
  // actor, the tie, the connection; an event is shared only on its date.
  const day = asOf ? { asOf } : {};
  const window = (r: string) => (asOf ? ` AND ${tieWindowPredicate(r)}` : '');
  await requireNodes(
    session,
    'commonConnections',
    ids.map((id) => ({ argument: 'ids', id })),
    'Actor',
  );
  const cypher = `
    UNWIND range(0, size($ids) - 1) AS i
    MATCH (a:Actor {id: $ids[i]})-[r]-(c)
    // Non-geographic ties to anything shown but the asked actors themselves, and never to a
    // migrant hidden from the asker (docs/privacy.md): not a connection, not a tie in a degree.
    WHERE ${andActive(day, 'c', andVisible(session.viewer, 'c', 'type(r) IN $types AND (c:Actor OR c:ReturnProject OR c:Opportunity OR c:Event) AND NOT (c:Actor AND c.id IN $ids)'))}${window('r')}${asOf ? ` AND ${activeOn(day, 'a')}` : ''}
    // The strongest tie from each asked actor to each candidate.
    WITH c, i, r ORDER BY coalesce(r.confidence, 0.5) DESC, type(r)
    WITH c, i, collect(r)[0] AS r
    WITH c, collect({i: i, tie: ${tieProjection('r')}}) AS sides, sum(coalesce(r.confidence, 0.5)) AS strength
    WHERE size(sides) >= 2
    RETURN ${nodeProjection('c')} AS node, ${lifetimeProjection('c')} AS lifetime, sides, size(sides) AS sharedBy, strength,
           COUNT { (c)-[t]-(o) WHERE ${andActive(day, 'o', andVisible(session.viewer, 'o', 'type(t) IN $types'))}${window('t')} } AS degree
    ORDER BY sharedBy DESC, strength DESC, c.id
    LIMIT $limit`;
  const [asked, rows] = await Promise.all([
    read<{ node: RawNode }>(
      session,
      `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${nodeProjection('a')} AS node`,
      { ids },
    ),
    read<{
      node: RawNode;
      lifetime: RawLifetime;
      sides: Array<{ i: unknown; tie: RawTie }>;
      sharedBy: unknown;
      degree: unknown;
    }>(session, cypher, {
      ids,
      asOf: asOf ?? null,
      types: [...PATH_TIE_TYPES],
      limit: int(limit),
    }),
  ]);
  const masker = new Masker(session.viewer);
  // The asked actors go through the masker first, so ties never show a masked actor's real id.
  const byId = new Map(asked.map((a) => [a.node.id, a.node]));
  for (const id of ids) masker.node(byId.get(id)!);
  return rows.map((row) => ({
    node: { ...withLifetime(masker.node(row.node), row.lifetime), degree: Number(row.degree) },
    via: row.node.labels.includes('Event') ? 'shared event' : 'shared neighbour',
    ties: [...row.sides].sort((a, b) => Number(a.i) - Number(b.i)).map((s) => masker.tie(s.tie)),
    sharedBy: Number(row.sharedBy),
  }));
}
