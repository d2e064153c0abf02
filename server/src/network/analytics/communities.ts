/**
 * Communities by Louvain, seeded, with ids that survive recomputation
 * (docs/analytics.md#communities). Pure.
 */
import { createRequire } from 'node:module';
import { mulberry32 } from '../../../../seeds/generator/prng.js';
import type { MetricsGraph } from './graph.js';

// A CommonJS module whose types declare an ES default export: required, it is the function its types describe.
const louvain = createRequire(import.meta.url)(
  'graphology-communities-louvain',
) as typeof import('graphology-communities-louvain').default;

/** Louvain's seed: with the canonical node order (graph.ts), the same graph gives the same partition. */
export const LOUVAIN_SEED = 1989;

export interface Communities {
  /** Community id of each node, in the graph's node order. */
  readonly of: readonly string[];
  readonly modularity: number;
  /** Communities by size (largest first, then id). */
  readonly list: readonly CommunityOf[];
}

export interface CommunityOf {
  readonly id: string;
  /** Member indices, most central first (PageRank, then id). */
  readonly members: readonly number[];
  /** The member the community is named after (absent for a community of migrants only). */
  readonly centre: number | null;
}

/**
 * Louvain on the weighted graph. A community is named by the id of its most central member that is
 * not a migrant (highest PageRank, then smallest id), so the same group keeps its id when the graph
 * changes elsewhere, and the id never names a person, who may be masked for the asker. A community
 * of migrants only (rare: migrants tie to organisations) is `migrants-<n>`, numbered by size.
 */
export function communities(graph: MetricsGraph, pageRank: Float64Array): Communities {
  const ids = graph.nodes();
  if (ids.length === 0) return { of: [], modularity: 0, list: [] };
  const detailed = louvain.detailed(graph, {
    getEdgeWeight: 'weight',
    rng: mulberry32(LOUVAIN_SEED),
    randomWalk: true,
  });
  const groups = new Map<number, number[]>();
  ids.forEach((id, i) => {
    const c = detailed.communities[id]!;
    const members = groups.get(c) ?? [];
    members.push(i);
    groups.set(c, members);
  });
  const central = (a: number, b: number) => pageRank[b]! - pageRank[a]! || (ids[a]! < ids[b]! ? -1 : 1);
  const ranked = [...groups.values()].map((members) => {
    members.sort(central);
    const centre = members.find((m) => graph.getNodeAttribute(ids[m]!, 'kind') !== 'Migrant') ?? null;
    return { members, centre };
  });
  const bySize = (a: { members: number[]; id: string }, b: { members: number[]; id: string }) =>
    b.members.length - a.members.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const named = ranked
    .filter((c) => c.centre !== null)
    .map((c) => ({ ...c, id: ids[c.centre!]! }))
    .sort(bySize);
  const unnamed = ranked
    .filter((c) => c.centre === null)
    .sort((a, b) => b.members.length - a.members.length || central(a.members[0]!, b.members[0]!))
    .map((c, i) => ({ ...c, id: `migrants-${i + 1}` }));
  const list = [...named, ...unnamed].sort(bySize);
  const of: string[] = new Array<string>(ids.length);
  for (const c of list) for (const m of c.members) of[m] = c.id;
  return { of, modularity: detailed.modularity, list };
}
