/**
 * The projection of the graph that analytics run on, as plain data, and its graphology form
 * (docs/analytics.md#the-projection). Pure: projection.ts reads it from Neo4j; tests build it by hand.
 *
 * Nodes and ties are kept sorted by id, and the graphology graph is built in that order, so that the
 * same graph always gives the same iteration order whatever order Neo4j returned it in: Louvain's
 * seeded moves and the sampled betweenness pivots then depend on the graph only, which is what makes
 * communities stable across runs and the answers below staff independent of hidden migrants (two
 * databases that differ only in them store the rest in another order).
 */
import { UndirectedGraph } from 'graphology';
import { MUTUAL_TIE_TYPES } from '../../../../schema/generated/model.js';

/** Weight of a tie whose confidence is unknown (as brokers counts it). */
export const UNKNOWN_CONFIDENCE = 0.5;

export interface ProjectedNode {
  readonly id: string;
  /** The node kind (Migrant, Association, …, Event, Opportunity, ReturnProject). */
  readonly kind: string;
  readonly country: string | null;
  /** Actors take part in brokerage; events, projects and opportunities only in the other metrics. */
  readonly actor: boolean;
}

export interface ProjectedTie {
  readonly from: string;
  readonly to: string;
  readonly type: string;
  /** The tie's confidence, or UNKNOWN_CONFIDENCE. */
  readonly weight: number;
}

export interface Projection {
  readonly nodes: readonly ProjectedNode[];
  readonly ties: readonly ProjectedTie[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The projection in its canonical order, ties whose ends are not nodes (or loops) left out. */
export function canonical(nodes: readonly ProjectedNode[], ties: readonly ProjectedTie[]): Projection {
  const sortedNodes = [...new Map(nodes.map((n) => [n.id, n])).values()].sort((a, b) => byText(a.id, b.id));
  const ids = new Set(sortedNodes.map((n) => n.id));
  const sortedTies = ties
    .filter((t) => t.from !== t.to && ids.has(t.from) && ids.has(t.to))
    .sort((a, b) => byText(a.from, b.from) || byText(a.to, b.to) || byText(a.type, b.type));
  return { nodes: sortedNodes, ties: sortedTies };
}

export type MetricsGraph = UndirectedGraph<{ kind: string; country: string | null }, { weight: number }>;

/**
 * One undirected edge per pair of tied nodes, weighted by the confidence of their strongest tie
 * (several ties between two actors say they are tied, not that they are tied more; brokers reads
 * them the same way).
 */
export function metricsGraph(projection: Projection): MetricsGraph {
  const graph: MetricsGraph = new UndirectedGraph();
  for (const n of projection.nodes) graph.addNode(n.id, { kind: n.kind, country: n.country });
  for (const t of projection.ties) {
    const edge = graph.edge(t.from, t.to);
    if (edge === undefined) graph.addEdge(t.from, t.to, { weight: t.weight });
    else if (graph.getEdgeAttribute(edge, 'weight') < t.weight) graph.setEdgeAttribute(edge, 'weight', t.weight);
  }
  return graph;
}

/** How a tie is read as directed arcs for brokerage (docs/analytics.md#brokerage-roles). */
export type Orientation = 'TIE_DIRECTION' | 'BOTH_WAYS';
export const ORIENTATIONS: readonly Orientation[] = ['TIE_DIRECTION', 'BOTH_WAYS'];

const MUTUAL: ReadonlySet<string> = new Set(MUTUAL_TIE_TYPES);

/**
 * The directed arcs between actors: TIE_DIRECTION follows each tie as stored (the mentor to the
 * mentee, the funder to the funded, the member to the association, the employer to the employee)
 * and a mutual type (PARTNERS_WITH) both ways; BOTH_WAYS reads every tie both ways. One arc per
 * ordered pair, sorted.
 */
export function actorArcs(projection: Projection, orientation: Orientation): Array<readonly [string, string]> {
  const actors = new Set(projection.nodes.filter((n) => n.actor).map((n) => n.id));
  const arcs = new Map<string, readonly [string, string]>();
  const add = (a: string, b: string) => arcs.set(`${a}\u0000${b}`, [a, b]);
  for (const t of projection.ties) {
    if (!actors.has(t.from) || !actors.has(t.to)) continue;
    add(t.from, t.to);
    if (orientation === 'BOTH_WAYS' || MUTUAL.has(t.type)) add(t.to, t.from);
  }
  return [...arcs.values()].sort((a, b) => byText(a[0], b[0]) || byText(a[1], b[1]));
}
