import type { Reason } from '../../explain/reason.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import type { QueryIntroductionsArgs, QueryResolvers } from '../__generated__/resolvers.js';
import { read, requireNodes, today } from '../graph/db.js';
import { findPathsToMany } from '../graph/find-paths.js';
import { checkFilter, checkId, checkIds, checkRange } from '../graph/input.js';
import { matchActor, type Candidate, type Wanted } from '../graph/match.js';
import { rankPaths, round, showPath } from '../graph/path.js';
import { Masker, nodeProjection, type RawNode } from '../graph/view.js';

export const INTRODUCTIONS_MAX_HOPS = 4;

/** Checks the arguments of `introductions`; throws before any query. */
export function checkIntroductionsArgs(args: QueryIntroductionsArgs) {
  const from = checkId('introductions', 'from', args.from);
  const maxHops = checkRange('introductions', 'maxHops', args.maxHops, 3, 1, INTRODUCTIONS_MAX_HOPS);
  const limit = checkRange('introductions', 'limit', args.limit, 10, 1, 50);
  const t = args.target;
  const wanted: Wanted = {
    ...(t.kinds?.length ? { kinds: [...new Set(t.kinds.map(String))] } : {}),
    ...(t.countries?.length ? { countries: [...new Set(t.countries.map(String))] } : {}),
    ...(t.regions?.length ? { regions: checkIds('introductions', 'target.regions', t.regions, 1, 20) } : {}),
    ...(t.services?.length ? { services: [...new Set(t.services.map(String))] } : {}),
    ...(t.sector && t.sector.trim() !== '' ? { sector: t.sector } : {}),
  };
  if (wanted.sector && wanted.sector.length > 100) throw userError('introductions: "target.sector" must be at most 100 characters.', 'target.sector');
  if (Object.keys(wanted).length === 0) {
    throw userError('introductions: "target" must say what is wanted (kinds, countries, regions, services or sector).', 'target');
  }
  return { from, maxHops, limit, wanted };
}

export const introductions: QueryResolvers<PonteContext>['introductions'] = async (_parent, args, context) => {
  const { from, maxHops, limit, wanted } = checkIntroductionsArgs(args);
  await requireNodes(context, 'introductions', [{ argument: 'from', id: from }], 'Actor');
  // Actors that match the structured criteria; the sector (accent-folded) is checked in matchActor.
  const candidates = await read<Candidate & { node: RawNode }>(
    context,
    `MATCH (t:Actor)
     WHERE t.id <> $from
       AND ($kinds IS NULL OR any(l IN labels(t) WHERE l IN $kinds))
       AND ($countries IS NULL OR t.country IN $countries)
       AND ($services IS NULL OR any(s IN t.services WHERE s IN $services))
     WITH t,
          CASE WHEN $regions IS NULL THEN [] ELSE COLLECT { MATCH (t)-[:BASED_IN]->(g:Region) WHERE g.id IN $regions RETURN g.name ORDER BY g.name } END AS basedIn,
          CASE WHEN $regions IS NULL THEN [] ELSE COLLECT { MATCH (t)-[:FUNDS|SUPPORTS|OFFERS]->()-[:TARGETS]->(g:Region) WHERE g.id IN $regions RETURN DISTINCT g.name ORDER BY g.name } END AS activeIn
     WHERE $regions IS NULL OR size(basedIn) + size(activeIn) > 0
     RETURN ${nodeProjection('t')} AS node, labels(t) AS labels, t.country AS country, t.services AS services, t.tags AS tags,
            t.sector AS sector, t.description AS description, basedIn, activeIn`,
    { from, kinds: wanted.kinds ?? null, countries: wanted.countries ?? null, services: wanted.services ?? null, regions: wanted.regions ?? null },
  );
  const matches = new Map<string, { node: RawNode; quality: number; reasons: string[]; reasonParts: Reason[] }>();
  for (const c of candidates) {
    const m = matchActor(c, wanted);
    if (m) matches.set(c.node.id, { node: c.node, ...m });
  }
  if (matches.size === 0) return [];
  const paths = await findPathsToMany(context, { from, targets: [...matches.keys()], maxHops, filter: checkFilter('introductions', null, false) });
  const reference = today();
  // Score: 80% the path (hops first, then tie quality), 20% how well the actor matches.
  const ranked = paths
    .map((p) => {
      const [path] = rankPaths([p], reference, 1);
      if (!path) return undefined;
      const match = matches.get(p.nodes[p.nodes.length - 1]!.id)!;
      return { path, match, score: round(0.8 * path.score + 0.2 * match.quality) };
    })
    .filter((x): x is NonNullable<typeof x> => x !== undefined)
    .sort((a, b) => b.score - a.score || a.path.ties.length - b.path.ties.length || (a.match.node.id < b.match.node.id ? -1 : 1))
    .slice(0, limit);
  const masker = new Masker(context.viewer);
  return ranked.map(({ path, match, score }) => {
    const shown = showPath(path, masker);
    return { target: shown.nodes[shown.nodes.length - 1]!, path: shown, score, reasons: match.reasons, reasonParts: match.reasonParts };
  });
};
