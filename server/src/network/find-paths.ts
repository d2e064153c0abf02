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
import { HOP_LIMIT, type RawPath } from './path.js';
import { nodeProjection, tieProjection } from './view.js';
import { walkedDistances, walkedShortestPaths } from './walks/walk-paths.js';

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
 * Up to this many targets at one distance, their shortest paths are listed by one search per
 * target (both ends bound: the planner searches from both sides and meets in the middle); above,
 * by one search from the start to all of them. At 100,000 actors a pair search through the hubs
 * at three hops costs ~23 ms, and introductions may reach 770 funders there: 18–60 s of pair
 * searches against 1.2–1.7 s for the one search, which walks what the first search walked
 * (docs/graph-questions.md#the-slow-questions-at-100k-issue-18). For a few targets the pair
 * searches read far less than a walk of everything within d hops.
 */
export const PAIR_SEARCHES_UP_TO = 16;

/** A target and how many hops its shortest paths have (from shortestDistances). */
export interface TargetAtDistance {
  readonly id: string;
  readonly distance: number;
}

/**
 * How far each of the actors `targets` within maxHops is from `fromLabel {id: $from}`, over the
 * ties and nodes the filter allows (the targets too must pass it). One breadth-first search for
 * all targets: it costs the walk within maxHops of the start, whatever the targets.
 */
export async function shortestDistances(
  session: ReadScope,
  args: { from: string; fromLabel?: string; targets: readonly string[]; maxHops: number; filter: TieFilter },
): Promise<Map<string, number>> {
  const walked = await walkedDistances(session, args);
  if (walked) return walked;
  const { filter } = args;
  const rows = await read<{ id: string; d: unknown }>(
    session,
    `MATCH (a:${args.fromLabel ?? 'Actor'} {id: $from})${endsActive(filter, 'a')}
     MATCH s = SHORTEST 1 (a) ${allowedWalk(filter, session, args.maxHops)} (b:Actor WHERE b.id IN $targets)
     RETURN b.id AS id, min(length(s)) AS d`,
    { ...filterParams(filter), from: args.from, targets: [...args.targets] },
  );
  return new Map(rows.map((r) => [r.id, Number(r.d)]));
}

/**
 * Every shortest path (up to PATHS_CAP per target) from `fromLabel {id: $from}` to each target,
 * whose distance the caller knows (shortestDistances). Per distance d, bounded by d: a search per
 * target for a few of them, one search from the start for many (PAIR_SEARCHES_UP_TO). Both list
 * the same paths: all of length d, or PATHS_CAP of them, which ones then following the engine.
 * `pairSearchesUpTo` is for the tests that hold the two ways equal.
 */
export async function listShortestPaths(
  session: ReadScope,
  args: {
    from: string;
    fromLabel?: string;
    targets: readonly TargetAtDistance[];
    filter: TieFilter;
    pairSearchesUpTo?: number;
  },
): Promise<RawPath[]> {
  // pairSearchesUpTo names a way of asking Neo4j (the tests that hold the ways equal).
  if (args.pairSearchesUpTo === undefined) {
    const walked = await walkedShortestPaths(session, {
      ...args,
      targets: args.targets.map((t) => ({ id: t.id, maxHops: t.distance })),
      cap: PATHS_CAP,
    });
    if (walked) return walked;
  }
  const { filter } = args;
  const byDistance = new Map<number, string[]>();
  for (const t of args.targets) {
    const ids = byDistance.get(t.distance);
    if (ids) ids.push(t.id);
    else byDistance.set(t.distance, [t.id]);
  }
  if (byDistance.size === 0) return [];
  const pairsUpTo = args.pairSearchesUpTo ?? PAIR_SEARCHES_UP_TO;
  const params: Record<string, unknown> = { ...filterParams(filter), from: args.from };
  // One branch per distance, each bounded by its own literal (Cypher 5.26 takes no parameter in a quantifier).
  const branches = [...byDistance].map(([d, ids]) => {
    // d is a path length Neo4j returned; checked, since it is written into the query.
    if (!Number.isInteger(d) || d < 1 || d > HOP_LIMIT)
      throw new Error(`listShortestPaths: distance ${d} out of range`);
    params[`at${d}`] = ids;
    const walk = allowedWalk(filter, session, d);
    return ids.length <= pairsUpTo
      ? `UNWIND $at${d} AS target
      MATCH (b:Actor {id: target})
      CALL (a, b) {
        MATCH p = ALL SHORTEST (a) ${walk} (b)
        RETURN p LIMIT ${PATHS_CAP}
      }
      RETURN p`
      : // SHORTEST k per target, not ALL SHORTEST: it stops at PATHS_CAP per target; bounded by d,
        // every path it lists is a shortest one.
        `MATCH p = SHORTEST ${PATHS_CAP} (a) ${walk} (b:Actor WHERE b.id IN $at${d})
      RETURN p`;
  });
  return read<RawPath>(
    session,
    `MATCH (a:${args.fromLabel ?? 'Actor'} {id: $from})${endsActive(filter, 'a')}
    CALL (a) {
      ${branches.join('\n      UNION ALL\n      ')}
    }
    ${PATH_COLUMNS}`,
    params,
  );
}

/**
 * The shortest paths from `fromLabel {id: $from}` to each of the actors `targets` that is within
 * maxHops (all of them, up to PATHS_CAP per target: pick one with pathsByTarget). One breadth-first
 * search for all targets finds which are in reach and how far, then their shortest paths are
 * listed, bounded by each one's distance (listShortestPaths). Intermediate nodes pass the filter.
 * Best for many targets (introductions to every funder of a country); for a few, findPathsToEach
 * is far cheaper.
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
    pairSearchesUpTo?: number;
  },
): Promise<RawPath[]> {
  // The first search keeps the whole target list whatever `wanted`: Neo4j plans it by the list's size.
  // On the walk graph one search gives both the distances and the paths (the two reads below
  // would search twice and read the version twice).
  if (args.pairSearchesUpTo === undefined) {
    const walked = await walkedShortestPaths(session, {
      ...args,
      targets: [...new Set(args.wanted ?? args.targets)].map((id) => ({ id, maxHops: args.maxHops })),
      cap: PATHS_CAP,
    });
    if (walked) return walked;
  }
  const distances = await shortestDistances(session, args);
  const wanted = args.wanted ? new Set(args.wanted) : undefined;
  return listShortestPaths(session, {
    ...args,
    targets: [...distances].filter(([id]) => !wanted || wanted.has(id)).map(([id, distance]) => ({ id, distance })),
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
  const targets = [...new Set(args.targets)];
  const walked = await walkedShortestPaths(session, {
    ...args,
    targets: targets.map((id) => ({ id, maxHops: args.maxHops })),
    cap: PATHS_CAP,
  });
  if (walked) return walked;
  const { filter } = args;
  const cypher = `
    MATCH (a:${args.fromLabel ?? 'Actor'} {id: $from})${endsActive(filter, 'a')}
    UNWIND $targets AS target
    MATCH (b:Actor {id: target})${endsActive(filter, 'b')}
    ${allShortestBetween(filter, session, args.maxHops)}`;
  return read<RawPath>(session, cypher, { ...filterParams(filter), from: args.from, targets });
}
