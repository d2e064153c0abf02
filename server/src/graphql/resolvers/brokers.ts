import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import type { QueryBrokersArgs, QueryResolvers } from '../__generated__/resolvers.js';
import { int, read } from '../graph/db.js';
import { checkRange, PATH_TIE_TYPES } from '../graph/input.js';
import { round } from '../graph/path.js';
import { Masker, nodeProjection, type RawNode } from '../graph/view.js';

/** Checks the arguments of `brokers`; throws before any query. */
export function checkBrokersArgs(args: QueryBrokersArgs) {
  const between = [...new Set((args.between ?? ['IT', 'MA']).map(String))];
  if (between.length !== 2) {
    throw userError(`brokers: "between" must name exactly two different countries (got ${between.length}).`, 'between');
  }
  return { sides: between as [string, string], limit: checkRange('brokers', 'limit', args.limit, 20, 1, 100) };
}

export const brokers: QueryResolvers<PonteContext>['brokers'] = async (_parent, args, context) => {
  const { sides, limit } = checkBrokersArgs(args);
  // For each actor x, its active ties to actors on either side, one weight per neighbour (the
  // confidence of its strongest tie to it). Summing wA × wB over every (side A, side B) pair of
  // neighbours is the product of the side sums, so the pair count needs no pair enumeration.
  const cypher = `
    MATCH (x:Actor)-[r]-(n:Actor)
    WHERE type(r) IN $types AND n <> x AND n.country IN $sides
      AND (r.since IS NULL OR r.since <= date()) AND (r.until IS NULL OR r.until >= date())
    WITH x, n, max(coalesce(r.confidence, 0.5)) AS weight
    WITH x,
         sum(CASE WHEN n.country = $sides[0] THEN weight ELSE 0.0 END) AS weightA,
         sum(CASE WHEN n.country = $sides[1] THEN weight ELSE 0.0 END) AS weightB,
         count(CASE WHEN n.country = $sides[0] THEN 1 END) AS tiesA,
         count(CASE WHEN n.country = $sides[1] THEN 1 END) AS tiesB,
         count(CASE WHEN n.country = 'IT' THEN 1 END) AS italianTies,
         count(CASE WHEN n.country = 'MA' THEN 1 END) AS moroccanTies
    WITH x, italianTies, moroccanTies,
         weightA * weightB + CASE x.country WHEN $sides[0] THEN weightB WHEN $sides[1] THEN weightA ELSE 0.0 END AS score,
         CASE x.country WHEN $sides[0] THEN tiesB WHEN $sides[1] THEN tiesA ELSE 0 END AS crossBorderTies
    WHERE score > 0
    RETURN ${nodeProjection('x')} AS node, score, crossBorderTies, italianTies, moroccanTies
    ORDER BY score DESC, crossBorderTies DESC, x.id
    LIMIT $limit`;
  const rows = await read<{ node: RawNode; score: number; crossBorderTies: unknown; italianTies: unknown; moroccanTies: unknown }>(context, cypher, {
    types: [...PATH_TIE_TYPES],
    sides,
    limit: int(limit),
  });
  const masker = new Masker(context.viewer);
  return rows.map((row) => {
    const shown = masker.node(row.node);
    return {
      id: shown.id,
      name: shown.name,
      kind: shown.kind,
      country: shown.country,
      masked: shown.masked,
      score: round(row.score),
      crossBorderTies: Number(row.crossBorderTies),
      italianTies: Number(row.italianTies),
      moroccanTies: Number(row.moroccanTies),
    };
  });
};
