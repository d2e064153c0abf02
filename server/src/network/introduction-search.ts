/**
 * How `introductions` finds its answer: the matching actors (network/introduction-candidates.ts),
 * then shortest paths from the asker, deepening one hop at a time (from two) and stopping as soon
 * as no candidate not reached yet could still enter the answer (network/introduction-ranking.ts says
 * why that gives the answer of one search to maxHops, kept in network/introductions-exhaustive.ts).
 *
 * Each round is one SHORTEST 1 search to depth d from the asker to the candidates, then one
 * search per candidate reached for all its shortest paths (findPathsToMany). At 100,000 actors the
 * first `limit` targets are usually within two hops, and the search to three hops, which through
 * the hubs (degree ~5,000) reaches most of the graph, is never run. When the answer needs maxHops
 * anyway, the earlier, smaller rounds are the only extra cost.
 *
 * Among equally short paths to a target the answer takes the best by rankPaths' total order
 * (score, then ids), not the one the engine meets first (docs/graph-questions.md#equal-paths): so
 * the rounds, the single search and a search per candidate all give the same path and score.
 */
import type { NetworkSession } from './session.js';
import { findPathsToMany } from './find-paths.js';
import { checkFilter } from './input.js';
import { matchingActors } from './introduction-candidates.js';
import {
  bestIntroductions,
  rankedTarget,
  scoreIntroductions,
  stillInReach,
  type Introduction,
} from './introduction-ranking.js';
import type { Wanted } from './match.js';

export interface IntroductionQuestion {
  readonly from: string;
  readonly wanted: Wanted;
  readonly maxHops: number;
  readonly limit: number;
  /** Only nodes and ties active on this day (network/time.ts); absent: all of history. */
  readonly asOf?: string;
}

/** One path search: to which depth, to how many candidates, how many it reached. */
export interface SearchRound {
  readonly depth: number;
  readonly targets: number;
  readonly reached: number;
}

export interface SearchOptions {
  /** Told of every path search (tests and benchmarks watch where the deepening stops). */
  readonly onRound?: (round: SearchRound) => void;
}

/**
 * The first round searches two hops, not one: at 100,000 actors a one-hop search cost 10 ms (a
 * round trip and the list of candidates) against 16 ms for two hops (medians over 35 askers, load
 * average ~6), and the first `limit` targets are rarely all one hop away.
 */
const FIRST_DEPTH = 2;

/** The answer before masking: at most `limit` targets, best first. */
export async function findIntroductions(
  session: NetworkSession,
  q: IntroductionQuestion,
  options: SearchOptions = {},
): Promise<Introduction[]> {
  const matches = await matchingActors(session, q.from, q.wanted, q.asOf);
  const filter = checkFilter('introductions', { asOf: q.asOf }, false);
  const reference = q.asOf ?? session.today();
  const found: Introduction[] = [];
  // Every round asks for every candidate, not only those still in reach: Neo4j plans the first
  // search by the size of the target list (one target: a bidirectional search between the two
  // ends; more: one search from the asker). Since the path to each target is chosen among all its
  // shortest paths, the plan no longer changes the answer, only its cost: the search to depth d
  // costs the walk within d hops of the asker, whatever the targets.
  const targets = [...matches.keys()];
  let inReach = [...matches.values()].map((m) => ({ id: m.node.id, quality: m.quality }));
  for (let depth = Math.min(FIRST_DEPTH, q.maxHops); depth <= q.maxHops && inReach.length > 0; depth++) {
    const paths = await findPathsToMany(session, {
      from: q.from,
      targets,
      wanted: inReach.map((t) => t.id),
      maxHops: depth,
      filter,
    });
    // The targets in reach that this round reached are `depth` hops away (or fewer, in the first
    // round): the round before searched to depth − 1. The others were found before or cannot
    // enter the answer.
    const wanted = new Set(inReach.map((t) => t.id));
    const fresh = paths.filter((p) => wanted.has(p.nodes[p.nodes.length - 1]!.id));
    // Several equally short paths may reach one target: scoreIntroductions keeps its best.
    const reached = new Set(fresh.map((p) => p.nodes[p.nodes.length - 1]!.id));
    options.onRound?.({ depth, targets: inReach.length, reached: reached.size });
    found.push(...scoreIntroductions(fresh, matches, reference));
    inReach = stillInReach(
      inReach.filter((t) => !reached.has(t.id)),
      found.map(rankedTarget),
      q.limit,
      depth,
    );
  }
  return bestIntroductions(found, q.limit);
}
