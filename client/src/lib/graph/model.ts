/**
 * The explorer's graph model: answers of `neighbourhood` and `paths` merged into one graphology
 * graph, plus the pure styling rules the canvas applies. No DOM, no sigma: unit-tested.
 *
 * Sigma reads `type` on nodes and edges to choose a render program, so the relationship type is
 * kept in `rel` and the node kind in `kind`.
 */
import type { TieType } from '../../../../schema/generated/model.js';
import Graph from 'graphology';
import { kindStyle } from '../kinds.js';
import { kindImage } from './shapes.js';
import { tieColour } from './tie-colours.js';

export interface NodeAttributes {
  label: string;
  kind: string;
  country: string | null;
  city: string | null;
  masked: boolean;
  /** Ties in the whole graph (from the API), within the filter. */
  degree: number;
  x: number;
  y: number;
  size: number;
  color: string;
  /** The kind's pictogram (graph/shapes.ts), which the shape node program fills with `color`. */
  image: string;
  /** The node's lifetime by the rule of time (lib/graph/time.ts); null: open. */
  activeFrom?: string | null;
  activeTo?: string | null;
  /** Pinned: the layout does not move it. */
  fixed?: boolean;
  hidden?: boolean;
  community?: number;
}

export interface EdgeAttributes {
  rel: string;
  since: string | null;
  until: string | null;
  source: string | null;
  confidence: number | null;
  crossesBorder: boolean;
  size: number;
  color: string;
  /** Not drawn: hidden by hand, by a filter, or an event while events are hidden (graph/held-graph.ts). */
  hidden?: boolean;
  /** A derived met-at tie (graph/met-at.ts), not a stored one. */
  derived?: boolean;
  /** The events behind a met-at tie. */
  events?: string[];
}

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

/** A node as `neighbourhood` returns it (GraphNode). */
export interface SubgraphNode {
  id: string;
  name: string;
  kind: string;
  country?: string | null;
  city?: string | null;
  masked: boolean;
  degree: number;
  activeFrom?: string | null;
  activeTo?: string | null;
}

/** A tie as `neighbourhood` returns it (GraphEdge). */
export interface SubgraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  since?: string | null;
  until?: string | null;
  source?: string | null;
  confidence?: number | null;
  crossesBorder: boolean;
}

export interface SubgraphAnswer {
  nodes: readonly SubgraphNode[];
  edges: readonly SubgraphEdge[];
}

/** A path as `paths` returns it. */
export interface PathAnswer {
  nodes: readonly { id: string; name: string; kind: string; country?: string | null; masked: boolean }[];
  edges: readonly {
    type: string;
    from: string;
    to: string;
    since?: string | null;
    until?: string | null;
    source?: string | null;
    confidence?: number | null;
  }[];
}

// Tie types come from the SDL (schema/generated/model.ts); tables below are keyed by them.
export { TIE_TYPES as RELATIONSHIP_TYPES, PATH_TIE_TYPES } from '../../../../schema/generated/model.js';
export type RelationshipType = TieType;

/** The node kinds that are not actors (projects, opportunities, events, regions). */
const OTHER_KIND_COLOURS: Record<string, string> = {
  Region: '#8C8C8C',
  ReturnProject: '#CC79A7',
  Opportunity: '#F0E442',
  Event: '#6A3D9A',
};
export const OTHER_KINDS = Object.keys(OTHER_KIND_COLOURS);

/** Masked migrants are drawn pale grey, whatever else is asked. */
export const MASKED_COLOUR = '#BDBDBD';
export const DIMMED_COLOUR = '#E3E6EA';
export const HIGHLIGHT_EDGE_COLOUR = '#111111';

export function nodeColour(kind: string, masked: boolean): string {
  if (masked) return MASKED_COLOUR;
  return OTHER_KIND_COLOURS[kind] ?? kindStyle(kind).colour;
}

/** A tie's colour is its type's family's (graph/tie-colours.ts). */
export const edgeColour = tieColour;

const ACTOR_SIDES = new Set(['IT', 'MA']);

/** Whether a tie joins Italy and Morocco (its ends' countries, either way round). */
export function crossesBorder(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a !== b && ACTOR_SIDES.has(a) && ACTOR_SIDES.has(b);
}

/** Cross-border ties are drawn three times as thick as the others. */
export function edgeSize(crossesBorder: boolean): number {
  return crossesBorder ? 3.5 : 1.2;
}

/** Node size from a degree: grows with the square root, bounded so hubs don't cover the canvas. */
export function nodeSize(degree: number): number {
  return Math.min(4 + 2.2 * Math.sqrt(Math.max(0, degree)), 22);
}

export function edgeKey(type: string, from: string, to: string): string {
  return `${type}:${from}:${to}`;
}

export function createGraph(): ExplorerGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
}

/** A number in [0, 1) from a string: new nodes get a deterministic place near their neighbour. */
export function hashUnit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 100000) / 100000;
}

