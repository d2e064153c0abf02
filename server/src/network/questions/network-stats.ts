/** `networkStats`: counts of actors and ties, growth by year; under disclosure control below staff. */
import { cypherRecordKey, fingerprintOfKeySum, yearEnd } from '../../privacy/disclosure.js';
import { publishStats, type ExactStats } from '../../privacy/published-stats.js';
import { int, read } from '../db.js';
import { ACTOR_KINDS, checkDate, PATH_TIE_TYPES } from '../input.js';
import type { NetworkSession, StatisticsSession } from '../session.js';
import { nodeActivePredicate, tieActivePredicate, tieSpan } from '../time.js';

export interface NetworkStatsArgs {
  readonly asOf?: unknown;
}

/** The walkable tie types as a pattern (`r:MENTORS|FUNDS|…`): the planner expands only those, where `type(r) IN $types` reads every tie first. */
const TYPES = PATH_TIE_TYPES.join('|');

/** Tie r from a to b active on $asOf (network/time.ts: its window and both ends), or every tie when $asOf is null. */
const ACTIVE = `($asOf IS NULL OR (${tieActivePredicate('r', 'a', 'b')}))`;

/** The days each tie is active (network/time.ts), for the growth by year. */
const SPAN = tieSpan('r', 'a', 'b');

const TIE_KEY = cypherRecordKey('r');
const ACTOR_KEY = cypherRecordKey('a');

export async function networkStats(session: StatisticsSession, args: NetworkStatsArgs) {
  // Bad input first: refused before anything else is read.
  const requested = checkDate('networkStats', 'asOf', args.asOf) ?? null;
  const exact = session.exactCounts;
  // Below staff, any day stands for 31 December of its year (privacy/disclosure.ts): days within a
  // year give one answer, so asking day after day cannot date a tie.
  const asOf = requested === null || exact ? requested : yearEnd(requested);
  const stats = await exactStats(session, asOf);
  return publishStats(stats, exact, session.disclosure);
}

/**
 * The exact figures as of `asOf`, with the fingerprint of the records behind each count (what the
 * rounding below staff keys on). Every read scans the whole graph: computed once per version of
 * the graph (network/answer-cache.ts) and shared by every viewer, who each get it published for
 * their role.
 */
