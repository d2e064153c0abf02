/** `opportunityMatches`: open opportunities for a migrant, with the best path to who offers each. */
import { read, unsplit } from '../db.js';
import { requireNodes } from '../ids.js';
import { listShortestPaths, shortestDistances } from '../find-paths.js';
import { checkDate, checkFilter, checkId, checkRange, type TieFilter } from '../input.js';
import { scoreOpportunity, type MigrantProfile, type OpportunityProfile } from '../opportunity.js';
import { pathsByTarget, rankPaths, showPath, type RawPath } from '../path.js';
import type { NetworkSession } from '../session.js';
import { dateText, Masker } from '../view.js';
import { nodeActivePredicate, tieActivePredicate, tieWindowPredicate } from '../time.js';
import { andVisible } from '../visibility.js';
import type { Reason } from '../../explain/reason.js';

/** How far the matches look for a path to an offerer or a provider. */
export const MATCH_PATH_HOPS = 4;

export interface OpportunityMatchesArgs {
  readonly migrantId: string;
  readonly limit?: number | null;
  readonly asOf?: unknown;
}

/** Checks the arguments of `opportunityMatches`; throws before any query. */
export function checkOpportunityMatchesArgs(args: OpportunityMatchesArgs) {
  return {
    migrantId: checkId('opportunityMatches', 'migrantId', args.migrantId),
    limit: checkRange('opportunityMatches', 'limit', args.limit, 10, 1, 50),
    asOf: checkDate('opportunityMatches', 'asOf', args.asOf),
  };
}

/** An open opportunity ranked for the migrant, with who offered it on the day (ids, sorted). */
export interface RankedOpportunity {
  readonly o: OpportunityProfile & {
    id: string;
    name: string;
    type: string;
    sector: string | null;
    city: string | null;
    opens: unknown;
    closes: unknown;
    offerers: string[];
  };
  readonly score: number;
  readonly reasons: string[];
  readonly reasonParts: Reason[];
}

export async function opportunityMatches(session: NetworkSession, args: OpportunityMatchesArgs) {
  const { migrantId, day, ranked } = await rankedOpportunities(session, args);
  const filter = checkFilter('opportunityMatches', { asOf: day }, false);
  const nearest = await nearestOfferers(session, migrantId, ranked, filter);
  const found = await listShortestPaths(session, {
    from: migrantId,
    fromLabel: 'Migrant',
    targets: [...nearest].map(([id, distance]) => ({ id, distance })),
    filter,
  });
  return answerOpportunities(session, ranked, found, day);
}

/**
 * The offerers an opportunity's path may go to, with their distance: rankPaths puts fewer hops
 * first, so that is one of its offerers nearest to the migrant, and only those need their paths
 * listed (at 100,000 actors a listing at four hops costs ~0.5–1 s per offerer). Found by searches
 * one hop deeper at a time, from two, each for the offerers of the opportunities none of whose
 * offerers was reached yet: a search to maxHops for all of them walks everything within four hops
 * of the migrant (through the hubs, most of the graph: 7.5 s at 100k) as soon as one offerer is out
 * of reach, though most opportunities have an offerer within two. A search to depth d gives the
 * exact distance of every target within d, so an opportunity settled at d has its nearest offerers.
 */
async function nearestOfferers(
  session: NetworkSession,
  migrantId: string,
  ranked: readonly RankedOpportunity[],
  filter: TieFilter,
): Promise<Map<string, number>> {
  const nearest = new Map<string, number>();
  let unsettled = ranked.filter((r) => r.o.offerers.length > 0);
  for (let depth = Math.min(2, MATCH_PATH_HOPS); depth <= MATCH_PATH_HOPS && unsettled.length > 0; depth++) {
    const distances = await shortestDistances(session, {
      from: migrantId,
      fromLabel: 'Migrant',
      targets: [...new Set(unsettled.flatMap((r) => r.o.offerers))],
      maxHops: depth,
      filter,
    });
    unsettled = unsettled.filter(({ o }) => {
      const reached = o.offerers.filter((id) => distances.has(id));
      if (reached.length === 0) return true;
      const least = Math.min(...reached.map((id) => distances.get(id)!));
      for (const id of reached) if (distances.get(id) === least) nearest.set(id, least);
      return false;
    });
  }
  return nearest;
}

