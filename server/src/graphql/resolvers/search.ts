import neo4j from 'neo4j-driver';
import { ACTOR_KINDS } from '../../../../schema/generated/model.js';
import { ErrorCode } from '../../errors.js';
import { ACTOR_SEARCH_INDEX } from '../../db/migrations.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import type { QueryResolvers } from '../__generated__/resolvers.js';
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
  const { records } = await context.driver.executeQuery(
    `CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
     WITH node, score, [l IN labels(node) WHERE l IN $kinds][0] AS kind
     WHERE kind IS NOT NULL
     RETURN node.id AS id, node.name AS name, kind, node.country AS country, node.city AS city, node.consent AS consent, score
     ORDER BY score DESC, name ASC
     LIMIT $fetch`,
    { index: ACTOR_SEARCH_INDEX, query, kinds, fetch: intParam(limit * 5) },
    { database: context.database, routing: 'READ' },
  );
  // A migrant the asker may not name is left out entirely (docs/architecture.md#masking): a masked hit would still
  // say that someone matching the words exists. Filtered here, after the index, so `limit` counts
  // only what the asker sees.
  const visible = records.filter((r) => r.get('kind') !== 'Migrant' || context.viewer.mayNameMigrant(r.get('consent') as string | null)).slice(0, limit);
  return visible.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    kind: r.get('kind') as string,
    country: (r.get('country') as string | null) ?? null,
    city: (r.get('city') as string | null) ?? null,
    score: r.get('score') as number,
  }));
};

function intParam(n: number) {
  // Neo4j reads JS numbers as floats; LIMIT needs an integer.
  return neo4j.int(n);
}
