import { publishCorridors, type CorridorMembers, type PublishedCorridor } from '../../privacy/corridor-folding.js';
import { yearEnd, type DisclosureControl } from '../../privacy/disclosure.js';
import { read } from '../db.js';
import { checkDate } from '../input.js';
import type { ReadScope, StatisticsSession } from '../session.js';
import { nodeActivePredicate, tieWindowPredicate } from '../time.js';

export interface CorridorsArgs {
  readonly asOf?: unknown;
}

/**
 * A corridor: the migrants based in an Italian region on the day (a BASED_IN tie active on it) who
 * come from a Moroccan one; the associations at least one of them is a member of, and the return
 * projects at least one of them leads (MEMBER_OF and LEADS ties, associations and projects active
 * on the day: network/time.ts). The day is `asOf`, or today; below staff an asked day stands for
 * 31 December of its year, as in networkStats (privacy/disclosure.ts), so asking day after day
 * cannot date a move. An aggregate: it counts people (all of them, whatever their consent) and
 * names none. The ids come back so that folded rows count distinct associations and projects, and
 * so that the rounding below staff keys on who is counted; they never leave the API.
 */
export async function corridors(session: StatisticsSession, args: CorridorsArgs = {}) {
  const requested = checkDate('corridors', 'asOf', args.asOf);
  const day = requested === undefined ? session.today() : session.exactCounts ? requested : yearEnd(requested);
  // The cells hold no name and count everyone whatever the asker: one computation per version of
  // the graph and day serves every asker (network/answer-cache.ts), never a previous version's.
  const remembered = await session.answers.get(
    `corridors|${day}`,
    async () => ({ cells: await corridorCells(session, day), published: new WeakMap<DisclosureControl, Published>() }),
    { exact: true },
  );
  // Publishing hashes every counted id (privacy/disclosure.ts): done once per cells, rounding key
  // and exactness, since the same three always publish the same rows.
  let byExactness = remembered.published.get(session.disclosure);
  if (!byExactness) remembered.published.set(session.disclosure, (byExactness = new Map()));
  let rows = byExactness.get(session.exactCounts);
  if (!rows)
    byExactness.set(
      session.exactCounts,
      (rows = publishCorridors(remembered.cells, session.exactCounts, session.disclosure)),
    );
  return rows.map((r) => ({ ...r }));
}

type Published = Map<boolean, PublishedCorridor[]>;

/** Who is in each corridor on `day`, largest first (the cells publishCorridors folds and rounds). */
export function corridorCells(session: ReadScope, day: string): Promise<CorridorMembers[]> {
  const cypher = `
    MATCH (it:Region {country: 'IT'})<-[b:BASED_IN]-(m:Migrant)-[o:ORIGINATES_FROM]->(ma:Region {country: 'MA'})
    WHERE ${tieWindowPredicate('b')} AND ${tieWindowPredicate('o')}
    WITH it, ma, collect(DISTINCT m) AS migrants
    RETURN it.name AS italianRegion, it.id AS italianRegionId, ma.name AS moroccanRegion, ma.id AS moroccanRegionId,
           [m IN migrants | m.id] AS migrantIds,
           COLLECT { UNWIND migrants AS m MATCH (m)-[r:MEMBER_OF]->(a:Association) WHERE ${tieWindowPredicate('r')} AND ${nodeActivePredicate('a')} RETURN DISTINCT a.id } AS associationIds,
           COLLECT { UNWIND migrants AS m MATCH (m)-[r:LEADS]->(p:ReturnProject) WHERE ${tieWindowPredicate('r')} AND ${nodeActivePredicate('p')} RETURN DISTINCT p.id } AS projectIds
    ORDER BY size(migrants) DESC, italianRegion, moroccanRegion`;
  return read<CorridorMembers>(session, cypher, { asOf: day });
}
