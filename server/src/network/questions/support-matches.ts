/** `supportMatches`: who can provide what a return project needs, with the best path to each. */
import { englishReason } from '../../explain/english.js';
import { num, reason, services, texts, type Reason } from '../../explain/reason.js';
import { ENUMS } from '../../../../schema/generated/model.js';
import { badInput } from '../../errors.js';
import { int, read, unsplit } from '../db.js';
import { requireNodes } from '../ids.js';
import { findPathsToEach } from '../find-paths.js';
import { checkDate, checkFilter, checkId, checkRange } from '../input.js';
import { pathsByTarget, round, showPath } from '../path.js';
import { cachedQuestion } from '../question-cache.js';
import type { NetworkSession } from '../session.js';
import { lifetimeEnd, lifetimeStart, nodeActivePredicate, tieActivePredicate, tieWindowPredicate } from '../time.js';
import { dateText, Masker, nodeProjection, type RawNode } from '../view.js';
import type { Viewer } from '../viewer.js';
import { andVisible } from '../visibility.js';
import { MATCH_PATH_HOPS } from './opportunity-matches.js';

export interface SupportMatchesArgs {
  readonly projectId: string;
  readonly limit?: number | null;
  readonly asOf?: unknown;
}

/** Checks the arguments of `supportMatches`; throws before any query. */
export function checkSupportMatchesArgs(args: SupportMatchesArgs) {
  return {
    projectId: checkId('supportMatches', 'projectId', args.projectId),
    limit: checkRange('supportMatches', 'limit', args.limit, 10, 1, 50),
    asOf: checkDate('supportMatches', 'asOf', args.asOf),
  };
}

/** score = 0.7 × share of the project's needs the provider offers + 0.3 × place (1 based in a targeted region, 0.5 active there, 0 otherwise). */
export function supportScore(needs: number, met: number, basedIn: boolean, activeIn: boolean): number {
  return round(0.7 * (needs === 0 ? 0 : met / needs) + 0.3 * (basedIn ? 1 : activeIn ? 0.5 : 0));
}

/** Why a provider fits a project: the needs it meets, then where it is based or active among the targeted regions. */
export function supportReasons(r: {
  services: string[];
  needs: string[];
  basedIn: string[];
  activeIn: string[];
}): Reason[] {
  const parts = [
    reason('MEETS_NEEDS', { services: services(r.services), met: num(r.services.length), needs: num(r.needs.length) }),
  ];
  if (r.basedIn.length > 0) parts.push(reason('BASED_IN', { regions: texts(r.basedIn) }));
  else if (r.activeIn.length > 0) parts.push(reason('ACTIVE_IN', { regions: texts(r.activeIn) }));
  return parts;
}

/**
 * The day a project's support is matched on: `asOf`, which must fall within the project's lifetime
 * (a project is helped while it runs), or else today, brought within the project's lifetime (its
 * last day for a project that has ended, its first for one that has not begun).
 */
export function supportDay(
  asOf: string | undefined,
  today: string,
  lifetime: { from: string | null; to: string | null },
) {
  const { from, to } = lifetime;
  if (asOf !== undefined) {
    if ((from !== null && asOf < from) || (to !== null && asOf > to)) {
      throw badInput(
        `supportMatches: "asOf" (${asOf}) is outside the project's lifetime (${from ?? 'no known start'} to ${to ?? 'no known end'}); ask for a day within it.`,
        'asOf',
      );
    }
    return asOf;
  }
  if (to !== null && today > to) return to;
  if (from !== null && today < from) return from;
  return today;
}

export async function supportMatches(session: NetworkSession, args: SupportMatchesArgs) {
  const question = checkSupportMatchesArgs(args);
  await requireNodes(session, 'supportMatches', [{ argument: 'projectId', id: question.projectId }], 'ReturnProject');
  // The providers and their paths before masking, once per version of the graph and class of
  // asker (network/question-cache.ts).
  const { ranked, pathTo } = await cachedQuestion(session, 'supportMatches', question, () =>
    rankedProviders(session, question),
  );
  const masker = new Masker(session.viewer);
  return ranked.map((r) => {
    const path = pathTo.get(r.node.id);
    const shownPath = path ? showPath(path, masker) : null;
    const provider = shownPath
      ? shownPath.nodes[shownPath.nodes.length - 1]!
      : (({ city: _c, ...n }) => n)(masker.node(r.node));
    const reasonParts = supportReasons(r);
    return {
      provider,
      services: r.services,
      score: r.score,
      reasons: reasonParts.map(englishReason),
      reasonParts,
      path: shownPath,
    };
  });
}

/** The best `limit` providers of the project, ranked, with the best path to each (before masking). */
async function rankedProviders(
  session: NetworkSession,
  { projectId, limit, asOf }: ReturnType<typeof checkSupportMatchesArgs>,
) {
  const [lifetime] = await read<{ from: unknown; to: unknown }>(
    session,
    `MATCH (p:ReturnProject {id: $id}) RETURN ${lifetimeStart('p')} AS from, ${lifetimeEnd('p')} AS to`,
    { id: projectId },
  );
  // Everything is matched as of that day by the rule of time (network/time.ts): the regions the
  // project targeted, providers active on it and where they were based or active, the paths.
  const day = supportDay(asOf, session.today(), { from: dateText(lifetime!.from), to: dateText(lifetime!.to) });
  const ranked = await bestProviders(session, projectId, limit, day);
  const found =
    ranked.length === 0
      ? []
      : await findPathsToEach(session, {
          from: projectId,
          fromLabel: 'ReturnProject',
          targets: ranked.map((r) => r.node.id),
          maxHops: MATCH_PATH_HOPS,
          filter: checkFilter('supportMatches', { asOf: day }, false),
        });
  return { ranked, pathTo: pathsByTarget(found, day) };
}

