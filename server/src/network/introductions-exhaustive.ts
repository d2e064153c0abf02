/**
 * `introductions` as it was answered before the deepening search (main up to 6eb43ec), kept as
 * the reference that the equivalence tests (server/test/integration/introductions-search.int.test.ts)
 * and the benchmark (server/bench/introductions.ts) compare the resolver with: every candidate read
 * by scanning all actors, then one SHORTEST 1 search from the asker to all of them at once, to
 * maxHops. That search cannot stop before maxHops is exhausted and, through the hubs of a large
 * graph, reaches most of it. Not used by the API.
 */
import type { NetworkSession, ReadScope } from './session.js';
import { read } from './db.js';
import { findPathsToMany } from './find-paths.js';
import { checkFilter } from './input.js';
import { matchAll } from './introduction-candidates.js';
import { bestIntroductions, scoreIntroductions, type Introduction, type MatchedActor } from './introduction-ranking.js';
import type { IntroductionQuestion } from './introduction-search.js';
import type { Candidate, Wanted } from './match.js';
import { nodeProjection, type RawNode } from './view.js';
import { visibleNodePredicate } from './visibility.js';

export async function findIntroductionsExhaustively(
  session: NetworkSession,
  q: IntroductionQuestion,
): Promise<Introduction[]> {
  // The reference of questions without a day (the equivalence test and the benchmark ask none).
  if (q.asOf) throw new Error('findIntroductionsExhaustively: the reference answers questions without asOf only');
  const matches = await matchingActorsByScan(session, q.from, q.wanted);
  if (matches.size === 0) return [];
  const paths = await findPathsToMany(session, {
    from: q.from,
    targets: [...matches.keys()],
    maxHops: q.maxHops,
    filter: checkFilter('introductions', null, false),
  });
  return bestIntroductions(scoreIntroductions(paths, matches, session.today()), q.limit);
}

/** The candidates as main read them: every actor, filtered; regions walked forwards from each. */
export async function matchingActorsByScan(
  session: ReadScope,
  from: string,
  wanted: Wanted,
): Promise<Map<string, MatchedActor>> {
  // The same graph as the resolver's: without the migrants hidden from the asker.
  const visible = visibleNodePredicate(session.viewer, 't');
  const rows = await read<Candidate & { node: RawNode }>(
    session,
    `MATCH (t:Actor)
     WHERE t.id <> $from${visible ? ` AND ${visible}` : ''}
       AND ($kinds IS NULL OR any(l IN labels(t) WHERE l IN $kinds))
       AND ($countries IS NULL OR t.country IN $countries)
       AND ($services IS NULL OR any(s IN t.services WHERE s IN $services))
     WITH t,
          CASE WHEN $regions IS NULL THEN [] ELSE COLLECT { MATCH (t)-[:BASED_IN]->(g:Region) WHERE g.id IN $regions RETURN g.name ORDER BY g.name } END AS basedIn,
          CASE WHEN $regions IS NULL THEN [] ELSE COLLECT { MATCH (t)-[:FUNDS|SUPPORTS|OFFERS]->()-[:TARGETS]->(g:Region) WHERE g.id IN $regions RETURN DISTINCT g.name ORDER BY g.name } END AS activeIn
     WHERE $regions IS NULL OR size(basedIn) + size(activeIn) > 0
     RETURN ${nodeProjection('t')} AS node, labels(t) AS labels, t.country AS country, t.services AS services, t.tags AS tags,
            t.sector AS sector, t.description AS description, basedIn, activeIn`,
    {
      from,
      kinds: wanted.kinds ?? null,
      countries: wanted.countries ?? null,
      services: wanted.services ?? null,
      regions: wanted.regions ?? null,
    },
  );
  return matchAll(rows, wanted, session.viewer);
}
