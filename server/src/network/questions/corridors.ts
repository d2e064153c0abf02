import { publishCorridors, type CorridorMembers } from '../../privacy/corridor-folding.js';
import { read } from '../db.js';
import { checkDate } from '../input.js';
import type { StatisticsSession } from '../session.js';

/**
 * A corridor: the migrants currently based in an Italian region (a BASED_IN tie that has not
 * ended) who come from a Moroccan one; the associations at least one of them is a member of, and
 * the return projects at least one of them leads (MEMBER_OF and LEADS ties that have not ended).
 * An aggregate: it counts people (all of them, whatever their consent) and names none. The ids
 * come back so that folded rows count distinct associations and projects, and so that the
 * rounding below staff keys on who is counted; they never leave the API.
 */
export interface CorridorsArgs {
  readonly asOf?: unknown;
}

export async function corridors(session: StatisticsSession, args: CorridorsArgs = {}) {
  checkDate('corridors', 'asOf', args.asOf);
  const cypher = `
    MATCH (it:Region {country: 'IT'})<-[b:BASED_IN]-(m:Migrant)-[:ORIGINATES_FROM]->(ma:Region {country: 'MA'})
    WHERE b.until IS NULL OR b.until >= date()
    WITH it, ma, collect(DISTINCT m) AS migrants
    RETURN it.name AS italianRegion, it.id AS italianRegionId, ma.name AS moroccanRegion, ma.id AS moroccanRegionId,
           [m IN migrants | m.id] AS migrantIds,
           COLLECT { UNWIND migrants AS m MATCH (m)-[r:MEMBER_OF]->(a:Association) WHERE r.until IS NULL OR r.until >= date() RETURN DISTINCT a.id } AS associationIds,
           COLLECT { UNWIND migrants AS m MATCH (m)-[r:LEADS]->(p:ReturnProject) WHERE r.until IS NULL OR r.until >= date() RETURN DISTINCT p.id } AS projectIds
    ORDER BY size(migrants) DESC, italianRegion, moroccanRegion`;
  const cells = await read<CorridorMembers>(session, cypher, {});
  return publishCorridors(cells, session.exactCounts, session.disclosure);
}
