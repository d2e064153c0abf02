/**
 * Every metric of a projection (docs/analytics.md): the pure computation, without Neo4j, that the
 * analytics worker runs (worker.ts) and the unit tests call.
 */
import { centrality, type BetweennessEstimate } from './centrality.js';
import { communities } from './communities.js';
import { brokerageRoles, type BrokerageRoles } from './brokerage.js';
import { actorArcs, metricsGraph, type Orientation, type Projection } from './graph.js';

export interface NodeMetrics {
  readonly id: string;
  readonly kind: string;
  readonly country: string | null;
  readonly degree: number;
  readonly weightedDegree: number;
  readonly pageRank: number;
  readonly betweenness: number;
  readonly community: string;
}

export interface CommunitySummary {
  readonly id: string;
  /** Member ids, most central first. */
  readonly members: readonly string[];
  /** Members by kind and by country (no country: ''), most first. */
  readonly kinds: ReadonlyArray<{ name: string; count: number }>;
  readonly countries: ReadonlyArray<{ name: string; count: number }>;
  /** Ties (pairs of tied nodes) inside the community. */
  readonly internalTies: number;
}

export interface NetworkAnalytics {
  readonly nodes: readonly NodeMetrics[];
  /** Pairs of tied nodes (several ties between two nodes count once). */
  readonly tieCount: number;
  readonly betweenness: BetweennessEstimate;
  readonly modularity: number;
  readonly communities: readonly CommunitySummary[];
  /** Milliseconds per phase (benchmarks). */
  readonly timings: Readonly<Record<string, number>>;
}

const counted = (values: Iterable<string>) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
};

/** Every metric of `projection` (pure; the cache below remembers it). */
export function computeAnalytics(
  projection: Projection,
  options: Parameters<typeof centrality>[1] = {},
): NetworkAnalytics {
  const timings: Record<string, number> = {};
  const timed = <T>(name: string, f: () => T): T => {
    const start = performance.now();
    const value = f();
    timings[name] = performance.now() - start;
    return value;
  };
  const graph = timed('graph', () => metricsGraph(projection));
  const c = timed('centrality', () => centrality(graph, options));
  const parts = timed('communities', () => communities(graph, c.pageRank));
  const nodes = c.ids.map((id, i) => ({
    id,
    kind: graph.getNodeAttribute(id, 'kind'),
    country: graph.getNodeAttribute(id, 'country'),
    degree: c.degree[i]!,
    weightedDegree: c.weightedDegree[i]!,
    pageRank: c.pageRank[i]!,
    betweenness: c.betweenness[i]!,
    community: parts.of[i]!,
  }));
  const at = new Map(c.ids.map((id, i) => [id, i]));
  const internal = new Map<string, number>();
  graph.forEachEdge((_e, _a, source, target) => {
    const community = parts.of[at.get(source)!]!;
    if (community === parts.of[at.get(target)!]) internal.set(community, (internal.get(community) ?? 0) + 1);
  });
  const summaries = parts.list.map((p) => ({
    id: p.id,
    members: p.members.map((m) => c.ids[m]!),
    kinds: counted(p.members.map((m) => nodes[m]!.kind)),
    countries: counted(p.members.map((m) => nodes[m]!.country ?? '')),
    internalTies: internal.get(p.id) ?? 0,
  }));
  return {
    nodes,
    tieCount: graph.size,
    betweenness: c.betweennessEstimate,
    modularity: parts.modularity,
    communities: summaries,
    timings,
  };
}

/** A job of the analytics worker (off-thread.ts): every metric, or the brokerage roles by an orientation. */
export type Job =
  | { readonly task: 'analytics'; readonly projection: Projection }
  | { readonly task: 'brokerage'; readonly projection: Projection; readonly orientation: Orientation };

/** Runs a job where it is called: in the worker, or inline for a small projection. */
export function runJob(job: Job): NetworkAnalytics | ReadonlyMap<string, BrokerageRoles> {
  if (job.task === 'analytics') return computeAnalytics(job.projection);
  return brokerageRoles(
    job.projection.nodes.filter((n) => n.actor),
    actorArcs(job.projection, job.orientation),
  );
}
