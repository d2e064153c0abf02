/** `networkMetrics`: centrality and community of every node of the graph, or of a part of it (docs/analytics.md). */
import { badInput } from '../../errors.js';
import { networkAnalytics, type NodeMetrics } from '../analytics/analytics.js';
import { currentNodes } from '../analytics/current-nodes.js';
import { checkScope, type ScopeInput } from '../analytics/scope.js';
import { checkIds, checkRange } from '../input.js';
import { round } from '../path.js';
import type { NetworkSession } from '../session.js';
import { Masker } from '../view.js';

export const METRICS = ['DEGREE', 'WEIGHTED_DEGREE', 'PAGE_RANK', 'BETWEENNESS'] as const;
export type Metric = (typeof METRICS)[number];

const VALUE: Record<Metric, (n: NodeMetrics) => number> = {
  DEGREE: (n) => n.degree,
  WEIGHTED_DEGREE: (n) => n.weightedDegree,
  PAGE_RANK: (n) => n.pageRank,
  BETWEENNESS: (n) => n.betweenness,
};

export interface NetworkMetricsArgs extends ScopeInput {
  readonly ids?: readonly string[] | null;
  readonly community?: string | null;
  readonly orderBy?: string | null;
  readonly limit?: number | null;
  readonly offset?: number | null;
}

/** Checks the arguments of `networkMetrics`; throws before any query. */
export function checkNetworkMetricsArgs(args: NetworkMetricsArgs, today: string) {
  const orderBy = (args.orderBy ?? 'PAGE_RANK') as Metric;
  if (!METRICS.includes(orderBy)) {
    throw badInput(`networkMetrics: "orderBy" must be one of ${METRICS.join(', ')} (got ${orderBy}).`, 'orderBy');
  }
  return {
    scope: checkScope('networkMetrics', args, today),
    ids: args.ids && args.ids.length > 0 ? checkIds('networkMetrics', 'ids', args.ids, 1, 1000) : undefined,
    community: args.community ?? undefined,
    orderBy,
    limit: checkRange('networkMetrics', 'limit', args.limit, 50, 1, 1000),
    offset: checkRange('networkMetrics', 'offset', args.offset, 0, 0, 1_000_000),
  };
}

/** Nodes ranked by one metric (ties by id), `rank` counting from 1 over the whole scope. */
export function ranked(nodes: readonly NodeMetrics[], orderBy: Metric): Array<NodeMetrics & { rank: number }> {
  const value = VALUE[orderBy];
  return [...nodes]
    .sort((a, b) => value(b) - value(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n, i) => ({ ...n, rank: i + 1 }));
}

export async function networkMetrics(session: NetworkSession, args: NetworkMetricsArgs) {
  const { scope, ids, community, orderBy, limit, offset } = checkNetworkMetricsArgs(args, session.today());
  const analytics = await networkAnalytics(session, scope);
  const wanted = ids ? new Set(ids) : undefined;
  const rows = ranked(analytics.nodes, orderBy).filter(
    (n) => (!wanted || wanted.has(n.id)) && (community === undefined || n.community === community),
  );
  const page = rows.slice(offset, offset + limit);
  // Ids asked about by name must be nameable (as for every question that starts from an id); a
  // ranking or a community lists everyone the viewer sees, masked where they may not be named.
  const now = await currentNodes(
    session,
    page.map((n) => n.id),
    wanted !== undefined,
  );
  const masker = new Masker(session.viewer);
  const nodes = page.flatMap((n) => {
    const raw = now.get(n.id);
    if (!raw) return [];
    const shown = masker.node(raw);
    return [
      {
        id: shown.id,
        name: shown.name,
        kind: shown.kind,
        country: shown.country,
        masked: shown.masked,
        rank: n.rank,
        degree: n.degree,
        weightedDegree: round(n.weightedDegree),
        pageRank: n.pageRank,
        betweenness: n.betweenness,
        community: n.community,
      },
    ];
  });
  return {
    asOf: scope.asOf,
    nodeCount: analytics.nodes.length,
    tieCount: analytics.tieCount,
    communityCount: analytics.communities.length,
    modularity: analytics.modularity,
    betweennessExact: analytics.betweenness.exact,
    betweennessPivots: analytics.betweenness.pivots,
    betweennessErrorBound: analytics.betweenness.errorBound,
    total: rows.length,
    nodes,
  };
}
