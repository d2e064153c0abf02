/**
 * What the slow questions answered before they were made fast (network/question-cache.ts,
 * supportMatches' ranking by classes), kept as references for the equivalence tests
 * (test/integration/slow-questions.int.test.ts): the same answer must come out of both.
 */

/**
 * findPathsToMany as main wrote it: the first search finds the targets in reach, then every
 * target's shortest paths are listed by a search bounded by maxHops, not by the target's distance.
 */
export async function referencePathsToMany(
  session: ReadScope,
  args: { from: string; fromLabel: string; targets: string[]; maxHops: number; filter: TieFilter },
): Promise<RawPath[]> {
  const { filter, maxHops } = args;
  const walk = `(()-[r WHERE ${tiePredicate(filter, 'r')}]-(y WHERE ${nodePredicate(filter, 'y', session.viewer)})){1,${maxHops}}`;
  const active = activeOn(filter, 'a');
  return read<RawPath>(
    session,
    `MATCH (a:${args.fromLabel} {id: $from})${active ? ` WHERE ${active}` : ''}
     MATCH s = SHORTEST 1 (a) ${walk} (b:Actor WHERE b.id IN $targets)
     WITH DISTINCT a, b
     CALL (a, b) {
       MATCH p = ALL SHORTEST (a) ${walk} (b)
       RETURN p LIMIT ${PATHS_CAP}
     }
     RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes, [t IN relationships(p) | ${tieProjection('t')}] AS ties`,
    { ...filterParams(filter), from: args.from, targets: args.targets },
  );
}
import { read } from '../../src/network/db.js';
import { findPaths, PATHS_CAP } from '../../src/network/find-paths.js';
import { activeOn, filterParams, nodePredicate, tiePredicate, type TieFilter } from '../../src/network/input.js';
import { rankPaths, showPath, type RawPath } from '../../src/network/path.js';
import { ACTIVE_IN_TARGETED, BASED_IN_TARGETED, supportScore } from '../../src/network/questions/support-matches.js';
import {
  answerOpportunities,
  MATCH_PATH_HOPS,
  rankedOpportunities,
  type OpportunityMatchesArgs,
} from '../../src/network/questions/opportunity-matches.js';
import { checkFilter } from '../../src/network/input.js';
import type { NetworkSession, ReadScope } from '../../src/network/session.js';
import { nodeActivePredicate, tieWindowPredicate } from '../../src/network/time.js';
import { kindOf, Masker, nodeProjection, tieProjection, type RawNode } from '../../src/network/view.js';
import { andVisible } from '../../src/network/visibility.js';

/**
 * supportMatches' providers as main ranked them: every actor offering one of the project's needs
 * read with its targeted regions, the ones the asker may not name dropped, ranked by score then id.
 */
export async function referenceProviders(session: ReadScope, projectId: string, day: string, limit: number) {
  const rows = await read<{
    node: RawNode;
    services: string[];
    basedIn: string[];
    activeIn: string[];
    needs: string[];
  }>(
    session,
    `MATCH (p:ReturnProject {id: $id})
     WITH p, coalesce(p.needs, []) AS needs, COLLECT { MATCH (p)-[t:TARGETS]->(g:Region) WHERE ${tieWindowPredicate('t')} RETURN g } AS regions
     MATCH (x:Actor) WHERE ${andVisible(session.viewer, 'x', `any(s IN x.services WHERE s IN needs) AND ${nodeActivePredicate('x')}`)}
     RETURN ${nodeProjection('x')} AS node, [s IN needs WHERE s IN x.services] AS services,
            ${BASED_IN_TARGETED} AS basedIn, ${ACTIVE_IN_TARGETED} AS activeIn, needs`,
    { id: projectId, asOf: day },
  );
  return rows
    .filter((r) => kindOf(r.node.labels) !== 'Migrant' || session.viewer.mayNameMigrant(r.node.consent))
    .map((r) => ({
      id: r.node.id,
      services: r.services,
      basedIn: r.basedIn,
      activeIn: r.activeIn,
      needs: r.needs,
      score: supportScore(r.needs.length, r.services.length, r.basedIn.length > 0, r.activeIn.length > 0),
    }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

/**
 * `paths` as main answered it: every path of the `limit` shortest lengths in one search, ranked,
 * then shown to the viewer; with how many paths the search listed (PATHS_CAP: cut by the cap).
 */
export async function referencePaths(
  session: NetworkSession,
  args: { from: string; to: string; maxHops: number; limit: number; filter: TieFilter },
) {
  const found = await findPaths(session, { ...args, groups: args.limit });
  const ranked = rankPaths(found, args.filter.asOf ?? session.today(), args.limit);
  const masker = new Masker(session.viewer);
  return { listed: found.length, answer: ranked.map((p) => showPath(p, masker)) };
}

/**
 * opportunityMatches as main answered it: the shortest paths to every offerer of the ranked
 * opportunities (referencePathsToMany, bounded by maxHops), the best of each opportunity's chosen
 * among them all, not only among its nearest offerers.
 */
export async function referenceOpportunityMatches(session: NetworkSession, args: OpportunityMatchesArgs) {
  const { migrantId, day, ranked } = await rankedOpportunities(session, args);
  const offerers = [...new Set(ranked.flatMap((r) => r.o.offerers))];
  const found =
    offerers.length === 0
      ? []
      : await referencePathsToMany(session, {
          from: migrantId,
          fromLabel: 'Migrant',
          targets: offerers,
          maxHops: MATCH_PATH_HOPS,
          filter: checkFilter('opportunityMatches', { asOf: day }, false),
        });
  return answerOpportunities(session, ranked, found, day);
}
