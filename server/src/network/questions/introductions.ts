/** `introductions`: who can introduce the asker to the actors they look for (network/introduction-search.ts). */
import { badInput } from '../../errors.js';
import { requireIds } from '../ids.js';
import { checkDate, checkId, checkIds, checkRange } from '../input.js';
import { findIntroductions } from '../introduction-search.js';
import type { Wanted } from '../match.js';
import { showPath } from '../path.js';
import { cachedQuestion } from '../question-cache.js';
import type { NetworkSession } from '../session.js';
import { Masker } from '../view.js';

export interface IntroductionsArgs {
  readonly from: string;
  readonly maxHops?: number | null;
  readonly limit?: number | null;
  readonly asOf?: unknown;
  readonly target: {
    readonly kinds?: readonly string[] | null;
    readonly countries?: readonly string[] | null;
    readonly regions?: readonly string[] | null;
    readonly services?: readonly string[] | null;
    readonly sector?: string | null;
  };
}

export const INTRODUCTIONS_MAX_HOPS = 4;

/** Checks the arguments of `introductions`; throws before any query. */
export function checkIntroductionsArgs(args: IntroductionsArgs) {
  const from = checkId('introductions', 'from', args.from);
  const maxHops = checkRange('introductions', 'maxHops', args.maxHops, 3, 1, INTRODUCTIONS_MAX_HOPS);
  const limit = checkRange('introductions', 'limit', args.limit, 10, 1, 50);
  const asOf = checkDate('introductions', 'asOf', args.asOf);
  const t = args.target;
  const wanted: Wanted = {
    ...(t.kinds?.length ? { kinds: [...new Set(t.kinds.map(String))] } : {}),
    ...(t.countries?.length ? { countries: [...new Set(t.countries.map(String))] } : {}),
    ...(t.regions?.length ? { regions: checkIds('introductions', 'target.regions', t.regions, 1, 20) } : {}),
    ...(t.services?.length ? { services: [...new Set(t.services.map(String))] } : {}),
    ...(t.sector && t.sector.trim() !== '' ? { sector: t.sector } : {}),
  };
  if (wanted.sector && wanted.sector.length > 100)
    throw badInput('introductions: "target.sector" must be at most 100 characters.', 'target.sector');
  if (Object.keys(wanted).length === 0) {
    throw badInput(
      'introductions: "target" must say what is wanted (kinds, countries, regions, services or sector).',
      'target',
    );
  }
  return { from, maxHops, limit, wanted, ...(asOf ? { asOf } : {}) };
}

export async function introductions(session: NetworkSession, args: IntroductionsArgs) {
  const question = checkIntroductionsArgs(args);
  await requireIds(session, 'introductions', [
    { argument: 'from', id: question.from, label: 'Actor' },
    ...(question.wanted.regions ?? []).map((id) => ({ argument: 'target.regions', id, label: 'Region' as const })),
  ]);
  // The ranking before masking, once per version of the graph and class of asker (network/question-cache.ts).
  const ranked = await cachedQuestion(session, 'introductions', question, () => findIntroductions(session, question));
  const masker = new Masker(session.viewer);
  return ranked.map(({ path, match, score }) => {
    const shown = showPath(path, masker);
    return {
      target: shown.nodes[shown.nodes.length - 1]!,
      path: shown,
      score,
      reasons: match.reasons,
      reasonParts: match.reasonParts,
    };
  });
}
