/**
 * How `introductions` scores and orders its targets, and when a search that deepens one hop at a
 * time may stop because no target it has not reached yet could still enter the answer. Pure
 * (unit-tested in introduction-ranking.test.ts); network/introduction-search.ts finds the paths.
 *
 * score = round(0.8 × pathScore + 0.2 × match quality), pathScore = round((7 − hops + q) / 7)
 * with q ∈ [0, 1] (network/path.ts). Order: score, then fewer hops, then id.
 */
import type { Reason } from '../explain/reason.js';
import { HOP_LIMIT, pathsByTarget, round, type RawPath } from './path.js';
import type { RawNode } from './view.js';

const PATH_WEIGHT = 0.8;
const MATCH_WEIGHT = 0.2;

/** An actor that matches what the asker wants: match quality in [0, 1] and the reasons (English, and in parts). */
export interface MatchedActor {
  readonly node: RawNode;
  readonly quality: number;
  readonly reasons: string[];
  readonly reasonParts: Reason[];
}

/** A target with the path found to it, before masking. */
export interface Introduction {
  readonly path: RawPath & { score: number };
  readonly match: MatchedActor;
  readonly score: number;
}

export interface RankedTarget {
  readonly id: string;
  readonly hops: number;
  readonly score: number;
}

/** The score of a target reached by a path of score `pathScore`, matching with `quality` (0–1). */
export function introductionScore(pathScore: number, quality: number): number {
  return round(PATH_WEIGHT * pathScore + MATCH_WEIGHT * quality);
}

/** One introduction per target reached (the last node of a path, one of `matches`), by its best path. */
export function scoreIntroductions(
  paths: readonly RawPath[],
  matches: ReadonlyMap<string, MatchedActor>,
  referenceDay: string,
): Introduction[] {
  const out: Introduction[] = [];
  // pathsByTarget picks among a target's equally short paths by rankPaths' total order (and drops
  // a path that revisits a node: a shortest path never does, but it is the rule of path answers).
  for (const [target, path] of pathsByTarget(paths, referenceDay)) {
    const match = matches.get(target)!;
    out.push({ path, match, score: introductionScore(path.score, match.quality) });
  }
  return out;
}

export function rankedTarget(i: Introduction): RankedTarget {
  return { id: i.match.node.id, hops: i.path.ties.length, score: i.score };
}

/** Best first: higher score, then fewer hops, then id (so equal answers always come in one order). */
export function compareTargets(a: RankedTarget, b: RankedTarget): number {
  return b.score - a.score || a.hops - b.hops || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The first `limit` introductions, best first. */
export function bestIntroductions(found: readonly Introduction[], limit: number): Introduction[] {
  return [...found].sort((a, b) => compareTargets(rankedTarget(a), rankedTarget(b))).slice(0, limit);
}

/**
 * The highest score a target matching with `quality` can get when its shortest path is longer
 * than `depth` hops: at least depth + 1 hops with perfect ties give a path score of at most
 * (7 − depth) / 7. Both roundings of the real score are monotone, so applying them here keeps this
 * an upper bound of the real, rounded score.
 */
export function bestScoreBeyond(depth: number, quality: number): number {
  return introductionScore(round((HOP_LIMIT + 1 - depth) / (HOP_LIMIT + 1)), quality);
}

/**
 * Of the targets not reached within `depth` hops, those that could still enter the first `limit`
 * of the answer, given the targets `found` so far (all within `depth` hops). A target beyond
 * `depth` that could at best tie with the `limit`-th found one cannot enter: at equal score the
 * shorter path ranks first, and the found one's is shorter. That `limit`-th score only rises as
 * the search goes deeper, so a target dropped here never comes back.
 */
export function stillInReach<T extends { readonly quality: number }>(
  unreached: readonly T[],
  found: readonly RankedTarget[],
  limit: number,
  depth: number,
): T[] {
  if (found.length < limit) return [...unreached];
  const bar = [...found].sort(compareTargets)[limit - 1]!.score;
  return unreached.filter((t) => bestScoreBeyond(depth, t.quality) > bar);
}
