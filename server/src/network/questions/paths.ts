/** `paths`: the best few paths between two actors (docs/graph-questions.md). */
import { badInput } from '../../errors.js';
import { requireNodes } from '../ids.js';
import { findPaths } from '../find-paths.js';
import { checkFilter, checkId, checkRange, type FilterInput, type TieFilter } from '../input.js';
import { HOP_LIMIT, rankPaths, showPath } from '../path.js';
import { cachedQuestion } from '../question-cache.js';
import type { NetworkSession } from '../session.js';
import { Masker } from '../view.js';

export interface PathsArgs {
  readonly from: string;
  readonly to: string;
  readonly maxHops?: number | null;
  readonly limit?: number | null;
  readonly filter?: FilterInput | null;
}

/** Checks the arguments of `paths`; throws before any query. */
export function checkPathsArgs(args: PathsArgs) {
  const from = checkId('paths', 'from', args.from);
  const to = checkId('paths', 'to', args.to);
  if (from === to) throw badInput('paths: "from" and "to" must be different actors.', 'to');
  const maxHops = checkRange('paths', 'maxHops', args.maxHops, 4, 1, HOP_LIMIT);
  const limit = checkRange('paths', 'limit', args.limit, 3, 1, 10);
  const filter = checkFilter('paths', args.filter, false);
  return { from, to, maxHops, limit, filter };
}

export async function paths(session: NetworkSession, args: PathsArgs) {
  const { from, to, maxHops, limit, filter } = checkPathsArgs(args);
  await requireNodes(
    session,
    'paths',
    [
      { argument: 'from', id: from },
      { argument: 'to', id: to },
    ],
    'Actor',
  );
  // Ranked before masking, once per version of the graph and class of asker (network/question-cache.ts).
  const ranked = await cachedQuestion(session, 'paths', { from, to, maxHops, limit, filter }, () =>
    bestPaths(session, { from, to, maxHops, limit, filter }),
  );
  const masker = new Masker(session.viewer);
  return ranked.map((p) => showPath(p, masker));
}

/**
 * The best `limit` paths lie within the `limit` shortest lengths (each length has a path); rankPaths
 * drops those that revisit a node and orders the rest by hops first, then score and ids
 * (docs/graph-questions.md#equal-paths). So the lengths are asked one more at a time: once the
 * shortest `groups` lengths hold `limit` simple paths, no longer path can enter the answer, and the
 * search through the hubs to every path of `limit` lengths (seconds at 100k actors, each longer
 * length multiplying the paths) is not needed.
 */
async function bestPaths(
  session: NetworkSession,
  args: { from: string; to: string; maxHops: number; limit: number; filter: TieFilter },
) {
  const day = args.filter.asOf ?? session.today();
  for (let groups = 1; ; groups++) {
    const found = await findPaths(session, { ...args, groups });
    const ranked = rankPaths(found, day, args.limit);
    const lengths = new Set(found.map((p) => p.ties.length)).size;
    // Enough paths, or all `limit` lengths asked, or no longer path exists within maxHops.
    if (ranked.length >= args.limit || groups >= args.limit || lengths < groups) return ranked;
  }
}
