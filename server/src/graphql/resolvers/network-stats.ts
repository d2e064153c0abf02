import type { PonteContext } from '../context.js';
import type { QueryResolvers } from '../__generated__/resolvers.js';
import { int, read, today } from '../graph/db.js';
import { ACTOR_KINDS, checkDate, PATH_TIE_TYPES } from '../graph/input.js';
import { suppressStats } from '../graph/min-group.js';
import { permissionsOf } from '../../auth/roles.js';

/** Active on $asOf, or every tie when $asOf is null. */
const ACTIVE = `($asOf IS NULL OR ((r.since IS NULL OR r.since <= date($asOf)) AND (r.until IS NULL OR r.until >= date($asOf))))`;

export const networkStats: QueryResolvers<PonteContext>['networkStats'] = async (_parent, args, context) => {
  const asOf = checkDate('networkStats', 'asOf', args.asOf) ?? null;
  const lastYear = Number((asOf ?? today()).slice(0, 4));
  const params = { asOf, kinds: [...ACTOR_KINDS], types: [...PATH_TIE_TYPES], lastYear: int(lastYear) };
  const [kinds, types, totals, growth] = await Promise.all([
    read<{ name: string; count: unknown }>(
      context,
      `MATCH (a:Actor) WITH [l IN labels(a) WHERE l IN $kinds][0] AS name RETURN name, count(*) AS count ORDER BY name`,
      params,
    ),
    read<{ name: string; count: unknown }>(context, `MATCH ()-[r]->() WHERE ${ACTIVE} RETURN type(r) AS name, count(*) AS count ORDER BY name`, params),
    read<{ actorTies: unknown; crossBorderTies: unknown }>(
      context,
      `MATCH (a:Actor)-[r]->(b:Actor) WHERE type(r) IN $types AND ${ACTIVE}
       RETURN count(r) AS actorTies,
              count(CASE WHEN (a.country = 'IT' AND b.country = 'MA') OR (a.country = 'MA' AND b.country = 'IT') THEN 1 END) AS crossBorderTies`,
      params,
    ),
    // Growth of the non-geographic ties with a start date, year by year up to asOf (or today);
    // "active" is measured on 31 December, or on asOf in its own year.
    read<{ year: unknown; newTies: unknown; activeTies: unknown }>(
      context,
      `MATCH ()-[r]->() WHERE type(r) IN $types AND r.since IS NOT NULL AND ($asOf IS NULL OR r.since <= date($asOf))
       WITH collect({since: r.since, until: r.until}) AS ties, min(r.since.year) AS first
       UNWIND range(first, $lastYear) AS year
       WITH ties, year, CASE WHEN $asOf IS NOT NULL AND year = $lastYear THEN date($asOf) ELSE date({year: year, month: 12, day: 31}) END AS day
       RETURN year,
              size([t IN ties WHERE t.since.year = year]) AS newTies,
              size([t IN ties WHERE t.since <= day AND (t.until IS NULL OR t.until >= day)]) AS activeTies
       ORDER BY year`,
      params,
    ),
  ]);
  const actorTies = Number(totals[0]?.actorTies ?? 0);
  const crossBorderTies = Number(totals[0]?.crossBorderTies ?? 0);
  // Minimum group size: below staff, counts of 1–4 that can count migrants come back null.
  return suppressStats({
    asOf,
    actorsByKind: kinds.map((k) => ({ name: k.name, count: Number(k.count) })),
    tiesByType: types.map((t) => ({ name: t.name, count: Number(t.count) })),
    actorTies,
    crossBorderTies,
    crossBorderShare: actorTies === 0 ? 0 : Math.round((crossBorderTies / actorTies) * 10000) / 10000,
    growth: growth.map((g) => ({ year: Number(g.year), newTies: Number(g.newTies), activeTies: Number(g.activeTies) })),
  }, permissionsOf(context.auth.role).exactCounts);
};
