/**
 * The actor page's mini-graph: the actor in the middle, its neighbours on a ring, grouped by kind so
 * that like sits by like. Deterministic and instant (no layout run for a one-hop star). Pure.
 */
import { isActorKind } from '../kinds.js';
import { createGraph, mergeSubgraph, scopeMasked, type ExplorerGraph, type SubgraphAnswer } from './model.js';

const KIND_ORDER = [
  'Migrant',
  'Association',
  'Firm',
  'PublicAdministration',
  'Funder',
  'ReturnProject',
  'Opportunity',
  'Event',
  'Region',
];

/** Positions on a unit-radius ring, in kind order then name, the centre at (0, 0). */
export function ringPositions(
  centre: string,
  nodes: readonly { id: string; kind: string; name: string }[],
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>([[centre, { x: 0, y: 0 }]]);
  const ring = nodes
    .filter((n) => n.id !== centre)
    .sort(
      (a, b) =>
        (KIND_ORDER.indexOf(a.kind) >>> 0) - (KIND_ORDER.indexOf(b.kind) >>> 0) ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    );
  ring.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / ring.length - Math.PI / 2;
    out.set(n.id, { x: +Math.cos(angle).toFixed(6), y: +Math.sin(angle).toFixed(6) });
  });
  return out;
}

/** The mini-graph's model: only the ties that touch the actor, masked people scoped apart. */
export function miniGraph(centre: string, answer: SubgraphAnswer): ExplorerGraph {
  const scoped = scopeMasked(answer, 'mini');
  const star = { nodes: scoped.nodes, edges: scoped.edges.filter((e) => e.from === centre || e.to === centre) };
  const graph = createGraph();
  mergeSubgraph(graph, star);
  const positions = ringPositions(centre, star.nodes);
  graph.forEachNode((id) => graph.mergeNodeAttributes(id, positions.get(id) ?? { x: 0, y: 0 }));
  return graph;
}

/**
 * Whether a node has a page of its own to open: a visible actor. Graph answers name migrants who
 * consented to be public even to visitors who are not signed in, but the generated API gives such
 * visitors no migrant rows (docs/architecture.md#who-sees-what), so their pages would be empty: no link then.
 */
export function hasActorPage(node: { kind: string; masked: boolean }, signedIn = true): boolean {
  return isActorKind(node.kind) && !node.masked && (signedIn || node.kind !== 'Migrant');
}
