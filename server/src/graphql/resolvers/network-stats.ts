import type { PonteContext } from '../context.js';
import type { QueryResolvers } from '../__generated__/resolvers.js';
import { answerCacheFor } from '../graph/answer-cache.js';
import { int, read, today } from '../graph/db.js';
import { ACTOR_KINDS, checkDate, PATH_TIE_TYPES } from '../graph/input.js';
import { suppressStats } from '../graph/min-group.js';
import { permissionsOf } from '../../auth/roles.js';

/** The walkable tie types as a pattern (`r:MENTORS|FUNDS|…`): the planner expands only those, where `type(r) IN $types` reads every tie first. */
const TYPES = PATH_TIE_TYPES.join('|');

/** Active on $asOf, or every tie when $asOf is null. */
const ACTIVE = `($asOf IS NULL OR ((r.since IS NULL OR r.since <= date($asOf)) AND (r.until IS NULL OR r.until >= date($asOf))))`;

export const networkStats: QueryResolvers<PonteContext>['networkStats'] = async (_parent, args, context) => {
  const asOf = checkDate('networkStats', 'asOf', args.asOf) ?? null;
  const lastYear = Number((asOf ?? today()).slice(0, 4));
  const params = { asOf, kinds: [...ACTOR_KINDS], types: [...PATH_TIE_TYPES], lastYear: int(lastYear) };
  // Every read below scans the whole graph: computed once per version of the graph
  // (graph/answer-cache.ts); counts only, the same for every viewer.
  const [kinds, types, totals, growth] = await answerCacheFor(context.driver, context.database).get(`networkStats|${asOf}|${lastYear}`, () => Promise.all([
    read<{ name: string; count: unknown }>(
      context,
      `MATCH (a:Actor) WITH [l IN labels(a) WHERE l IN $kinds][0] AS name RETURN name, count(*) AS count ORDER BY name`,
      params,
    ),
    // Without asOf every tie counts: Neo4j's counts store has the answer per type without reading
    // a single relationship (apoc.meta.stats reads it; a type whose ties were all deleted is 0 there).
    read<{ name: string; count: unknown }>(
      context,
      asOf === null
        ? `CALL apoc.meta.stats() YIELD relTypesCount UNWIND keys(relTypesCount) AS name WITH name, relTypesCount[name] AS count WHERE count > 0 RETURN name, count ORDER BY name`
        : `MATCH ()-[r]->() WHERE ${ACTIVE} RETURN type(r) AS name, count(*) AS count ORDER BY name`,
      params,
    ),
    read<{ actorTies: unknown; crossBorderTies: unknown }>(
      context,
      `MATCH (a:Actor)-[r:${TYPES}]->(b:Actor) WHERE ${ACTIVE}
       RETURN count(r) AS actorTies,
              count(CASE WHEN (a.country = 'IT' AND b.country = 'MA') OR (a.country = 'MA' AND b.country = 'IT') THEN 1 END) AS crossBorderTies`,
      params,
    ),
    // Growth of the non-geographic ties with a start date, year by year up to asOf (or today);
    // "active" is measured on 31 December, or on asOf in its own year. The ties are first counted
    // in buckets (start year, last year active on 31 December, active on asOf): a few hundred rows
    // whatever the size of the graph, so the per-year sums cost nothing (instead of a list of every
    // tie walked once per year).
    read<{ year: unknown; newTies: unknown; activeTies: unknown }>(
      context,
      `MATCH ()-[r:${TYPES}]->() WHERE r.since IS NOT NULL AND ($asOf IS NULL OR r.since <= date($asOf))
       WITH r.since.year AS sinceYear,
            CASE WHEN r.until IS NULL THEN null WHEN r.until.month = 12 AND r.until.day = 31 THEN r.until.year ELSE r.until.year - 1 END AS lastActiveYear,
            ($asOf IS NULL OR r.until IS NULL OR r.until >= date($asOf)) AS activeOnAsOf
       WITH sinceYear, lastActiveYear, activeOnAsOf, count(*) AS n
       WITH collect({sinceYear: sinceYear, lastActiveYear: lastActiveYear, activeOnAsOf: activeOnAsOf, n: n}) AS buckets, min(sinceYear) AS first
       // No dated tie on or before asOf: no year to report (range(null, …) would fail).
       UNWIND CASE WHEN first IS NULL THEN [] ELSE range(first, $lastYear) END AS year
       WITH buckets, year, $asOf IS NOT NULL AND year = $lastYear AS onAsOf
       RETURN year,
              reduce(s = 0, b IN buckets | s + CASE WHEN b.sinceYear = year THEN b.n ELSE 0 END) AS newTies,
              reduce(s = 0, b IN buckets | s + CASE WHEN b.sinceYear <= year
                AND (CASE WHEN onAsOf THEN b.activeOnAsOf ELSE b.lastActiveYear IS NULL OR b.lastActiveYear >= year END) THEN b.n ELSE 0 END) AS activeTies
       ORDER BY year`,
      params,
    ),
  ]));
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
