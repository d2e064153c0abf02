import type { Client } from '@urql/core';
import type { SerializedGraph } from 'graphology-types';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Country, GraphFilter, NodeKind, TieType } from '../../gql/graphql.js';
import { NeighbourhoodQuery, TieCountQuery } from './GraphWorkspace.queries.js';
import {
  createGraph,
  hashUnit,
  mergeSubgraph,
  pathHighlight,
  pathToSubgraph,
  scopeMasked,
  scopeMaskedPath,
  type EdgeAttributes,
  type ExplorerGraph,
  type Highlight,
  type NodeAttributes,
  type PathAnswer,
  type SubgraphAnswer,
} from '../../lib/graph/model.js';
import {
  applyDrawn,
  drawnOf,
  drawnTies,
  filterActive,
  geographicTypes,
  type CanvasFilter,
} from '../../lib/graph/held-graph.js';
import { syncMetAt } from '../../lib/graph/met-at.js';
import { TimeFade } from '../../lib/graph/time-fade.js';
import { FAMILY_COLOURS } from '../../lib/graph/tie-colours.js';
import type { Route } from '../../lib/route.js';
import { router } from '../../lib/router.svelte.js';
import { PATH_TIE_TYPES } from '../../../../schema/generated/model.js';

interface Snapshot {
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  ids: string[];
  hidden: string[];
  pinned: string[];
  sel: string | null;
}

const UNDO_DEPTH = 30;
/** Neighbours fetched per actor on the canvas; the whole canvas at most NEIGHBOURHOOD_MAX. */
const LIMIT = 300;
const NEIGHBOURHOOD_MAX = 2000;

/**
 * What the server must know to answer for the canvas: the date, and geographic tie types when
 * named (they are left out otherwise). Kinds, countries, other tie types and confidence are drawn
 * filters, applied to the held graph (graph/held-graph.ts).
 */
function fetchFilter(route: Route): GraphFilter | null {
  const filter: GraphFilter = {};
  const geographic = geographicTypes(route.types);
  if (geographic.length) filter.relationshipTypes = [...PATH_TIE_TYPES, ...geographic] as TieType[];
  if (route.asOf) filter.asOf = route.asOf;
  return Object.keys(filter).length ? filter : null;
}

/** The whole GraphFilter of the route, as the server would apply it (the details' filtered count). */
export function serverFilter(route: Route): GraphFilter {
  const filter: GraphFilter = {};
  if (route.kinds.length) filter.kinds = route.kinds as NodeKind[];
  if (route.types.length) filter.relationshipTypes = route.types as TieType[];
  if (route.countries.length) filter.countries = route.countries as Country[];
  if (route.minConf !== null) filter.minConfidence = route.minConf / 100;
  if (route.asOf) filter.asOf = route.asOf;
  return filter;
}

export function canvasFilter(route: Route): CanvasFilter {
  return {
    kinds: route.kinds,
    types: route.types,
    countries: route.countries,
    minConfidence: route.minConf === null ? null : route.minConf / 100,
    showEvents: route.events,
  };
}

function loadKey(route: Pick<Route, 'ids' | 'types' | 'asOf'>): string {
  return JSON.stringify([route.ids, geographicTypes(route.types), route.asOf]);
}

/**
 * The canvas's data: one graphology graph holding the server's answer for the actors on the
 * canvas (`neighbourhood` of all of them at once, so the ties among every node it holds are there
 * whatever the order of expansions, and reloading the URL gives the same graph), the path shown,
 * the derived met-at ties, and what is drawn of it; with the undo stack and the request state.
 * The graph itself is not reactive (sigma listens to it); `version` ticks whenever it changes so
 * that panels re-read it.
 */
