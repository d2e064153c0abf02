/**
 * The actors an `introductions` question asks for: one Cypher read of the structured criteria
 * (kinds, countries, services, regions), then matchActor for the sector (accent-folded) and the
 * match quality.
 */
import type { ReadScope } from './session.js';
import { read, unsplit } from './db.js';
import { ACTOR_KINDS } from './input.js';
import type { MatchedActor } from './introduction-ranking.js';
import { matchActor, type Candidate, type Wanted } from './match.js';
import type { Viewer } from './viewer.js';
import { nodeActivePredicate, tieActivePredicate, tieWindowPredicate } from './time.js';
import { visibleNodePredicate } from './visibility.js';
import { kindOf, nodeProjection, type RawNode } from './view.js';

/** Actors other than the asker that match what is wanted, by id. */
export async function matchingActors(
  session: ReadScope,
  from: string,
  wanted: Wanted,
  asOf?: string,
): Promise<Map<string, MatchedActor>> {
  const rows = await read<Candidate & { node: RawNode }>(session, candidateQuery(wanted, session.viewer, asOf), {
    from,
    asOf: asOf ?? null,
    countries: wanted.countries ?? null,
    services: wanted.services ?? null,
    regions: wanted.regions ?? null,
  });
  // Region names sorted here: the aggregation collects them in the order it meets them.
  return matchAll(
    rows.map((c) => ({ ...c, basedIn: [...c.basedIn].sort(), activeIn: [...c.activeIn].sort() })),
    wanted,
    session.viewer,
  );
}

/**
 * The candidates that match, among those the asker may be introduced to: never a migrant the
 * asker may not name. Listed as masked targets, they would let a filter on region, sector or
 * services reveal where a person who did not consent lives or what they do, placed in the graph
 * by the path beside it.
 */
export function matchAll(
  rows: ReadonlyArray<Candidate & { node: RawNode }>,
  wanted: Wanted,
  viewer: Viewer,
): Map<string, MatchedActor> {
  const matches = new Map<string, MatchedActor>();
  for (const c of rows) {
    if (kindOf(c.node.labels) === 'Migrant' && !viewer.mayNameMigrant(c.node.consent)) continue;
    const m = matchActor(c, wanted);
    if (m) matches.set(c.node.id, { node: c.node, ...m });
  }
  return matches;
}

/**
 * The candidates' Cypher, written for what is asked (each shape's plan is cached). Measured at
 * 100,000 actors (docs/benchmarks.md, "introductions"): the wanted kinds are a label expression,
 * so only those actors are read (the 3,000 funders rather than all 100,000 actors, 92 → 39 ms);
 * with regions it starts from the regions and walks back to the actors based in them or that
 * fund, support or offer something targeting them, instead of walking every candidate's ties
 * forwards (funders fund dozens of projects each: 257 → 47 ms). Only the criteria asked for are
 * written, so none is an `$x IS NULL OR …` that would keep the planner from an index.
 */
export function candidateQuery(wanted: Wanted, viewer: Viewer, asOf?: string): string {
  // Kinds are GraphQL enum values; checked again here because they are written into the query.
  const kinds = wanted.kinds ?? [];
  const unknown = kinds.find((k) => !(ACTOR_KINDS as readonly string[]).includes(k));
  if (unknown !== undefined) throw new Error(`introductions: "${unknown}" is not an actor kind`);
  const t = `t:${kinds.length > 0 ? kinds.join('|') : 'Actor'}`;
  const visible = visibleNodePredicate(viewer, 't');
  const asked = [
    't.id <> $from',
    ...(wanted.countries ? ['t.country IN $countries'] : []),
    ...(wanted.services ? ['any(s IN t.services WHERE s IN $services)'] : []),
  ];
  const guarded = [
    // A migrant hidden from the asker is no candidate (docs/privacy.md); one who may not be named
    // is dropped in matchAll.
    ...(visible ? [visible] : []),
    // On asOf, only actors active that day (network/time.ts), placed by the ties active that day.
    ...(asOf ? [nodeActivePredicate('t')] : []),
  ];
  const criteria = [asked[0], ...guarded, ...asked.slice(1)].join(' AND ');
  const fields = `${nodeProjection('t')} AS node, labels(t) AS labels, t.country AS country, t.services AS services, t.tags AS tags,
            t.sector AS sector, t.description AS description`;
  if (!wanted.regions) {
    // The visibility and the rule of time after what was asked, in one CASE: as plain conjuncts
    // their ORs made two scans of every candidate (network/db.ts unsplit).
    const where = guarded.length > 0 ? unsplit(asked.join(' AND '), guarded.join(' AND ')) : criteria;
    return `MATCH (${t}) WHERE ${where}
     RETURN ${fields}, [] AS basedIn, [] AS activeIn`;
  }
  return `MATCH (g:Region) WHERE g.id IN $regions
     CALL (g) {
       ${
         asOf
           ? `MATCH (g)<-[b:BASED_IN]-(${t}) WHERE ${tieWindowPredicate('b')} RETURN t, true AS based
       UNION
       MATCH (g)<-[tg:TARGETS]-(w)<-[r:FUNDS|SUPPORTS|OFFERS]-(${t}) WHERE ${tieWindowPredicate('tg')} AND ${tieActivePredicate('r', 't', 'w')} RETURN t, false AS based`
           : `MATCH (g)<-[:BASED_IN]-(${t}) RETURN t, true AS based
       UNION
       MATCH (g)<-[:TARGETS]-()<-[:FUNDS|SUPPORTS|OFFERS]-(${t}) RETURN t, false AS based`
       }
     }
     WITH t, collect(CASE WHEN based THEN g.name END) AS basedIn, collect(CASE WHEN NOT based THEN g.name END) AS activeIn
     WHERE ${criteria}
     RETURN ${fields}, basedIn, activeIn`;
}
