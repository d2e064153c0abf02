/** `brokers`: the actors that best join two countries' sides of the network. */
import { badInput } from '../../errors.js';
import { int, read } from '../db.js';
import { checkDate, checkRange, PATH_TIE_TYPES } from '../input.js';
import { round } from '../path.js';
import type { NetworkSession } from '../session.js';
import { Masker, nodeProjection, type RawNode } from '../view.js';
import { nodeActivePredicate, tieWindowPredicate } from '../time.js';
import { andVisible, existsFor, visibilityClass } from '../visibility.js';
import { BROKER_REF } from './brokerage-roles.js';

export interface BrokersArgs {
  readonly between?: readonly string[] | null;
  readonly limit?: number | null;
  /** The day the brokerage roles are read on (today when absent). */
  readonly asOf?: unknown;
}

/** Checks the arguments of `brokers`; throws before any query. */
export function checkBrokersArgs(args: BrokersArgs) {
  const between = [...new Set((args.between ?? ['IT', 'MA']).map(String))];
  if (between.length !== 2) {
    throw badInput(`brokers: "between" must name exactly two different countries (got ${between.length}).`, 'between');
  }
  return {
    sides: between as [string, string],
    limit: checkRange('brokers', 'limit', args.limit, 20, 1, 100),
    asOf: checkDate('brokers', 'asOf', args.asOf),
  };
}

/** A broker as answered, with the reference its brokerage roles are read by (never serialised). */
export type BrokerRow = Awaited<ReturnType<typeof brokers>>[number];

export async function brokers(session: NetworkSession, args: BrokersArgs) {
  const { sides, limit, asOf } = checkBrokersArgs(args);
  // Who bridges on a day (absent: today): brokers, neighbours and ties active on it (network/time.ts).
  const day = asOf ?? session.today();
  // For each actor x, its active ties to actors on either side, one weight per neighbour (the
  // confidence of its strongest tie to it). Summing wA × wB over every (side A, side B) pair of
  // neighbours is the product of the side sums, so the pair count needs no pair enumeration.
  // The types as a pattern let the planner expand only walkable ties (`type(r) IN $types` read
  // every tie, geographic ones included, before dropping them).
  // Neither broker nor neighbour may be a migrant hidden from the asker (docs/privacy.md): their
  // ties count toward no score and no crossBorderTies.
  const cypher = `
    MATCH (x:Actor WHERE ${andVisible(session.viewer, 'x', nodeActivePredicate('x'))})-[r:${PATH_TIE_TYPES.join('|')}]-(n:Actor)
    WHERE ${andVisible(session.viewer, 'n', 'n <> x AND n.country IN $sides')}
      AND ${nodeActivePredicate('n')} AND ${tieWindowPredicate('r')}
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
  // It reads every tie: the ranking is computed once per version of the graph and day and shared by every viewer who sees the same graph, i.e. per visibility class
  // (network/answer-cache.ts; an anonymous ranking never serves staff); it may lag the last minute's
  // writes. Who the brokers are is not cached: their names and consent are read now, so an erased
  // migrant or a withdrawn consent is never shown from an older ranking (docs/architecture.md#masking), and they are
  // masked for this viewer.
  type Ranked = { id: string; score: number; crossBorderTies: unknown; italianTies: unknown; moroccanTies: unknown };
  const ranking = await session.answers.get(
    `brokers|${visibilityClass(session.viewer)}|${sides.join(',')}|${limit}|${day}`,
    () => read<Ranked>(session, cypher, { sides, limit: int(limit), asOf: day }),
  );
  const nodes = await read<{ node: RawNode }>(
    session,
    `UNWIND $ids AS id MATCH (x:Actor {id: id}) RETURN ${nodeProjection('x')} AS node`,
    {
      ids: ranking.map((r) => r.id),
    },
  );
  const nodeOf = new Map(nodes.map((n) => [n.node.id, n.node]));
  const rows = ranking.flatMap((r) => {
    const node = nodeOf.get(r.id);
    // A ranking served while a newer one is computed may name someone hidden since (a consent
    // withdrawn in the last minute): they are left out, never shown masked.
    return node && existsFor(session.viewer, node.labels, node.consent) ? [{ ...r, node }] : [];
  });
  const masker = new Masker(session.viewer);
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
      // Out of the answer's sight: what the roles (questions/brokerage-roles.ts) are read for.
      [BROKER_REF]: { id: row.id, asOf: day },
    };
  });
}