export class Workspace {
  readonly graph: ExplorerGraph = createGraph();
  version = $state(0);
  loading = $state(false);
  error = $state<string | null>(null);
  truncated = $state(false);
  highlight = $state<Highlight | null>(null);
  communities = $state(false);
  sizeBy = $state<'degree' | 'canvas'>('degree');
  undoDepth = $state(0);
  /** Ticks when nodes were added: the canvas lays them out (ForceAtlas2 or the chosen layout). */
  layoutRequest = $state(0);
  /** Nodes another panel leaves out of the drawing (network analytics' community filter). */
  #excluded: ReadonlySet<string> = new Set();
  /** The nodes the last change added; the force layout moves only them when older ones exist. */
  added: readonly string[] = [];
  /** The timeline's fade of what is not active in its years (the canvas draws through it). */
  readonly fade = new TimeFade();

  #client: Client;
  #loadedKey = loadKey({ ids: [], types: [], asOf: null });
  #undo: Snapshot[] = [];
  #ticket = 0;
  /** The path shown, scoped: merged again whenever the held graph is fetched anew. */
  #path: PathAnswer | null = null;
  /** Nodes held only because the path shown brought them: the next path removes them. */
  #pathNodes = new Set<string>();

  constructor(client: Client) {
    this.#client = client;
  }

  get route(): Route {
    return router.route;
  }