function placeNear(graph: ExplorerGraph, id: string, neighbours: readonly string[]): { x: number; y: number } {
  const known = neighbours.filter((n) => graph.hasNode(n));
  const angle = hashUnit(id) * Math.PI * 2;
  if (known.length === 0) {
    const radius = 10 + graph.order;
    return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  }
  let x = 0;
  let y = 0;
  for (const n of known) {
    x += graph.getNodeAttribute(n, 'x');
    y += graph.getNodeAttribute(n, 'y');
  }
  const radius = 3 + hashUnit(`${id}#r`) * 3;
  return { x: x / known.length + Math.cos(angle) * radius, y: y / known.length + Math.sin(angle) * radius };
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/** Adds a subgraph to the graph: new nodes near their neighbours, known nodes updated in place. */
export function mergeSubgraph(graph: ExplorerGraph, answer: SubgraphAnswer): MergeResult {
  const added: MergeResult = { addedNodes: [], addedEdges: [] };
  const neighbours = new Map<string, string[]>();
  for (const e of answer.edges) {
    (neighbours.get(e.from) ?? neighbours.set(e.from, []).get(e.from)!).push(e.to);
    (neighbours.get(e.to) ?? neighbours.set(e.to, []).get(e.to)!).push(e.from);
  }
  for (const n of answer.nodes) {
    const attributes = {
      label: n.name,
      kind: n.kind,
      country: n.country ?? null,
      city: n.city ?? null,
      masked: n.masked,
      degree: n.degree,
      size: nodeSize(n.degree),
      color: nodeColour(n.kind, n.masked),
      image: kindImage(n.kind),
      activeFrom: n.activeFrom ?? null,
      activeTo: n.activeTo ?? null,
    };
    if (graph.hasNode(n.id)) {
      graph.mergeNodeAttributes(n.id, attributes);
    } else {
      graph.addNode(n.id, { ...attributes, ...placeNear(graph, n.id, neighbours.get(n.id) ?? []) });
      added.addedNodes.push(n.id);
    }
  }
  for (const e of answer.edges) {
    if (graph.hasEdge(e.id) || !graph.hasNode(e.from) || !graph.hasNode(e.to) || e.from === e.to) continue;
    graph.addDirectedEdgeWithKey(e.id, e.from, e.to, {
      rel: e.type,
      since: e.since ?? null,
      until: e.until ?? null,
      source: e.source ?? null,
      confidence: e.confidence ?? null,
      crossesBorder: e.crossesBorder,
      size: edgeSize(e.crossesBorder),
      color: edgeColour(e.type),
    });
    added.addedEdges.push(e.id);
  }
  return added;
}

/** Turns a path into a subgraph (nodes keep what the canvas already knows about them). */
export function pathToSubgraph(graph: ExplorerGraph, path: PathAnswer): SubgraphAnswer {
  const country = new Map(path.nodes.map((n) => [n.id, n.country ?? null]));
  return {
    nodes: path.nodes.map((n) => ({
      id: n.id,
      name: n.name,
      kind: n.kind,
      country: n.country ?? null,
      city: graph.hasNode(n.id) ? graph.getNodeAttribute(n.id, 'city') : null,
      masked: n.masked,
      degree: graph.hasNode(n.id) ? graph.getNodeAttribute(n.id, 'degree') : 1,
      activeFrom: graph.hasNode(n.id) ? graph.getNodeAttribute(n.id, 'activeFrom') : null,
      activeTo: graph.hasNode(n.id) ? graph.getNodeAttribute(n.id, 'activeTo') : null,
    })),
    edges: path.edges.map((e) => {
      return {
        id: edgeKey(e.type, e.from, e.to),
        type: e.type,
        from: e.from,
        to: e.to,
        since: e.since ?? null,
        until: e.until ?? null,
        source: e.source ?? null,
        confidence: e.confidence ?? null,
        crossesBorder: crossesBorder(country.get(e.from), country.get(e.to)),
      };
    }),
  };
}

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export function pathHighlight(path: PathAnswer): Highlight {
  return {
    nodes: new Set(path.nodes.map((n) => n.id)),
    edges: new Set(path.edges.map((e) => edgeKey(e.type, e.from, e.to))),
  };
}

/**
 * Kind shapes cost frame rate where WebGL runs in software (docs/explorer-benchmark.md: about a
 * third of the frames of plain discs); past this many nodes, where shapes are too small to read
 * anyway, the canvas draws discs and kind is told by colour alone.
 */
export const SHAPES_UP_TO = 1000;

/** What the canvas shows for a node, given the highlight, selection and colouring mode. */
export function displayNode(
  id: string,
  attributes: NodeAttributes,
  options: {
    highlight?: Highlight | null;
    selected?: string | null;
    communityColours?: boolean;
    sizeBy?: 'degree' | 'canvas';
    canvasDegree?: number;
    discs?: boolean;
    /** What a masked person is called in the interface's language (the API's words are English). */
    maskedLabel?: string;
  },
): Partial<NodeAttributes> & { highlighted?: boolean; forceLabel?: boolean; zIndex?: number; type?: string } {
  const out: Partial<NodeAttributes> & { highlighted?: boolean; forceLabel?: boolean; zIndex?: number; type?: string } =
    { ...attributes };
  // sigma's own disc program, instead of the default shape program.
  if (options.discs) out.type = 'circle';
  if (options.sizeBy === 'canvas') out.size = nodeSize(options.canvasDegree ?? 0);
  if (options.communityColours && attributes.community !== undefined && !attributes.masked)
    out.color = communityColour(attributes.community);
  if (attributes.masked) out.label = options.maskedLabel ?? attributes.label;
  if (options.highlight && !options.highlight.nodes.has(id)) {
    out.color = DIMMED_COLOUR;
    out.label = '';
    out.zIndex = 0;
  } else if (options.highlight) {
    out.forceLabel = true;
    out.zIndex = 2;
  }
  if (options.selected === id) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 3;
  }
  return out;
}

