/**
 * What the canvas draws of the graph it holds. The canvas holds the server's answer for its
 * actors (every tie among its nodes, fetched with only what changes the answer: the date and any
 * geographic tie types); the filters on kinds, countries, tie types and confidence, and whether
 * events are shown, are applied here, on the client, so that a filter redraws at once, asks the
 * server nothing and moves no node. The rules mirror the server's GraphFilter
 * (server/src/network/input.ts): the actors asked for are always allowed, a node without a
 * country passes a country filter, a tie without a confidence fails a confidence filter
 * (docs/architecture.md#the-canvas).
 */
import { GEOGRAPHIC_TIE_TYPES } from '../../../../schema/generated/model.js';
import { MET_AT } from './tie-colours.js';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './model.js';

export interface CanvasFilter {
  /** Node kinds drawn (empty: all). */
  kinds: readonly string[];
  /** Tie types drawn (empty: all held); `MET_AT` follows `ATTENDED`. */
  types: readonly string[];
  countries: readonly string[];
  /** Ties at least this certain (null: any). */
  minConfidence: number | null;
  /** Event nodes and attendance drawn, instead of the derived met-at ties. */
  showEvents: boolean;
}

export interface DrawContext {
  /** Always drawn whatever the filters: the actors expanded and the nodes of the path shown. */
  anchors: ReadonlySet<string>;
  /** Hidden by hand. */
  hidden: ReadonlySet<string>;
}

export interface Drawn {
  nodes: Set<string>;
  edges: Set<string>;
}

export function nodePasses(a: Pick<NodeAttributes, 'kind' | 'country'>, filter: CanvasFilter): boolean {
  if (a.kind === 'Event' && !filter.showEvents) return false;
  if (filter.kinds.length > 0 && !filter.kinds.includes(a.kind)) return false;
  if (filter.countries.length > 0 && a.country !== null && !filter.countries.includes(a.country)) return false;
  return true;
}

export function tiePasses(a: Pick<EdgeAttributes, 'rel' | 'confidence' | 'derived'>, filter: CanvasFilter): boolean {
  if (a.derived) {
    // One picture of attendance at a time: met-at ties while events are hidden, events otherwise.
    return !filter.showEvents && (filter.types.length === 0 || filter.types.includes('ATTENDED'));
  }
  if (filter.types.length > 0 && !filter.types.includes(a.rel)) return false;
  if (filter.minConfidence !== null && (a.confidence === null || a.confidence < filter.minConfidence)) return false;
  return true;
}

/**
 * The nodes and ties drawn: a tie when it passes and both its ends may be drawn; a node when it
 * passes (or is an anchor) and, unless it is an anchor, keeps at least one drawn tie (as the
 * server would not have reached it through filtered-out ties).
 */
export function drawnOf(graph: ExplorerGraph, filter: CanvasFilter, context: DrawContext): Drawn {
  const candidate = new Set<string>();
  graph.forEachNode((id, a) => {
    if (context.hidden.has(id)) return;
    if (context.anchors.has(id) || nodePasses(a, filter)) candidate.add(id);
  });
  const edges = new Set<string>();
  const tied = new Set<string>();
  graph.forEachEdge((key, a, from, to) => {
    if (!candidate.has(from) || !candidate.has(to) || !tiePasses(a, filter)) return;
    edges.add(key);
    tied.add(from);
    tied.add(to);
  });
  const nodes = new Set<string>();
  for (const id of candidate) if (context.anchors.has(id) || tied.has(id)) nodes.add(id);
  return { nodes, edges };
}

/** Writes the drawn state into the graph's `hidden` attributes (only where it changes). */
export function applyDrawn(graph: ExplorerGraph, drawn: Drawn): void {
  graph.forEachNode((id, a) => {
    const hidden = !drawn.nodes.has(id);
    if (!!a.hidden !== hidden) graph.setNodeAttribute(id, 'hidden', hidden);
  });
  graph.forEachEdge((key, a) => {
    const hidden = !drawn.edges.has(key);
    if (!!a.hidden !== hidden) graph.setEdgeAttribute(key, 'hidden', hidden);
  });
}

export interface OptionCounts {
  kinds: Record<string, number>;
  types: Record<string, number>;
  countries: Record<string, number>;
}

/** How many held nodes of each kind and country, and held ties of each type, an option covers. */
export function optionCounts(graph: ExplorerGraph, hidden: ReadonlySet<string> = new Set()): OptionCounts {
  const counts: OptionCounts = { kinds: {}, types: {}, countries: {} };
  const add = (table: Record<string, number>, key: string) => (table[key] = (table[key] ?? 0) + 1);
  graph.forEachNode((id, a) => {
    if (hidden.has(id)) return;
    add(counts.kinds, a.kind);
    if (a.country) add(counts.countries, a.country);
  });
  graph.forEachEdge((_key, a, from, to) => {
    if (hidden.has(from) || hidden.has(to)) return;
    add(counts.types, a.derived ? MET_AT : a.rel);
  });
  return counts;
}

/** The ties of one node that are drawn (the details panel's "on the canvas"). */
export function drawnTies(graph: ExplorerGraph, id: string): number {
  if (!graph.hasNode(id)) return 0;
  let n = 0;
  graph.forEachEdge(id, (_key, a) => {
    if (!a.hidden && !a.derived) n++;
  });
  return n;
}

const GEOGRAPHIC = new Set<string>(GEOGRAPHIC_TIE_TYPES);

/**
 * The geographic tie types a filter names: the only part of the tie filter the server must know,
 * since the held graph leaves geographic ties out unless they are asked for.
 */
export function geographicTypes(types: readonly string[]): string[] {
  return types.filter((t) => GEOGRAPHIC.has(t)).sort();
}

/** Whether any client filter is active (the details panel then shows the filtered count). */
export function filterActive(filter: CanvasFilter): boolean {
  return (
    filter.kinds.length > 0 || filter.types.length > 0 || filter.countries.length > 0 || filter.minConfidence !== null
  );
}