/** The project's needs and the regions it targets on `$asOf`, as `p`, `needs` and `regions` (Cypher). */
const PROJECT_NEEDS = `MATCH (p:ReturnProject {id: $id})
     WITH p, coalesce(p.needs, []) AS needs, COLLECT { MATCH (p)-[t:TARGETS]->(g:Region) WHERE ${tieWindowPredicate('t')} RETURN g } AS regions`;

/** Cypher: the targeted regions (`regions`) provider `x` is based in on `$asOf`, by name. */
export const BASED_IN_TARGETED = `COLLECT { MATCH (x)-[b:BASED_IN]->(g:Region) WHERE g IN regions AND ${tieWindowPredicate('b')} RETURN g.name ORDER BY g.name }`;

/** Cypher: the targeted regions provider `x` is active in on `$asOf` (through what it funds, supports or offers), by name. */
export const ACTIVE_IN_TARGETED = `COLLECT { MATCH (x)-[r:FUNDS|SUPPORTS|OFFERS]->(w)-[t:TARGETS]->(g:Region)
                    WHERE g IN regions AND ${tieActivePredicate('r', 'x', 'w')} AND ${tieWindowPredicate('t')}
                    RETURN DISTINCT g.name ORDER BY g.name }`;

/** Cypher: provider `x` may be listed to the viewer (see bestProviders), or undefined when anyone may. */
function nameablePredicate(viewer: Viewer): { predicate?: string; named: string[] } {
  const consents = [...ENUMS.Consent];
  const named = consents.filter((c) => viewer.mayNameMigrant(c));
  if (named.length === consents.length && viewer.mayNameMigrant(null)) return { named };
  const unconsented = viewer.mayNameMigrant(null) ? ' OR x.consent IS NULL' : '';
  return { predicate: `(NOT x:Migrant${unconsented} OR x.consent IN $named)`, named };
}

/**
 * The best `limit` providers of the project on `day`: actors offering at least one of its needs,
 * ranked by supportScore, then id. The score takes few values (how many needs are met, and
 * whether the provider is based in, active in, or neither of the targeted regions), so the first
 * read groups every candidate into those classes and returns only the first `limit` ids of each;
 * the ranking over the classes picks the best `limit`, and only they are read in full. At 100,000
 * actors this reads the candidates' properties once instead of returning every one with its
 * regions (docs/graph-questions.md#the-slow-questions-at-100k-issue-18); the answer is the same as ranking
 * every candidate (test/integration/slow-questions.int.test.ts keeps that query as its reference).
 */
async function bestProviders(session: NetworkSession, projectId: string, limit: number, day: string) {
  // A provider is someone to contact: never a person the asker may not name (as a masked
  // provider, the services and regions beside it would tell what they do and where). Hidden
  // people are not even read (the visibility predicate), so they take no place in the ranking.
  const nameable = nameablePredicate(session.viewer);
  const rest = [nodeActivePredicate('x'), ...(nameable.predicate ? [nameable.predicate] : [])].join(' AND ');
  // One CASE, so that the planner cannot split the ORs of the rule of time into a union of two
  // scans of every actor (at 100k, 4× the time under PROFILE); the cheap test of services goes first.
  const candidate = unsplit('any(s IN x.services WHERE s IN needs)', andVisible(session.viewer, 'x', rest));
  // Ids ordered by Cypher's string order, which is JavaScript's for ids without astral characters.
  const classes = await read<{ needs: number; met: number; based: boolean; active: boolean; ids: string[] }>(
    session,
    `${PROJECT_NEEDS}
     MATCH (x:Actor) WHERE ${candidate}
     WITH needs, regions, x, size([s IN needs WHERE s IN x.services]) AS met,
          EXISTS { MATCH (x)-[b:BASED_IN]->(g:Region) WHERE g IN regions AND ${tieWindowPredicate('b')} } AS based
     WITH needs, met, based, x,
          CASE WHEN based THEN false ELSE EXISTS { MATCH (x)-[r:FUNDS|SUPPORTS|OFFERS]->(w)-[t:TARGETS]->(g:Region)
                    WHERE g IN regions AND ${tieActivePredicate('r', 'x', 'w')} AND ${tieWindowPredicate('t')} } END AS active
     WITH size(needs) AS needs, met, based, active, x.id AS id ORDER BY id
     RETURN needs, met, based, active, collect(id)[..$limit] AS ids`,
    { id: projectId, asOf: day, limit: int(limit), named: nameable.named },
  );
  const best = classes
    .flatMap((c) => c.ids.map((id) => ({ id, score: supportScore(Number(c.needs), Number(c.met), c.based, c.active) })))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
  if (best.length === 0) return [];
  const rows = await read<{
    node: RawNode;
    services: string[];
    basedIn: string[];
    activeIn: string[];
    needs: string[];
  }>(
    session,
    `${PROJECT_NEEDS}
     UNWIND $ids AS xid
     MATCH (x:Actor {id: xid})
     RETURN ${nodeProjection('x')} AS node, [s IN needs WHERE s IN x.services] AS services,
            ${BASED_IN_TARGETED} AS basedIn, ${ACTIVE_IN_TARGETED} AS activeIn, needs`,
    { id: projectId, asOf: day, ids: best.map((b) => b.id) },
  );
  const byId = new Map(rows.map((r) => [r.node.id, r]));
  return best.map(({ id }) => {
    const r = byId.get(id)!;
    return {
      ...r,
      score: supportScore(r.needs.length, r.services.length, r.basedIn.length > 0, r.activeIn.length > 0),
    };
  });
}
