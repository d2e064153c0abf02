import { ACTOR_KINDS } from '../../../../schema/generated/model.js';
import { ErrorCode } from '../../errors.js';
import { ACTOR_SEARCH_INDEX } from '../../db/migrations.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import type { QueryResolvers } from '../__generated__/resolvers.js';
import { int, read } from '../graph/db.js';
import { andVisible } from '../graph/visibility.js';
import { buildSearchQuery } from './search-query.js';


export const search: QueryResolvers<PonteContext>['search'] = async (_parent, args, context) => {
  const limit = args.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw userError(`search: "limit" must be between 1 and 100 (got ${limit}).`, 'limit', ErrorCode.BadUserInput);
  }
  if (args.text.length > 200) throw userError('search: "text" must be at most 200 characters.', 'text');
  const query = buildSearchQuery(args.text);
  if (!query) return [];
  const kinds = args.kinds && args.kinds.length > 0 ? args.kinds.map(String) : [...ACTOR_KINDS];
  // No limit inside the index call: its top hits would include migrants hidden from the asker and
  // push visible ones out. Hidden people are dropped first, then the visible hits are ordered by
  // their own score (search-query.ts: constant-score terms, so it depends on the hit alone) and
  // the limit taken, so the answer is the same whether hidden people exist or not
  // (docs/privacy.md). A migrant who may not be named is left out too: a masked hit would still
  // say that someone matching the words exists.
  const rows = await read<{ id: string; name: string; kind: string; country: string | null; city: string | null; consent: string | null; score: number }>(
    context,
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WITH node, score, [l IN labels(node) WHERE l IN $kinds][0] AS kind
     WHERE ${andVisible(context.viewer, 'node', 'kind IS NOT NULL')}
       AND (kind <> 'Migrant' OR $nameAll OR node.consent IN $named)
     RETURN node.id AS id, node.name AS name, kind, node.country AS country, node.city AS city, score
     ORDER BY score DESC, name ASC, id ASC
     LIMIT $limit`,
    {
      index: ACTOR_SEARCH_INDEX,
      query,
      kinds,
      nameAll: context.viewer.mayNameMigrant('NONE') && context.viewer.mayNameMigrant(null),
      named: ['NONE', 'NETWORK', 'PUBLIC'].filter((c) => context.viewer.mayNameMigrant(c)),
      limit: int(limit),
    },
  );
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, country: r.country ?? null, city: r.city ?? null, score: r.score }));
};
