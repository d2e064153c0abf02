/**
 * The Cypher that finds candidate paths between two nodes, shared by paths, introductions and
 * the matches. Bounded (`{1,maxHops}`, maxHops ≤ 6 checked before) and pre-filtered: the tie
 * and node predicates sit inside the quantified pattern, so SHORTEST only ever walks allowed ties.
 * On `filter.asOf` the ends asked for must be active too (network/time.ts): a tie is active only
 * when both its ends are, so a path from or to a node outside its lifetime does not exist that day.
 */

/** ` WHERE <the ends are active on asOf>`, or nothing without a day. */
function endsActive(filter: TieFilter, ...ends: string[]): string {
  const parts = ends.map((n) => activeOn(filter, n)).filter((p) => p !== undefined);
  return parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '';
}
import type { ReadScope } from './session.js';
import { read } from './db.js';
import { activeOn, filterParams, nodePredicate, tiePredicate, type TieFilter } from './input.js';
import type { RawPath } from './path.js';
import { nodeProjection, tieProjection } from './view.js';

/**
 * Up to `fetch` shortest paths (an integer checked by the caller: 5.26 takes no parameter for k) from `fromLabel {id: $from}` to `toLabel {id: $to}`. Intermediate
 * nodes must pass the filter; the end node is always allowed. With transnationalOnly, the path
 * must hold an Italian and a Moroccan actor: written as a WHERE inside the SHORTEST pattern, it is
 * applied before the shortest paths are chosen.
 */
export async function findPaths(
  session: ReadScope,
  args: {
    from: string;
    to: string;
    fromLabel?: string;
    toLabel?: string;
    maxHops: number;
    fetch: number;
    filter: TieFilter;
  },
): Promise<RawPath[]> {
  const { filter } = args;
  const transnational = filter.transnationalOnly
    ? `WHERE any(n IN [a] + y WHERE n:Actor AND n.country = 'IT') AND any(n IN [a] + y WHERE n:Actor AND n.country = 'MA')`
    : '';
  const cypher = `
    MATCH (a:${args.fromLabel ?? 'Actor'} {id: $from}), (b:${args.toLabel ?? 'Actor'} {id: $to})${endsActive(filter, 'a', 'b')}
    MATCH p = SHORTEST ${args.fetch} (
      (a) (()-[r WHERE ${tiePredicate(filter, 'r')}]-(y WHERE y = b OR (${nodePredicate(filter, 'y', session.viewer)}))){1,${args.maxHops}} (b)
      ${transnational}
    )
    RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes,
           [t IN relationships(p) | ${tieProjection('t')}] AS ties`;
  return read<RawPath>(session, cypher, { ...filterParams(filter), from: args.from, to: args.to });
}

/**
 * One shortest path from `fromLabel {id: $from}` to each of the actors `targets` (one breadth-first
 * search for all of them, bounded by maxHops). Intermediate nodes pass the filter. Best for many
 * targets (introductions to every funder of a country); for a few, findPathsToEach is far cheaper.
 */
export async function findPathsToMany(
  session: ReadScope,
  args: { from: string; fromLabel?: string; targets: string[]; maxHops: number; filter: TieFilter },
): Promise<RawPath[]> {
  const { filter } = args;
  const cypher = `
    MATCH (a:${args.fromLabel ?? 'Actor'} {id: $from})${endsActive(filter, 'a')}
    MATCH p = SHORTEST 1 (a) (()-[r WHERE ${tiePredicate(filter, 'r')}]-(y WHERE ${nodePredicate(filter, 'y', session.viewer)})){1,${args.maxHops}} (b:Actor WHERE b.id IN $targets)
    RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes,
           [t IN relationships(p) | ${tieProjection('t')}] AS ties`;
  return read<RawPath>(session, cypher, { ...filterParams(filter), from: args.from, targets: args.targets });
}

/**
 * The same question as findPathsToMany for a few targets (supportMatches: at most its limit, 50),
 * asked as one search per (start, target) pair. With both ends known the planner searches from both sides and meets in the middle, which
 * stays small even through hubs: on the generated 10k graph, ten pair searches read 185k records
 * where the single search read 3.4M (it cannot stop before every target is found or maxHops is
 * exhausted, and four hops through a hub of degree ~5,000 reach most of the graph).
 * Same answer: one shortest path per reachable target, every node after the start passing the
 * filter. When a target has several shortest paths of the same length, which one comes back is
 * the engine's choice in both, and the two searches may choose differently.
 */
export async function findPathsToEach(
  session: ReadScope,
  args: { from: string; fromLabel?: string; targets: string[]; maxHops: number; filter: TieFilter },
): Promise<RawPath[]> {
  const { filter } = args;
  const targets = [...new Set(args.targets)];
  const cypher = `
    MATCH (a:${args.fromLabel ?? 'Actor'} {id: $from})${endsActive(filter, 'a')}
    UNWIND $targets AS target
    MATCH (b:Actor {id: target})${endsActive(filter, 'b')}
    MATCH p = SHORTEST 1 (a) (()-[r WHERE ${tiePredicate(filter, 'r')}]-(y WHERE ${nodePredicate(filter, 'y', session.viewer)})){1,${args.maxHops}} (b)
    RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes,
           [t IN relationships(p) | ${tieProjection('t')}] AS ties`;
  return read<RawPath>(session, cypher, { ...filterParams(filter), from: args.from, targets });
}
