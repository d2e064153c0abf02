/**
 * The path searches of network/find-paths.ts on the in-memory walk graph (walk-graph.ts): the same
 * rules, as TypeScript twins of the Cypher predicates they replace, and the same answers
 * (docs/graph-questions.md#the-walk-index). Pure (walk-search.test.ts, and walks.int.test.ts holds
 * them equal to the Cypher searches on real graphs for every asker class and filter).
 *
 * The Cypher pattern walked is `(a) ((x)-[r WHERE tie]-(y WHERE node)){1,d} (b)`: every node after
 * the start, the target included, must pass the node rule, and the start only has to be active on
 * the day. A shortest path never comes back to a node, so the shortest paths are exactly the paths
 * down the layers of a breadth-first search from the start over the allowed ties and nodes.
 */
import { PATH_TIE_TYPES } from '../../../../schema/generated/model.js';
import type { TieFilter } from '../input.js';
import type { Viewer } from '../viewer.js';
import { existsFor } from '../visibility.js';
import { dayCode, type WalkGraph } from './walk-graph.js';

/** What one asker's search may walk: network/input.ts nodePredicate and tiePredicate, evaluated. */
export interface WalkRules {
  /** Per node: whether it may be walked to (its kind, visibility, day, kinds and countries). */
  readonly nodeOk: Uint8Array;
  /** Per tie type of the graph: whether the filter walks it. */
  readonly typeOk: Uint8Array;
  readonly day?: number;
  readonly minConfidence?: number;
}

const PATH_TYPES: ReadonlySet<string> = new Set(PATH_TIE_TYPES);

/**
 * The rules of `filter` for `viewer`, or undefined when the filter asks what the walk graph does not
 * hold (a type paths never walk) or what these searches do not do (transnationalOnly): the caller
 * asks Neo4j instead.
 */
export function walkRules(graph: WalkGraph, filter: TieFilter, viewer: Viewer): WalkRules | undefined {
  if (filter.transnationalOnly || filter.types.some((t) => !PATH_TYPES.has(t))) return undefined;
  const day = filter.asOf === undefined ? undefined : dayCode(filter.asOf);
  const kinds = filter.kinds ? new Set(filter.kinds) : undefined;
  const countries = filter.countries ? new Set(filter.countries) : undefined;
  // Visibility and kinds depend on the labels (and consent), which few distinct sets cover.
  const kindOk = graph.labelSets.map((labels) => !kinds || labels.some((l) => kinds.has(l)));
  const nodeOk = new Uint8Array(graph.size);
  for (let i = 0; i < graph.size; i++) {
    const labels = graph.labelSets[graph.labelSet[i]!]!;
    if (!kindOk[graph.labelSet[i]!]) continue;
    if (!existsFor(viewer, labels, graph.consent[i])) continue;
    if (day !== undefined && !(graph.lifeFrom[i]! <= day && graph.lifeTo[i]! >= day)) continue;
    if (countries) {
      const country = graph.country[i]!;
      if (country !== null && !countries.has(country)) continue;
    }
    nodeOk[i] = 1;
  }
  const walked = new Set(filter.types);
  const typeOk = Uint8Array.from(graph.types, (t) => (walked.has(t) ? 1 : 0));
  return {
    nodeOk,
    typeOk,
    ...(day !== undefined ? { day } : {}),
    ...(filter.minConfidence !== undefined ? { minConfidence: filter.minConfidence } : {}),
  };
}

/** Tie t may be walked (network/input.ts tiePredicate: type, its own window on the day, confidence). */
export function tieOk(graph: WalkGraph, rules: WalkRules, t: number): boolean {
  if (!rules.typeOk[graph.tieType[t]!]) return false;
  if (rules.day !== undefined && !(graph.since[t]! <= rules.day && graph.until[t]! >= rules.day)) return false;
  // NaN (no confidence) compares false, as null does in Cypher.
  return rules.minConfidence === undefined || graph.confidence[t]! >= rules.minConfidence;
}