export interface EdgeDisplayOptions {
  highlight?: Highlight | null;
  /** The tie's ends: its type is written when one is selected or hovered. */
  ends?: readonly [string, string];
  selected?: string | null;
  hoveredNode?: string | null;
  hoveredEdge?: string | null;
  /** The tie's words in the interface's language (its type; for met-at, the events). */
  label?: (attributes: EdgeAttributes) => string;
}

/**
 * What the canvas shows for a tie: dimmed off the path shown, and its type written along it on
 * hover, for the selected node's ties and always along the path.
 */
export function displayEdge(
  id: string,
  attributes: EdgeAttributes,
  options: EdgeDisplayOptions = {},
): Partial<EdgeAttributes> & { zIndex?: number; label?: string; forceLabel?: boolean } {
  const { highlight, ends, selected, hoveredNode, hoveredEdge, label } = options;
  const onPath = !!highlight?.edges.has(id);
  const named =
    onPath ||
    id === hoveredEdge ||
    (!!ends && ((!!selected && ends.includes(selected)) || (!!hoveredNode && ends.includes(hoveredNode))));
  const words = named && label ? { label: label(attributes), forceLabel: true } : {};
  if (!highlight) return named ? { ...attributes, ...words, zIndex: 1 } : attributes;
  if (onPath) return { ...attributes, ...words, color: HIGHLIGHT_EDGE_COLOUR, size: 5, zIndex: 2 };
  return { ...attributes, ...words, color: DIMMED_COLOUR, size: 0.8, zIndex: 0 };
}

/** Tol's "muted" scheme, colour-blind safe, cycled for Louvain communities. */
const COMMUNITY_COLOURS = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
  '#DDDDDD',
];
export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[Math.abs(community) % COMMUNITY_COLOURS.length]!;
}

/** Ties on the canvas that touch a node, for the details panel. */
export function tiesOf(
  graph: ExplorerGraph,
  id: string,
): { key: string; rel: string; other: string; otherLabel: string; outgoing: boolean; attributes: EdgeAttributes }[] {
  if (!graph.hasNode(id)) return [];
  const ties: ReturnType<typeof tiesOf> = [];
  graph.forEachEdge(id, (key, attributes, source, target) => {
    const outgoing = source === id;
    const other = outgoing ? target : source;
    ties.push({
      key,
      rel: attributes.rel,
      other,
      otherLabel: graph.getNodeAttribute(other, 'label'),
      outgoing,
      attributes,
    });
  });
  return ties.sort((a, b) => a.rel.localeCompare(b.rel) || a.otherLabel.localeCompare(b.otherLabel));
}

/**
 * Masked placeholders (`masked-1`) are stable within one answer only: two answers may both hold a
 * `masked-1` that are different people. Each answer's placeholders get the answer's own scope so
 * that merging never joins two hidden people into one node.
 */
export function scopeMasked(answer: SubgraphAnswer, scope: string): SubgraphAnswer {
  const masked = new Set(answer.nodes.filter((n) => n.masked).map((n) => n.id));
  if (masked.size === 0) return answer;
  const rename = (id: string) => (masked.has(id) ? `${id}@${scope}` : id);
  return {
    nodes: answer.nodes.map((n) => (masked.has(n.id) ? { ...n, id: rename(n.id) } : n)),
    edges: answer.edges.map((e) =>
      masked.has(e.from) || masked.has(e.to)
        ? { ...e, id: edgeKey(e.type, rename(e.from), rename(e.to)), from: rename(e.from), to: rename(e.to) }
        : e,
    ),
  };
}

export function scopeMaskedPath<P extends PathAnswer>(path: P, scope: string): P {
  const masked = new Set(path.nodes.filter((n) => n.masked).map((n) => n.id));
  if (masked.size === 0) return path;
  const rename = (id: string) => (masked.has(id) ? `${id}@${scope}` : id);
  return {
    ...path,
    nodes: path.nodes.map((n) => ({ ...n, id: rename(n.id) })),
    edges: path.edges.map((e) => ({ ...e, from: rename(e.from), to: rename(e.to) })),
  };
}
