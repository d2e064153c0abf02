import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import type { QueryBrokersArgs, QueryResolvers } from '../__generated__/resolvers.js';
import { answerCacheFor } from '../graph/answer-cache.js';
import { int, read, today } from '../graph/db.js';
import { checkRange, PATH_TIE_TYPES } from '../graph/input.js';
import { round } from '../graph/path.js';
import { andVisible, existsFor, visibilityClass, visibleNodePredicate } from '../graph/visibility.js';
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
  // The types as a pattern let the planner expand only walkable ties (`type(r) IN $types` read
  // every tie, geographic ones included, before dropping them).
  // Neither broker nor neighbour may be a migrant hidden from the asker (docs/privacy.md): their
  // ties count toward no score and no crossBorderTies.
  const visibleX = visibleNodePredicate(context.viewer, 'x');
  const whereX = visibleX ? ` WHERE ${visibleX}` : '';
  const cypher = `
    WITH date() AS today
    MATCH (x:Actor${whereX})-[r:${PATH_TIE_TYPES.join('|')}]-(n:Actor)
    WHERE ${andVisible(context.viewer, 'n', 'n <> x AND n.country IN $sides')}
      AND (r.since IS NULL OR r.since <= today) AND (r.until IS NULL OR r.until >= today)
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
    RETURN x.id AS id, score, crossBorderTies, italianTies, moroccanTies
    ORDER BY score DESC, crossBorderTies DESC, x.id
    LIMIT $limit`;
  // It reads every tie: the ranking is computed once per version of the graph (and day: "active
  // today") and shared by every viewer who sees the same graph, i.e. per visibility class
  // (graph/answer-cache.ts; an anonymous ranking never serves staff); it may lag the last minute's
  // writes. Who the brokers are is not cached: their names and consent are read now, so an erased
  // migrant or a withdrawn consent is never shown from an older ranking (docs/architecture.md#masking), and they are
  // masked for this viewer.
  type Ranked = { id: string; score: number; crossBorderTies: unknown; italianTies: unknown; moroccanTies: unknown };
  const ranking = await answerCacheFor(context.driver, context.database).get(`brokers|${visibilityClass(context.viewer)}|${sides.join(',')}|${limit}|${today()}`, () =>
    read<Ranked>(context, cypher, { sides, limit: int(limit) }),
  );
  const nodes = await read<{ node: RawNode }>(context, `UNWIND $ids AS id MATCH (x:Actor {id: id}) RETURN ${nodeProjection('x')} AS node`, {
    ids: ranking.map((r) => r.id),
  });
  const nodeOf = new Map(nodes.map((n) => [n.node.id, n.node]));
  const rows = ranking.flatMap((r) => {
    const node = nodeOf.get(r.id);
    // A ranking served while a newer one is computed may name someone hidden since (a consent
    // withdrawn in the last minute): they are left out, never shown masked.
    return node && existsFor(context.viewer, node.labels, node.consent) ? [{ ...r, node }] : [];
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