  #changed(added: readonly string[] = []): void {
    if (this.communities) this.#colourCommunities();
    this.version++;
    if (added.length > 0) {
      this.added = added;
      this.layoutRequest++;
    }
  }

  #snapshot(): void {
    const r = this.route;
    this.#undo.push({
      graph: this.graph.export(),
      ids: [...r.ids],
      hidden: [...r.hidden],
      pinned: [...r.pinned],
      sel: r.sel,
    });
    if (this.#undo.length > UNDO_DEPTH) this.#undo.shift();
    this.undoDepth = this.#undo.length;
  }

  async #fetch(ids: string[], route: Route) {
    const result = await this.#client
      .query(
        NeighbourhoodQuery,
        { ids, depth: 1, filter: fetchFilter(route), limit: Math.min(NEIGHBOURHOOD_MAX, LIMIT * ids.length) },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error) throw new Error(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const answer = result.data!.neighbourhood;
    // One scope for every answer: the same ids give the same placeholders, which keep their places.
    return { ...scopeMasked(answer, 'n'), truncated: answer.truncated };
  }

  /**
   * Replaces the held graph with an answer: nodes already held keep their positions (and pins),
   * new ones are placed near their neighbours; the path shown and the met-at ties are added again.
   * Returns the nodes that are new.
   */
  #replace(answer: SubgraphAnswer): string[] {
    const positions = new Map<string, { x: number; y: number }>();
    this.graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
    this.graph.clear();
    // Known nodes go in first, at their places, so that new ones are placed near them.
    const known = answer.nodes.filter((n) => positions.has(n.id));
    mergeSubgraph(this.graph, { nodes: known, edges: [] });
    for (const n of known) this.graph.mergeNodeAttributes(n.id, positions.get(n.id)!);
    mergeSubgraph(this.graph, answer);
    this.#mergePath(true);
    syncMetAt(this.graph, FAMILY_COLOURS.meeting);
    return this.graph.filterNodes((id) => !positions.has(id));
  }

  /** Brings the canvas in line with the route: a reload, a shared link, back/forward, a filter change. */
  async sync(route: Route): Promise<void> {
    const key = loadKey(route);
    if (key !== this.#loadedKey) {
      this.#loadedKey = key;
      const ticket = ++this.#ticket;
      if (route.ids.length === 0) {
        this.graph.clear();
        this.#mergePath(true);
        this.error = null;
        this.truncated = false;
        this.#changed();
      } else {
        this.loading = true;
        this.error = null;
        try {
          const answer = await this.#fetch(route.ids, route);
          if (ticket !== this.#ticket) return;
          const added = this.#replace(answer);
          this.truncated = answer.truncated;
          this.#applyMarks(this.route);
          this.#changed(added);
        } catch (e) {
          if (ticket !== this.#ticket) return;
          this.#loadedKey = '';
          this.error = (e as Error).message;
        } finally {
          if (ticket === this.#ticket) this.loading = false;
        }
      }
    }
    this.#applyMarks(route);
  }

  /** Draws what the route's filters, hidden and pinned nodes ask for; no request, no node moved. */
  #applyMarks(route: Route): void {
    const anchors = new Set(route.ids);
    if (this.highlight) for (const id of this.highlight.nodes) anchors.add(id);
    const hidden = new Set([...route.hidden, ...this.#excluded]);
    applyDrawn(this.graph, drawnOf(this.graph, canvasFilter(route), { anchors, hidden }));
    const pinned = new Set(route.pinned);
    this.graph.forEachNode((id, a) => {
      if (!!a.fixed !== pinned.has(id)) this.graph.setNodeAttribute(id, 'fixed', pinned.has(id));
    });
    this.version++;
  }

  /**
   * Leaves these nodes out of the drawing, on top of the route's filters (none: an empty set); no
   * request, no node moved. The drawn set has one owner, this workspace: a panel that wrote the
   * graph's `hidden` attributes itself would bring back what the filters hide (past events).
   */
  exclude(ids: ReadonlySet<string>): void {
    if (ids.size === this.#excluded.size && [...ids].every((id) => this.#excluded.has(id))) return;
    this.#excluded = ids;
    this.#applyMarks(this.route);
  }

  /** Whether any drawn filter is on (the details panel then shows the filtered count too). */
  get filtering(): boolean {
    return filterActive(canvasFilter(this.route));
  }

  /**
   * An actor's ties within the route's whole filter, as the server counts them (the held graph
   * may hold only some of a node's ties); cached per actor and filter.
   */
  async filteredDegree(id: string, route: Route): Promise<number | null> {
    const result = await this.#client
      .query(TieCountQuery, { ids: [id], filter: serverFilter(route) }, { requestPolicy: 'cache-first' })
      .toPromise();
    if (result.error) return null;
    return result.data?.neighbourhood.nodes.find((n) => n.id === id)?.degree ?? null;
  }

  /** Puts an actor and its neighbours on the canvas, with every tie among all it then holds. */
  async expand(id: string): Promise<void> {
    const route = this.route;
    const ticket = ++this.#ticket;
    const ids = route.ids.includes(id) ? route.ids : [...route.ids, id];
    this.loading = true;
    this.error = null;
    try {
      const answer = await this.#fetch(ids, route);
      if (ticket !== this.#ticket) return;
      this.#snapshot();
      const added = this.#replace(answer);
      this.truncated = answer.truncated;
      const next = { ...this.route, ids, sel: id, hidden: this.route.hidden.filter((h) => h !== id) };
      this.#loadedKey = loadKey(next);
      router.update({ ids, sel: id, hidden: next.hidden });
      this.#applyMarks(next);
      this.#changed(added);
    } catch (e) {
      if (ticket === this.#ticket) this.error = (e as Error).message;
    } finally {
      if (ticket === this.#ticket) this.loading = false;
    }
  }

  select(id: string | null): void {
    router.update({ sel: id });
  }

  hide(id: string): void {
    this.#snapshot();
    const r = this.route;
    router.update({ hidden: [...new Set([...r.hidden, id])], sel: r.sel === id ? null : r.sel });
    this.#applyMarks(this.route);
  }

  unhideAll(): void {
    this.#snapshot();
    router.update({ hidden: [] });
    this.#applyMarks(this.route);
  }

  togglePin(id: string): void {
    this.#snapshot();
    const pinned = this.route.pinned.includes(id)
      ? this.route.pinned.filter((p) => p !== id)
      : [...this.route.pinned, id];
    router.update({ pinned });
    this.#applyMarks(this.route);
  }

  /** A node dragged by hand stays where it was dropped. */
  pinAt(id: string): void {
    if (!this.route.pinned.includes(id)) router.update({ pinned: [...this.route.pinned, id] });
  }

  clear(): void {
    this.#snapshot();
    this.#ticket++;
    this.graph.clear();
    this.#path = null;
    this.#pathNodes.clear();
    this.#loadedKey = loadKey({ ...this.route, ids: [] });
    router.update({ ids: [], hidden: [], pinned: [], sel: null });
    this.highlight = null;
    this.#changed();
  }

  undo(): void {
    const last = this.#undo.pop();
    this.undoDepth = this.#undo.length;
    if (!last) return;
    this.#ticket++;
    this.graph.clear();
    this.graph.import(last.graph);
    const next = { ...this.route, ids: last.ids, hidden: last.hidden, pinned: last.pinned, sel: last.sel };
    this.#loadedKey = loadKey(next);
    router.update({ ids: last.ids, hidden: last.hidden, pinned: last.pinned, sel: last.sel });
    this.#applyMarks(next);
    this.#changed();
  }

  /**
   * Adds a path's nodes and ties to the canvas and highlights it; null clears the highlight. The
   * nodes the previous path brought (and the new one does not have) leave the canvas, so a path
   * is never drawn among the faded ghosts of the one shown before.
   */
  showPath(answer: PathAnswer | null): void {
    // The same path shown twice keeps the same scope, so its masked hops are not drawn twice.
    const path = answer
      ? scopeMaskedPath(
          answer,
          `p${Math.round(hashUnit(answer.edges.map((e) => `${e.type}:${e.from}:${e.to}`).join('|')) * 1e5)}`,
        )
      : null;
    const keep = new Set(path?.nodes.map((n) => n.id) ?? []);
    for (const id of this.#pathNodes) if (!keep.has(id) && this.graph.hasNode(id)) this.graph.dropNode(id);
    this.#path = path;
    const added = this.#mergePath(false);
    syncMetAt(this.graph, FAMILY_COLOURS.meeting);
    this.highlight = path ? pathHighlight(path) : null;
    this.#applyMarks(this.route);
    this.#changed(added);
  }

  /**
   * Merges the path shown on top of what is held and remembers the nodes only it brought (after a
   * rebuild, exactly those it added; otherwise also those of the same path already there).
   * Returns the nodes it added.
   */
  #mergePath(rebuilt: boolean): string[] {
    const before = rebuilt ? [] : [...this.#pathNodes].filter((id) => this.graph.hasNode(id));
    if (!this.#path) {
      this.#pathNodes.clear();
      return [];
    }
    const added = mergeSubgraph(this.graph, pathToSubgraph(this.graph, this.#path)).addedNodes;
    const onPath = new Set(this.#path.nodes.map((n) => n.id));
    this.#pathNodes = new Set([...before, ...added].filter((id) => onPath.has(id)));
    return added;
  }

  setCommunities(on: boolean): void {
    this.communities = on;
    this.#changed();
  }

  #colourCommunities(): void {
    if (this.graph.order === 0) return;
    // Louvain wants a simple graph: one undirected tie per pair of nodes.
    const simple = new UndirectedGraph();
    this.graph.forEachNode((id) => simple.addNode(id));
    this.graph.forEachEdge((_key, a, source, target) => {
      if (!a.hidden && !simple.hasEdge(source, target)) simple.addEdge(source, target);
    });
    const parts = louvain(simple, { getEdgeWeight: null });
    for (const [id, community] of Object.entries(parts)) this.graph.setNodeAttribute(id, 'community', community);
  }

  /** Nodes and ties drawn (derived met-at ties included). */
  drawnCounts(): { nodes: number; edges: number } {
    let nodes = 0;
    let edges = 0;
    this.graph.forEachNode((_id, a) => void (a.hidden || nodes++));
    this.graph.forEachEdge((_key, a) => void (a.hidden || edges++));
    return { nodes, edges };
  }

  /** Nodes and stored ties held, drawn or not. */
  heldCounts(): { nodes: number; edges: number } {
    return { nodes: this.graph.order, edges: this.graph.filterEdges((_key, a) => !a.derived).length };
  }

  /** Ties drawn per node (the "canvas" size mode). */
  canvasDegree(id: string): number {
    return drawnTies(this.graph, id);
  }
}
