import type { PonteContext } from '../context.js';
import type { QueryOpportunityMatchesArgs, QueryResolvers } from '../__generated__/resolvers.js';
import { read, requireNodes, today } from '../graph/db.js';
import { findPathsToMany } from '../graph/find-paths.js';
import { checkFilter, checkId, checkRange } from '../graph/input.js';
import { scoreOpportunity, type MigrantProfile, type OpportunityProfile } from '../graph/opportunity.js';
import { rankPaths, showPath, type RawPath } from '../graph/path.js';
import { dateText, Masker } from '../graph/view.js';
import { whereVisible } from '../graph/visibility.js';

export const MATCH_PATH_HOPS = 4;

/** Checks the arguments of `opportunityMatches`; throws before any query. */
export function checkOpportunityMatchesArgs(args: QueryOpportunityMatchesArgs) {
  return { migrantId: checkId('opportunityMatches', 'migrantId', args.migrantId), limit: checkRange('opportunityMatches', 'limit', args.limit, 10, 1, 50) };
}

export const opportunityMatches: QueryResolvers<PonteContext>['opportunityMatches'] = async (_parent, args, context) => {
  const { migrantId, limit } = checkOpportunityMatchesArgs(args);
  await requireNodes(context, 'opportunityMatches', [{ argument: 'migrantId', id: migrantId }], 'Migrant');
  const [migrant] = await read<MigrantProfile>(
    context,
    `MATCH (m:Migrant {id: $id})
     RETURN m.skills AS skills, m.education AS education, m.country AS country,
            COLLECT { MATCH (m)-[:BASED_IN]->(g:Region) RETURN g.name } AS regions`,
    { id: migrantId },
  );
  // Opportunities still open today, with who offers them.
  const opportunities = await read<OpportunityProfile & { id: string; name: string; type: string; sector: string | null; city: string | null; closes: unknown; offerers: string[] }>(
    context,
    `MATCH (o:Opportunity)
     WHERE o.closes IS NULL OR o.closes >= date()
     RETURN o.id AS id, o.name AS name, o.type AS type, o.sector AS sector, o.country AS country, o.city AS city, o.closes AS closes,
            o.requiredSkills AS requiredSkills, o.minEducation AS minEducation,
            COLLECT { MATCH (o)-[:TARGETS]->(g:Region) RETURN g.name } AS regions,
            COLLECT { MATCH (x:Actor)-[:OFFERS]->(o)${whereVisible(context.viewer, 'x')} RETURN x.id ORDER BY x.id } AS offerers`,
    {},
  );
  const ranked = opportunities
    .map((o) => ({ o, ...scoreOpportunity({ ...migrant!, education: migrant!.education === null ? null : Number(migrant!.education) }, { ...o, minEducation: o.minEducation === null ? null : Number(o.minEducation) }) }))
    .sort((a, b) => b.score - a.score || (a.o.id < b.o.id ? -1 : 1))
    .slice(0, limit);
  // The best path from the migrant to each offerer (one bounded search for all of them).
  const offerers = [...new Set(ranked.flatMap((r) => r.o.offerers))];
  const found = offerers.length === 0 ? [] : await findPathsToMany(context, { from: migrantId, fromLabel: 'Migrant', targets: offerers, maxHops: MATCH_PATH_HOPS, filter: checkFilter('opportunityMatches', null, false) });
  const reference = today();
  const pathTo = new Map<string, RawPath & { score: number }>();
  for (const p of found) {
    const [scored] = rankPaths([p], reference, 1);
    if (scored) pathTo.set(p.nodes[p.nodes.length - 1]!.id, scored);
  }
  const masker = new Masker(context.viewer);
  return ranked.map(({ o, score, reasons, reasonParts }) => {
    const best = rankPaths(o.offerers.flatMap((id) => (pathTo.has(id) ? [pathTo.get(id)!] : [])), reference, 1)[0];
    return {
      opportunity: { id: o.id, name: o.name, type: o.type, sector: o.sector ?? null, country: o.country ?? null, city: o.city ?? null, closes: dateText(o.closes) },
      score,
      reasons,
      reasonParts,
      path: best ? showPath(best, masker) : null,
    };
  });
};
