import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import type { QueryPathsArgs, QueryResolvers } from '../__generated__/resolvers.js';
import { requireNodes, today } from '../graph/db.js';
import { findPaths } from '../graph/find-paths.js';
import { checkFilter, checkId, checkRange } from '../graph/input.js';
import { HOP_LIMIT, rankPaths, showPath } from '../graph/path.js';
import { Masker } from '../graph/view.js';

/** Checks the arguments of `paths`; throws before any query. */
export function checkPathsArgs(args: QueryPathsArgs) {
  const from = checkId('paths', 'from', args.from);
  const to = checkId('paths', 'to', args.to);
  if (from === to) throw userError('paths: "from" and "to" must be different actors.', 'to');
  const maxHops = checkRange('paths', 'maxHops', args.maxHops, 4, 1, HOP_LIMIT);
  const limit = checkRange('paths', 'limit', args.limit, 3, 1, 10);
  const filter = checkFilter('paths', args.filter, false);
  return { from, to, maxHops, limit, filter };
}

export const paths: QueryResolvers<PonteContext>['paths'] = async (_parent, args, context) => {
  const { from, to, maxHops, limit, filter } = checkPathsArgs(args);
  await requireNodes(context, 'paths', [{ argument: 'from', id: from }, { argument: 'to', id: to }], 'Actor');
  // SHORTEST k chooses among equally short paths arbitrarily, and may return paths that revisit a
  // node: ask for more than `limit`, then drop and rank in rankPaths.
  const candidates = await findPaths(context, { from, to, maxHops, fetch: Math.min(limit * 5, 50), filter });
  const masker = new Masker(context.viewer);
  return rankPaths(candidates, filter.asOf ?? today(), limit).map((p) => showPath(p, masker));
};
