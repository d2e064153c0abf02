import type { PonteContext } from '../context.js';
import type { QueryResolvers } from '../__generated__/resolvers.js';
import { read } from '../graph/db.js';
import { foldSmallCorridors } from '../graph/min-group.js';
import { permissionsOf } from '../../auth/roles.js';

export const corridors: QueryResolvers<PonteContext>['corridors'] = async (_parent, _args, context) => {
  // A corridor: migrants currently based in an Italian region who come from a Moroccan one. An
  // aggregate: it counts people (all of them, whatever their consent) and names none.
  const cypher = `
    MATCH (it:Region {country: 'IT'})<-[b:BASED_IN]-(m:Migrant)-[:ORIGINATES_FROM]->(ma:Region {country: 'MA'})
    WHERE b.until IS NULL OR b.until >= date()
    WITH it, ma, collect(DISTINCT m) AS migrants
    RETURN it.name AS italianRegion, it.id AS italianRegionId, ma.name AS moroccanRegion, ma.id AS moroccanRegionId,
           size(migrants) AS migrantCount,
           COUNT { UNWIND migrants AS m MATCH (m)-[:MEMBER_OF]->(a:Association) RETURN DISTINCT a } AS associations,
           // Projects these migrants lead, or that target their region of origin (UNION: each once).
           COUNT {
             UNWIND migrants AS m MATCH (m)-[:LEADS]->(p:ReturnProject) RETURN p
             UNION
             MATCH (p:ReturnProject)-[:TARGETS]->(ma) RETURN p
           } AS projects
    ORDER BY migrantCount DESC, italianRegion, moroccanRegion`;
  const rows = await read<Record<string, unknown>>(context, cypher, {});
  const cells = rows.map((r) => ({
    italianRegion: r.italianRegion as string,
    italianRegionId: r.italianRegionId as string,
    moroccanRegion: r.moroccanRegion as string,
    moroccanRegionId: r.moroccanRegionId as string,
    migrants: Number(r.migrantCount),
    associations: Number(r.associations),
    projects: Number(r.projects),
  }));
  // Minimum group size: below staff, corridors of fewer than 5 migrants fold into one row.
  return foldSmallCorridors(cells, permissionsOf(context.auth.role).exactCounts);
};