async function exactStats(session: NetworkSession, asOf: string | null): Promise<ExactStats> {
  const lastYear = Number((asOf ?? session.today()).slice(0, 4));
  const params = { asOf, kinds: [...ACTOR_KINDS], types: [...PATH_TIE_TYPES], lastYear: int(lastYear) };
  const [kinds, types, totals, growth] = await session.answers.get(`networkStats|${asOf}|${lastYear}`, () =>
    Promise.all([
      read<{ name: string; count: unknown; keys: unknown }>(
        session,
        `MATCH (a:Actor) WHERE $asOf IS NULL OR (${nodeActivePredicate('a')})
       WITH [l IN labels(a) WHERE l IN $kinds][0] AS name, a RETURN name, count(*) AS count, sum(${ACTOR_KEY}) AS keys ORDER BY name`,
        params,
      ),
      // Every tie is read (not the counts store) because the rounding below staff keys on which ties
      // make up each count; once per version of the graph.
      read<{ name: string; count: unknown; keys: unknown }>(
        session,
        `MATCH (a)-[r]->(b) WHERE ${ACTIVE} RETURN type(r) AS name, count(*) AS count, sum(${TIE_KEY}) AS keys ORDER BY name`,
        params,
      ),
      read<{ actorTies: unknown; actorKeys: unknown; crossBorderTies: unknown; crossBorderKeys: unknown }>(
        session,
        `MATCH (a:Actor)-[r:${TYPES}]->(b:Actor) WHERE ${ACTIVE}
       WITH r, (a.country = 'IT' AND b.country = 'MA') OR (a.country = 'MA' AND b.country = 'IT') AS crossBorder
       RETURN count(r) AS actorTies, sum(${TIE_KEY}) AS actorKeys,
              count(CASE WHEN crossBorder THEN 1 END) AS crossBorderTies, sum(CASE WHEN crossBorder THEN ${TIE_KEY} ELSE 0 END) AS crossBorderKeys`,
        params,
      ),
      // Growth of the non-geographic ties with a known first day, year by year up to asOf (or today);
      // "active" is measured on 31 December, or on asOf in its own year. A tie's days are those of
      // the rule of time (its window within both ends' lifetimes: an undated tie to an organisation
      // founded in 2010 starts in 2010, an attendance is new in its event's year and active on its
      // day only); a tie with no known first day is not dated and not in the growth. The ties are first counted
      // in buckets (start year, last year active on 31 December, active on asOf): a few hundred rows
      // whatever the size of the graph, so the per-year sums cost nothing (instead of a list of every
      // tie walked once per year). Each bucket also sums its ties' keys, so each year's cells get
      // the fingerprint of exactly the ties they count.
      read<{ year: unknown; newTies: unknown; newKeys: unknown; activeTies: unknown; activeKeys: unknown }>(
        session,
        `MATCH (a)-[r:${TYPES}]->(b)
       WITH r, ${SPAN.first} AS first, ${SPAN.last} AS last
       WHERE first IS NOT NULL AND ($asOf IS NULL OR first <= date($asOf)) AND (last IS NULL OR first <= last)
       WITH first.year AS sinceYear,
            CASE WHEN last IS NULL THEN null WHEN last.month = 12 AND last.day = 31 THEN last.year ELSE last.year - 1 END AS lastActiveYear,
            ($asOf IS NULL OR last IS NULL OR last >= date($asOf)) AS activeOnAsOf,
            ${TIE_KEY} AS key
       WITH sinceYear, lastActiveYear, activeOnAsOf, count(*) AS n, sum(key) AS k
       WITH collect({sinceYear: sinceYear, lastActiveYear: lastActiveYear, activeOnAsOf: activeOnAsOf, n: n, k: k}) AS buckets, min(sinceYear) AS first
       // No dated tie on or before asOf: no year to report (range(null, …) would fail).
       UNWIND CASE WHEN first IS NULL THEN [] ELSE range(first, $lastYear) END AS year
       WITH buckets, year, $asOf IS NOT NULL AND year = $lastYear AS onAsOf
       WITH year, [b IN buckets WHERE b.sinceYear = year] AS started,
            [b IN buckets WHERE b.sinceYear <= year AND (CASE WHEN onAsOf THEN b.activeOnAsOf ELSE b.lastActiveYear IS NULL OR b.lastActiveYear >= year END)] AS active
       RETURN year,
              reduce(s = 0, b IN started | s + b.n) AS newTies, reduce(s = 0, b IN started | s + b.k) AS newKeys,
              reduce(s = 0, b IN active | s + b.n) AS activeTies, reduce(s = 0, b IN active | s + b.k) AS activeKeys
       ORDER BY year`,
        params,
      ),
    ]),
  );
  const cell = (count: unknown, keys: unknown) => ({
    count: Number(count ?? 0),
    fingerprint: fingerprintOfKeySum(keys),
  });
  return {
    asOf,
    actorsByKind: kinds.map((k) => ({ name: k.name, ...cell(k.count, k.keys) })),
    tiesByType: types.map((t) => ({ name: t.name, ...cell(t.count, t.keys) })),
    actorTies: cell(totals[0]?.actorTies, totals[0]?.actorKeys),
    crossBorderTies: cell(totals[0]?.crossBorderTies, totals[0]?.crossBorderKeys),
    growth: growth.map((g) => ({
      year: Number(g.year),
      newTies: cell(g.newTies, g.newKeys),
      activeTies: cell(g.activeTies, g.activeKeys),
    })),
  };
}
