import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import type { QueryIntroductionsArgs, QueryResolvers } from '../__generated__/resolvers.js';
import { requireNodes } from '../graph/db.js';
import { checkId, checkIds, checkRange } from '../graph/input.js';
import { findIntroductions } from '../graph/introduction-search.js';
import type { Wanted } from '../graph/match.js';
import { showPath } from '../graph/path.js';
import { Masker } from '../graph/view.js';

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
  const question = checkIntroductionsArgs(args);
  await requireNodes(context, 'introductions', [{ argument: 'from', id: question.from }], 'Actor');
  const ranked = await findIntroductions(context, question);
  const masker = new Masker(context.viewer);
  return ranked.map(({ path, match, score }) => {
    const shown = showPath(path, masker);
    return { target: shown.nodes[shown.nodes.length - 1]!, path: shown, score, reasons: match.reasons, reasonParts: match.reasonParts };
  });
};
