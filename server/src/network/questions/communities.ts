/** `communities`: the Louvain communities of the graph or of a part of it, largest first (docs/analytics.md#communities). */
import { networkAnalytics } from '../analytics/analytics.js';
import { currentNodes } from '../analytics/current-nodes.js';
import { checkScope, type ScopeInput } from '../analytics/scope.js';
import { checkRange } from '../input.js';
import type { NetworkSession } from '../session.js';
import { Masker } from '../view.js';

export interface CommunitiesArgs extends ScopeInput {
  readonly limit?: number | null;
  readonly membersLimit?: number | null;
  readonly minSize?: number | null;
}

/** Checks the arguments of `communities`; throws before any query. */
export function checkCommunitiesArgs(args: CommunitiesArgs, today: string) {
  return {
    scope: checkScope('communities', args, today),
    limit: checkRange('communities', 'limit', args.limit, 20, 1, 500),
    membersLimit: checkRange('communities', 'membersLimit', args.membersLimit, 20, 0, 500),
    minSize: checkRange('communities', 'minSize', args.minSize, 2, 1, 1_000_000),
  };
}

export async function communities(session: NetworkSession, args: CommunitiesArgs) {
  const { scope, limit, membersLimit, minSize } = checkCommunitiesArgs(args, session.today());
  const analytics = await networkAnalytics(session, scope);
  const chosen = analytics.communities.filter((c) => c.members.length >= minSize).slice(0, limit);
  const now = await currentNodes(
    session,
    chosen.flatMap((c) => c.members.slice(0, membersLimit)),
  );
  // One masker for the whole answer: a masked member keeps one placeholder throughout.
  const masker = new Masker(session.viewer);
  return chosen.map((c) => ({
    id: c.id,
    size: c.members.length,
    internalTies: c.internalTies,
    kinds: c.kinds.map((k) => ({ name: k.name, count: k.count })),
    countries: c.countries.map((k) => ({ name: k.name || 'unknown', count: k.count })),
    members: c.members
      .slice(0, membersLimit)
      .flatMap((id) => {
        const raw = now.get(id);
        return raw ? [masker.node(raw)] : [];
      })
      .map((m) => ({ id: m.id, name: m.name, kind: m.kind, country: m.country, masked: m.masked })),
  }));
}
