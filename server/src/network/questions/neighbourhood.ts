/** `neighbourhood`: the nodes within a few hops of some nodes, and the ties between them. */
import { int, read } from '../db.js';
import {
  activeOn,
  checkFilter,
  checkIds,
  checkRange,
  filterParams,
  nodePredicate,
  tiePredicate,
  type FilterInput,
  type TieFilter,
} from '../input.js';
import { requireAnyNodes } from '../ids.js';
import { NODE_BY_ID } from '../nodes.js';
import type { ReadScope } from '../session.js';
import { lifetimeProjection } from '../time.js';
import {
  Masker,
  nodeProjection,
  tieProjection,
  withLifetime,
  type RawLifetime,
  type RawNode,
  type RawTie,
} from '../view.js';

export interface NeighbourhoodArgs {
  readonly ids: readonly string[];
  readonly depth?: number | null;
  readonly limit?: number | null;
  readonly filter?: FilterInput | null;
}

export const NEIGHBOURHOOD_MAX_DEPTH = 3;

/** Checks the arguments of `neighbourhood`; throws before any query. */
export function checkNeighbourhoodArgs(args: NeighbourhoodArgs) {
  return {
    ids: checkIds('neighbourhood', 'ids', args.ids, 1, 50),
    depth: checkRange('neighbourhood', 'depth', args.depth, 1, 1, NEIGHBOURHOOD_MAX_DEPTH),
    limit: checkRange('neighbourhood', 'limit', args.limit, 300, 1, 2000),
    // Geographic ties are walked only when named (allowGeographic: they may be named).
    filter: checkFilter('neighbourhood', args.filter, true),
  };
}

/** A tie `r` from `x` to `y` that the filter allows, transnational ones only when asked. */
function tieAllowed(filter: TieFilter, x: string, r: string, y: string): string {
  const transnational = filter.transnationalOnly
    ? ` AND ${x}.country IN ['IT', 'MA'] AND ${y}.country IN ['IT', 'MA'] AND ${x}.country <> ${y}.country`
    : '';
  return tiePredicate(filter, r) + transnational;
}

export async function neighbourhood(session: ReadScope, args: NeighbourhoodArgs) {
  const { ids, depth, limit, filter } = checkNeighbourhoodArgs(args);
  await requireAnyNodes(session, 'neighbourhood', 'ids', ids);
  // Room left for reached nodes once the start nodes are in; ask for one more to know whether
  // the limit cut the answer.
  const room = Math.max(limit - ids.length, 0);
  const active = activeOn(filter, 'n');
  const startActive = active ? ` WHERE ${active}` : '';
  const cypher = `
    UNWIND $ids AS id
    ${NODE_BY_ID}
    // On asOf, a start outside its lifetime is not in that day's graph (network/time.ts).
    WITH n${startActive}
    WITH collect(n) AS starts
    // Breadth-first: one shortest path per reached node gives its distance; the filter sits
    // inside the bounded pattern, so disallowed ties and nodes are never walked through.
    CALL (starts) {
      UNWIND starts AS s
      MATCH p = SHORTEST 1 (s) ((x)-[r WHERE ${tieAllowed(filter, 'x', 'r', 'y')}]-(y WHERE ${nodePredicate(filter, 'y', session.viewer)})){1,${depth}} (t)
      WHERE NOT t IN starts
      WITH t, min(length(p)) AS dist
      ORDER BY dist, t.id
      LIMIT $fetch
      RETURN collect(t) AS reached
    }
    WITH starts, reached[0..$room] AS near, size(reached) > $room AS truncated
    WITH starts + near AS ns, truncated
    // The ties between the chosen nodes (every allowed tie, not just the ones walked).
    CALL (ns) {
      UNWIND ns AS a
      MATCH (a)-[r]->(b)
      WHERE b IN ns AND ${tieAllowed(filter, 'a', 'r', 'b')}
      RETURN collect(${tieProjection('r')}) AS ties
    }
    RETURN [n IN ns | ${nodeProjection('n')}] AS nodes,
           [n IN ns | ${lifetimeProjection('n')}] AS lifetimes,
           [n IN ns | COUNT { (n)-[r]-(m) WHERE ${tieAllowed(filter, 'n', 'r', 'm')} AND ${nodePredicate(filter, 'm', session.viewer)} }] AS degrees,
           ties, truncated`;
  const [row] = await read<{
    nodes: RawNode[];
    lifetimes: RawLifetime[];
    degrees: unknown[];
    ties: RawTie[];
    truncated: boolean;
  }>(session, cypher, {
    ...filterParams(filter),
    ids,
    room: int(room),
    fetch: int(room + 1),
  });
  const masker = new Masker(session.viewer);
  const nodes = row!.nodes.map((n, i) => ({
    ...withLifetime(masker.node(n), row!.lifetimes[i]!),
    degree: Number(row!.degrees[i]),
  }));
  const edges = row!.ties.map((t) => masker.tie(t)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges, truncated: row!.truncated };
}
