/**
 * Degree, weighted degree, PageRank and betweenness of every node of a metrics graph
 * (docs/analytics.md#centrality). Pure and deterministic: the same graph gives the same numbers.
 */
import { createRequire } from 'node:module';
import { mulberry32 } from '../../../../seeds/generator/prng.js';
import type { MetricsGraph } from './graph.js';

// A CommonJS module whose types declare an ES default export: required, it is the function its types describe.
const pagerank = createRequire(import.meta.url)(
  'graphology-metrics/centrality/pagerank',
) as typeof import('graphology-metrics/centrality/pagerank.js').default;

/** PageRank's damping factor (the probability of following a tie rather than jumping anywhere). */
export const PAGERANK_ALPHA = 0.85;
/** The weight PageRank gives a tie of confidence 0. */
export const MIN_PAGERANK_WEIGHT = 0.001;
/** Up to this many nodes betweenness is exact (one search from every node); above, it is sampled. */
export const EXACT_BETWEENNESS_NODES = 2_000;
/** Sources sampled above EXACT_BETWEENNESS_NODES. */
export const BETWEENNESS_PIVOTS = 500;
/** The error bound below holds for every node at once with probability 1 − this. */
export const BETWEENNESS_FAILURE_PROBABILITY = 0.05;
/** The seed of the pivots' choice: the same graph samples the same pivots. */
export const BETWEENNESS_SEED = 17;

export interface Centrality {
  /** In the graph's node order. */
  readonly ids: readonly string[];
  readonly degree: Int32Array;
  readonly weightedDegree: Float64Array;
  readonly pageRank: Float64Array;
  /** Normalised to [0, 1]: the share of shortest paths between other nodes that pass through it. */
  readonly betweenness: Float64Array;
  readonly betweennessEstimate: BetweennessEstimate;
}

export interface BetweennessEstimate {
  /** Sources searched (all nodes when exact). */
  readonly pivots: number;
  readonly exact: boolean;
  /** With probability ≥ 1 − BETWEENNESS_FAILURE_PROBABILITY every node's estimate is within this of its exact value (0 when exact). */
  readonly errorBound: number;
}

/** Neighbours as compressed rows over node indices (the graph's order). */
interface Adjacency {
  readonly starts: Int32Array;
  readonly neighbours: Int32Array;
}

function adjacency(graph: MetricsGraph, index: ReadonlyMap<string, number>): Adjacency {
  const n = graph.order;
  const starts = new Int32Array(n + 1);
  const neighbours = new Int32Array(graph.size * 2);
  let at = 0;
  let i = 0;
  graph.forEachNode((node) => {
    starts[i] = at;
    graph.forEachNeighbor(node, (other) => (neighbours[at++] = index.get(other)!));
    i++;
  });
  starts[n] = at;
  return { starts, neighbours };
}

/**
 * The error bound of sampled betweenness (Brandes & Pich 2007, with Hoeffding's inequality): each
 * pivot s contributes δ_s(v) / (n − 2) ∈ [0, 1], whose mean over all sources is the normalised
 * betweenness × (n − 1) / n; with k pivots drawn without replacement the mean of k contributions is
 * off by more than ε with probability at most 2·exp(−2kε²), and a union bound over the n nodes
 * gives ε = √(ln(2n/p) / 2k), scaled back by n / (n − 1).
 */
export function betweennessErrorBound(n: number, pivots: number, p = BETWEENNESS_FAILURE_PROBABILITY): number {
  if (pivots >= n || n < 3) return 0;
  return (Math.sqrt(Math.log((2 * n) / p) / (2 * pivots)) * n) / (n - 1);
}

/**
 * Brandes' algorithm on the unweighted graph (a path's length is its number of hops; confidence
 * weights only the degree and PageRank), from every node or from `pivots` nodes chosen by a seeded
 * draw, rescaled by n / pivots. Normalised as NetworkX does for undirected graphs: the sum over
 * ordered pairs (s, t) divided by (n − 1)(n − 2).
 */
export function betweenness(
  graph: MetricsGraph,
  options: { exactUpTo?: number; pivots?: number; seed?: number } = {},
): { values: Float64Array; estimate: BetweennessEstimate } {
  const n = graph.order;
  const index = new Map(graph.nodes().map((id, i) => [id, i]));
  const { starts, neighbours } = adjacency(graph, index);
  const exact = n <= (options.exactUpTo ?? EXACT_BETWEENNESS_NODES);
  const k = exact ? n : Math.min(n, options.pivots ?? BETWEENNESS_PIVOTS);
  const sources = exact
    ? Int32Array.from({ length: n }, (_, i) => i)
    : samplePivots(n, k, options.seed ?? BETWEENNESS_SEED);
  const raw = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (const s of sources) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          order[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    // Dependencies, farthest nodes first: each predecessor v of w takes σ_v/σ_w of w's share.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      for (let j = starts[w]!; j < starts[w + 1]!; j++) {
        const v = neighbours[j]!;
        if (dist[v] === dist[w]! - 1) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      raw[w]! += delta[w]!;
    }
  }
  const scale = n > 2 ? n / k / ((n - 1) * (n - 2)) : 0;
  for (let i = 0; i < n; i++) raw[i]! *= scale;
  return { values: raw, estimate: { pivots: k, exact, errorBound: exact ? 0 : betweennessErrorBound(n, k) } };
}

/** k distinct node indices drawn uniformly by a seeded partial Fisher–Yates shuffle. */
function samplePivots(n: number, k: number, seed: number): Int32Array {
  const rand = mulberry32(seed);
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

/** Every centrality of every node. */
export function centrality(graph: MetricsGraph, options: Parameters<typeof betweenness>[1] = {}): Centrality {
  const ids = graph.nodes();
  const degree = Int32Array.from(ids, (id) => graph.degree(id));
  const weightedDegree = Float64Array.from(ids, (id) => {
    let sum = 0;
    graph.forEachEdge(id, (_e, attributes) => (sum += attributes.weight));
    return sum;
  });
  // A tie of confidence 0 still walks a little: with weight 0 a node whose ties are all 0 would
  // divide by 0 and poison every rank.
  const ranks =
    graph.order === 0
      ? {}
      : pagerank(graph, {
          getEdgeWeight: (_edge, attributes) => Math.max(attributes.weight, MIN_PAGERANK_WEIGHT),
          alpha: PAGERANK_ALPHA,
          maxIterations: 1000,
          tolerance: 1e-10,
        });
  const pageRank = Float64Array.from(ids, (id) => ranks[id] ?? 0);
  const { values, estimate } = betweenness(graph, options);
  return { ids, degree, weightedDegree, pageRank, betweenness: values, betweennessEstimate: estimate };
}
