import type { Client } from '@urql/core';
import type { SerializedGraph } from 'graphology-types';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Country, GraphFilter, NodeKind, TieType } from '../../gql/graphql.js';
import { NeighbourhoodQuery } from './GraphWorkspace.queries.js';
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
} from '../../lib/graph/model.js';
import { TimeFade } from '../../lib/graph/time-fade.js';
import type { Route } from '../../lib/route.js';
import { router } from '../../lib/router.svelte.js';

interface Snapshot {
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  ids: string[];
  hidden: string[];
  pinned: string[];
  sel: string | null;
}

const UNDO_DEPTH = 30;
const LIMIT = 300;

function filterOf(route: Route): GraphFilter | null {
  const filter: GraphFilter = {};
  if (route.kinds.length) filter.kinds = route.kinds as NodeKind[];
  if (route.types.length) filter.relationshipTypes = route.types as TieType[];
  if (route.countries.length) filter.countries = route.countries as Country[];
  if (route.asOf) filter.asOf = route.asOf;
  return Object.keys(filter).length ? filter : null;
}

function loadKey(route: Route): string {
  return JSON.stringify([route.ids, route.kinds, route.types, route.countries, route.asOf]);
}

/**
 * The canvas's data: one graphology graph fed by `neighbourhood` and `paths`, with the undo stack
 * and the request state. The graph itself is not reactive (sigma listens to it); `version` ticks
 * whenever it changes so that panels re-read it.
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
  /** Nodes the layout should settle (set after a merge; the canvas runs ForceAtlas2). */
  layoutRequest = $state(0);
  /** The timeline's fade of what is not active in its years (the canvas draws through it). */
  readonly fade = new TimeFade();

  #client: Client;
  #loadedKey = JSON.stringify([[], [], [], [], null]);
  #undo: Snapshot[] = [];
  #ticket = 0;
  #answers = 0;
  /** Nodes on the canvas only because the path shown brought them (showPath). */
  #pathNodes = new Set<string>();

  constructor(client: Client) {
    this.#client = client;
  }

  get route(): Route {
    return router.route;
  }

  #changed(layout = false): void {
    if (this.communities) this.#colourCommunities();
    this.version++;
    if (layout) this.layoutRequest++;
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
        { ids, depth: 1, filter: filterOf(route), limit: LIMIT },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error) throw new Error(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const answer = result.data!.neighbourhood;
    return { ...scopeMasked(answer, `n${++this.#answers}`), truncated: answer.truncated };
  }

  /** Brings the canvas in line with the route: a reload, a shared link, back/forward, a filter change. */
  async sync(route: Route): Promise<void> {
    const key = loadKey(route);
    if (key !== this.#loadedKey) {
      this.#loadedKey = key;
      const ticket = ++this.#ticket;
      const positions = new Map<string, { x: number; y: number }>();
      this.graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
      if (route.ids.length === 0) {
        this.graph.clear();
        this.#pathNodes.clear();
        this.error = null;
        this.truncated = false;
        this.#changed();
      } else {
        this.loading = true;
        this.error = null;
        try {
          const answer = await this.#fetch(route.ids, route);
          if (ticket !== this.#ticket) return;
          this.graph.clear();
          this.#pathNodes.clear();
          mergeSubgraph(this.graph, answer);
          for (const [id, p] of positions) if (this.graph.hasNode(id)) this.graph.mergeNodeAttributes(id, p);
          this.truncated = answer.truncated;
          this.#changed(true);
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

  #applyMarks(route: Route): void {
    const hidden = new Set(route.hidden);
    const pinned = new Set(route.pinned);
    this.graph.forEachNode((id, a) => {
      if (!!a.hidden !== hidden.has(id)) this.graph.setNodeAttribute(id, 'hidden', hidden.has(id));
      if (!!a.fixed !== pinned.has(id)) this.graph.setNodeAttribute(id, 'fixed', pinned.has(id));
    });
    this.version++;
  }

  /** Puts an actor and its neighbours on the canvas. */
  async expand(id: string): Promise<void> {
    const route = this.route;
    const ticket = ++this.#ticket;
    this.loading = true;
    this.error = null;
    try {
      const answer = await this.#fetch([id], route);
      if (ticket !== this.#ticket) return;
      this.#snapshot();
      mergeSubgraph(this.graph, answer);
      // Expanded, a path's node belongs to the canvas: the next path leaves it there.
      for (const n of answer.nodes) this.#pathNodes.delete(n.id);
      this.truncated = answer.truncated;
      const ids = route.ids.includes(id) ? route.ids : [...route.ids, id];
      const next = { ...this.route, ids, sel: id, hidden: this.route.hidden.filter((h) => h !== id) };
      this.#loadedKey = loadKey(next);
      router.update({ ids, sel: id, hidden: next.hidden });
      this.#applyMarks(next);
      this.#changed(true);
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
    this.#changed();
  }

  /**
   * Adds a path's nodes and ties to the canvas and highlights it; null clears the highlight. The
   * nodes the previous path brought (and the new one does not have) leave the canvas, so a path
   * is never drawn among the faded ghosts of the one shown before.
   */
  showPath(answer: PathAnswer | null): void {
    const path = answer
      ? // The same path shown twice keeps the same scope, so its masked hops are not drawn twice.
        scopeMaskedPath(
          answer,
          `p${Math.round(hashUnit(answer.edges.map((e) => `${e.type}:${e.from}:${e.to}`).join('|')) * 1e5)}`,
        )
      : null;
    const keep = new Set(path?.nodes.map((n) => n.id) ?? []);
    let dropped = 0;
    for (const id of this.#pathNodes)
      if (!keep.has(id) && this.graph.hasNode(id)) {
        this.graph.dropNode(id);
        dropped++;
      }
    this.#pathNodes = new Set([...this.#pathNodes].filter((id) => keep.has(id)));
    if (!path) {
      this.highlight = null;
      this.#changed(false);
      return;
    }
    const added = mergeSubgraph(this.graph, pathToSubgraph(this.graph, path));
    for (const id of added.addedNodes) this.#pathNodes.add(id);
    this.highlight = pathHighlight(path);
    this.#changed(added.addedNodes.length > 0 || dropped > 0);
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
    this.graph.forEachEdge((_key, _a, source, target) => {
      if (!simple.hasEdge(source, target)) simple.addEdge(source, target);
    });
    const parts = louvain(simple, { getEdgeWeight: null });
    for (const [id, community] of Object.entries(parts)) this.graph.setNodeAttribute(id, 'community', community);
  }

  /** Ties on the canvas per node (the "canvas" size mode). */
  canvasDegree(id: string): number {
    return this.graph.hasNode(id) ? this.graph.degree(id) : 0;
  }
}