/** The migrant's profile on the day and the first `limit` opportunities open then, best first. */
export async function rankedOpportunities(
  session: NetworkSession,
  args: OpportunityMatchesArgs,
): Promise<{ migrantId: string; day: string; ranked: RankedOpportunity[] }> {
  const { migrantId, limit, asOf } = checkOpportunityMatchesArgs(args);
  await requireNodes(session, 'opportunityMatches', [{ argument: 'migrantId', id: migrantId }], 'Migrant');
  // Everything is matched as of one day (absent: today), by the rule of time (network/time.ts):
  // where the migrant lived then, the opportunities open then, who offered them then, and the
  // paths over the ties active then. So a day of the programme years gives that year's calls.
  const day = asOf ?? session.today();
  const [migrant] = await read<MigrantProfile>(
    session,
    `MATCH (m:Migrant {id: $id})
     RETURN m.skills AS skills, m.education AS education, m.country AS country,
            COLLECT { MATCH (m)-[b:BASED_IN]->(g:Region) WHERE ${tieActivePredicate('b', 'm', 'g')} RETURN g.name } AS regions`,
    { id: migrantId, asOf: day },
  );
  // Opportunities open on the day, with who offered them on it.
  const opportunities = await read<RankedOpportunity['o']>(
    session,
    // One CASE: the rule of time's ORs as plain conjuncts made two scans of every opportunity (network/db.ts unsplit).
    `MATCH (o:Opportunity)
     WHERE ${unsplit(nodeActivePredicate('o'))}
     RETURN o.id AS id, o.name AS name, o.type AS type, o.sector AS sector, o.country AS country, o.city AS city,
            o.opens AS opens, o.closes AS closes, o.requiredSkills AS requiredSkills, o.minEducation AS minEducation,
            COLLECT { MATCH (o)-[t:TARGETS]->(g:Region) WHERE ${tieWindowPredicate('t')} RETURN g.name } AS regions,
            COLLECT { MATCH (x:Actor)-[r:OFFERS]->(o) WHERE ${andVisible(session.viewer, 'x', tieActivePredicate('r', 'x', 'o'))} RETURN x.id ORDER BY x.id } AS offerers`,
    { asOf: day },
  );
  const ranked = opportunities
    .map((o) => ({
      o,
      ...scoreOpportunity(
        { ...migrant!, education: migrant!.education === null ? null : Number(migrant!.education) },
        { ...o, minEducation: o.minEducation === null ? null : Number(o.minEducation) },
      ),
    }))
    .sort((a, b) => b.score - a.score || (a.o.id < b.o.id ? -1 : 1))
    .slice(0, limit);
  return { migrantId, day, ranked };
}

/** The answer: each ranked opportunity with the best path to one of its offerers among `found`, masked for the asker. */
export function answerOpportunities(
  session: NetworkSession,
  ranked: readonly RankedOpportunity[],
  found: readonly RawPath[],
  day: string,
) {
  const reference = day;
  const pathTo = pathsByTarget(found, reference);
  const masker = new Masker(session.viewer);
  return ranked.map(({ o, score, reasons, reasonParts }) => {
    const best = rankPaths(
      o.offerers.flatMap((id) => (pathTo.has(id) ? [pathTo.get(id)!] : [])),
      reference,
      1,
    )[0];
    return {
      opportunity: {
        id: o.id,
        name: o.name,
        type: o.type,
        sector: o.sector ?? null,
        country: o.country ?? null,
        city: o.city ?? null,
        opens: dateText(o.opens),
        closes: dateText(o.closes),
      },
      score,
      reasons,
      reasonParts,
      path: best ? showPath(best, masker) : null,
    };
  });
}