/** Whether the start node is active on the filter's day (find-paths.ts endsActive). */
export function startActive(graph: WalkGraph, rules: WalkRules, start: number): boolean {
  return rules.day === undefined || (graph.lifeFrom[start]! <= rules.day && graph.lifeTo[start]! >= rules.day);
}

/**
 * A breadth-first search from a start: each node's distance (-1: not in reach; the start 0) and,
 * for each node reached, the ties that reach it from the layer before (the predecessors, as parallel
 * lists chained from predHead): every shortest path is a walk back along them.
 */
export interface WalkSearch {
  readonly dist: Int8Array;
  readonly predHead: Int32Array;
  readonly predNext: readonly number[];
  readonly predNode: readonly number[];
  readonly predTie: readonly number[];
}

/**
 * The search from `start` within maxHops over what the rules allow. With `targets`, it may stop at
 * the end of the first layer by which all of them are reached: the distances and predecessors of
 * the nodes reached by then are final. Without `predecessors`, only the distances are kept.
 */
export function searchFrom(
  graph: WalkGraph,
  rules: WalkRules,
  start: number,
  maxHops: number,
  targets?: ReadonlySet<number>,
  predecessors = true,
): WalkSearch {
  const dist = new Int8Array(graph.size).fill(-1);
  const predHead = new Int32Array(graph.size).fill(-1);
  const predNext: number[] = [];
  const predNode: number[] = [];
  const predTie: number[] = [];
  dist[start] = 0;
  let frontier = [start];
  const missing = targets ? new Set([...targets].filter((t) => t !== start)) : undefined;
  for (let depth = 1; depth <= maxHops && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const u of frontier) {
      for (let k = graph.adjStart[u]!; k < graph.adjStart[u + 1]!; k++) {
        const v = graph.adjNode[k]!;
        const seen = dist[v]!;
        if (seen !== -1 && (seen !== depth || !predecessors)) continue;
        if (!rules.nodeOk[v] || !tieOk(graph, rules, graph.adjTie[k]!)) continue;
        if (seen === -1) {
          dist[v] = depth;
          next.push(v);
          missing?.delete(v);
        }
        if (!predecessors) continue;
        predNext.push(predHead[v]!);
        predNode.push(u);
        predTie.push(graph.adjTie[k]!);
        predHead[v] = predNode.length - 1;
      }
    }
    frontier = next;
    if (missing && missing.size === 0) break;
  }
  return { dist, predHead, predNext, predNode, predTie };
}

/** A path as node and tie indices, from the start to the target. */
export interface WalkedPath {
  readonly nodes: readonly number[];
  readonly ties: readonly number[];
}

/**
 * Every shortest path from the start of `search` to `target`, up to `cap` of them: the walks back
 * along the predecessors, so which `cap` paths are listed depends on the graph only.
 */
export function shortestPathsTo(search: WalkSearch, target: number, cap: number): WalkedPath[] {
  const found: WalkedPath[] = [];
  const d = search.dist[target]!;
  if (d <= 0) return found;
  const nodes = new Array<number>(d + 1);
  const ties = new Array<number>(d);
  nodes[d] = target;
  const back = (v: number, k: number): void => {
    for (let p = search.predHead[v]!; p !== -1 && found.length < cap; p = search.predNext[p]!) {
      nodes[k - 1] = search.predNode[p]!;
      ties[k - 1] = search.predTie[p]!;
      if (k === 1) found.push({ nodes: [...nodes], ties: [...ties] });
      else back(search.predNode[p]!, k - 1);
    }
  };
  back(target, d);
  return found;
}

/**
 * The one node `id` with label `label`, or undefined when there is none; 'ambiguous' when several
 * nodes hold it (a MATCH by id would then start from each: the caller asks Neo4j).
 */
export function nodeWithId(graph: WalkGraph, id: string, label: string): number | undefined | 'ambiguous' {
  const candidates = (graph.byId.get(id) ?? []).filter((i) => graph.labelSets[graph.labelSet[i]!]!.includes(label));
  if (candidates.length > 1) return 'ambiguous';
  return candidates[0];
}
