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
 * How many equally short paths a search lists per target before the answer picks the best of
 * them by a total order on what the asker sees (network/path.ts rankPaths: score, then the ids).
 * Below the cap the choice is exact and cannot depend on storage order, hence on hidden people;
 * at the cap it is the best of the first PATHS_CAP the engine meets (docs/graph-questions.md#equal-paths).
 */
export const PATHS_CAP = 200;

/**
 * Every path of the `groups` shortest lengths (an integer checked by the caller: 5.26 takes no
 * parameter for k), up to PATHS_CAP in all, from `fromLabel {id: $from}` to `toLabel {id: $to}`:
 * all of them, not k the engine happens to meet first, so that rankPaths picks among equally short
 * paths by what the asker sees (docs/graph-questions.md#equal-paths). Intermediate nodes must pass the filter; the end node is always allowed. With transnationalOnly, the path
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
    groups: number;
    filter: TieFilter;
  },
): Promise<RawPath[]> {
  const { filter } = args;
  const transnational = filter.transnationalOnly
    ? `WHERE any(n IN [a] + y WHERE n:Actor AND n.country = 'IT') AND any(n IN [a] + y WHERE n:Actor AND n.country = 'MA')`
    : '';
  const cypher = `
    MATCH (a:${args.fromLabel ?? 'Actor'} {id: $from}), (b:${args.toLabel ?? 'Actor'} {id: $to})${endsActive(filter, 'a', 'b')}
    MATCH p = SHORTEST ${args.groups} GROUPS (
      (a) (()-[r WHERE ${tiePredicate(filter, 'r')}]-(y WHERE y = b OR (${nodePredicate(filter, 'y', session.viewer)}))){1,${args.maxHops}} (b)
      ${transnational}
    )
    WITH p LIMIT ${PATHS_CAP}
    RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes,
           [t IN relationships(p) | ${tieProjection('t')}] AS ties`;
  return read<RawPath>(session, cypher, { ...filterParams(filter), from: args.from, to: args.to });
}

/** The pattern of every path search below, to at most `maxHops` ties (an integer literal: 5.26 takes no parameter there). */
function allowedWalk(filter: TieFilter, session: ReadScope, maxHops: number): string {
  return `(()-[r WHERE ${tiePredicate(filter, 'r')}]-(y WHERE ${nodePredicate(filter, 'y', session.viewer)})){1,${maxHops}}`;
}

/** Every shortest path (up to PATHS_CAP) from `a` to `b`, both bound before, at most `maxHops` long: a CALL's body. */
function allShortest(filter: TieFilter, session: ReadScope, maxHops: number): string {
  return `MATCH p = ALL SHORTEST (a) ${allowedWalk(filter, session, maxHops)} (b)
      RETURN p LIMIT ${PATHS_CAP}`;
}

/** What the searches below return for each path `p`. */
const PATH_COLUMNS = `RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes,
           [t IN relationships(p) | ${tieProjection('t')}] AS ties`;

/**
 * Every shortest path (up to PATHS_CAP) from `a` to `b`, both bound before: the CALL subquery the
 * searches below end in. One search per pair: with both ends known the planner searches from both
 * sides and meets in the middle.
 */
function allShortestBetween(filter: TieFilter, session: ReadScope, maxHops: number): string {
  return `
    CALL (a, b) {
      ${allShortest(filter, session, maxHops)}
    }
    ${PATH_COLUMNS}`;
}

/**
 * The same listing when the first search told each target's distance `d`: one branch per
 * possible distance, each bounded by its own literal (Cypher 5.26 takes no parameter in a
 * quantifier), and only the branch of the target's distance searches. Bounded by the distance,
 * the search lists the same paths (none is shorter) and reads less: at 100k, 4.2M db hits instead
 * of 5.2M for 187 targets (docs/graph-questions.md#the-slow-questions-at-100k-issue-18).
 */
function allShortestAtDistance(filter: TieFilter, session: ReadScope, maxHops: number): string {
  const branches = Array.from(
    { length: maxHops },
    (_, i) => `WITH a, b WHERE d = ${i + 1}
      ${allShortest(filter, session, i + 1)}`,
  );
  return `
    CALL (a, b, d) {
      ${branches.join('\n      UNION ALL\n      ')}
    }
    ${PATH_COLUMNS}`;
}

/**
 * The shortest paths from `fromLabel {id: $from}` to each of the actors `targets` that is within
 * maxHops (all of them, up to PATHS_CAP per target: pick one with pathsByTarget). One breadth-first
 * search for all targets finds which are in reach and how far, then one search per target reached,
 * bounded by that distance, lists its shortest paths. Intermediate nodes pass the filter. Best for
 * many targets (introductions to every funder of a country); for a few, findPathsToEach is far cheaper.
 */
export async function findPathsToMany(
  session: ReadScope,
  args: {
    from: string;
    fromLabel?: string;
    targets: string[];
    /** The targets whose paths are wanted, when fewer than `targets` (the others are not listed). */
    wanted?: string[];
    maxHops: number;
    filter: TieFilter;
  },
): Promise<RawPath[]> {
  const { filter } = args;
  // The first search keeps the whole target list whatever `wanted`: Neo4j plans it by the list's size.
  const cypher = `
    MATCH (a:${args.fromLabel ?? 'Actor'} {id: $from})${endsActive(filter, 'a')}
    MATCH s = SHORTEST 1 (a) ${allowedWalk(filter, session, args.maxHops)} (b:Actor WHERE b.id IN $targets)
    WITH DISTINCT a, b, length(s) AS d${args.wanted ? ' WHERE b.id IN $wanted' : ''}
    ${allShortestAtDistance(filter, session, args.maxHops)}`;
  return read<RawPath>(session, cypher, {
    ...filterParams(filter),
    from: args.from,
    targets: args.targets,
    wanted: args.wanted ?? null,
  });
}

/**
 * The same question as findPathsToMany for a few targets (supportMatches: at most its limit, 50),
 * asked as one search per (start, target) pair without the first search from the start: on the
 * generated 10k graph, ten pair searches read 185k records where the single search read 3.4M (it
 * cannot stop before every target is found or maxHops is exhausted, and four hops through a hub of
 * degree ~5,000 reach most of the graph). Same answer: both list every shortest path per target
 * (up to PATHS_CAP), every node after the start passing the filter.
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
    ${allShortestBetween(filter, session, args.maxHops)}`;
  return read<RawPath>(session, cypher, { ...filterParams(filter), from: args.from, targets });
}
