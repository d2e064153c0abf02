/**
 * What the slow questions answered before they were made fast (network/question-cache.ts,
 * supportMatches' ranking by classes), kept as references for the equivalence tests
 * (test/integration/slow-questions.int.test.ts): the same answer must come out of both.
 */
import { read } from '../../src/network/db.js';
import { ACTIVE_IN_TARGETED, BASED_IN_TARGETED, supportScore } from '../../src/network/questions/support-matches.js';
import type { ReadScope } from '../../src/network/session.js';
import { nodeActivePredicate, tieWindowPredicate } from '../../src/network/time.js';
import { kindOf, nodeProjection, type RawNode } from '../../src/network/view.js';
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
