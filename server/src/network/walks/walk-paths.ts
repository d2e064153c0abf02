/**
 * find-paths.ts's searches answered on the walk graph of the current version (walk-index.ts): the
 * distances and the shortest paths are found in memory, then the nodes and ties of the paths listed
 * are read from Neo4j with the projections every answer uses (network/view.ts), so masking, ranking
 * and explanations see exactly what the Cypher search returns. Each function answers undefined when
 * it cannot answer exactly (no graph of the current version yet, a filter it does not walk, an id
 * held by two nodes, the start among the targets, a write landing while it read): the caller asks
 * Neo4j then.
 */
import { read } from '../db.js';
import type { TieFilter } from '../input.js';
import type { RawPath } from '../path.js';
import type { ReadScope } from '../session.js';
import { nodeProjection, tieProjection, type RawNode, type RawTie } from '../view.js';
import { existsFor } from '../visibility.js';
import type { WalkGraph } from './walk-graph.js';
import { nodeWithId, searchFrom, shortestPathsTo, startActive, walkRules, type WalkedPath } from './walk-search.js';

interface Search {
  readonly from: string;
  readonly fromLabel?: string;
  readonly filter: TieFilter;
}

/** The start, the target nodes and the rules, or undefined when the walk graph cannot answer exactly. */
async function prepare(scope: ReadScope, args: Search, targetIds: readonly string[]) {
  const current = await scope.walks?.current();
  if (!current) return undefined;
  const { graph } = current;
  const rules = walkRules(graph, args.filter, scope.viewer);
  if (!rules) return undefined;
  const start = nodeWithId(graph, args.from, args.fromLabel ?? 'Actor');
  // A start the graph does not hold (none, or a node of no kind answers show) is left to Neo4j too.
  if (start === 'ambiguous' || start === undefined) return undefined;
  const targets = new Map<number, string>();
  for (const id of targetIds) {
    const t = nodeWithId(graph, id, 'Actor');
    // From the start to itself the Cypher pattern would look for a cycle: left to Neo4j.
    if (t === 'ambiguous' || t === start) return undefined;
    if (t !== undefined) targets.set(t, id);
  }
  return { ...current, rules, start, targets };
}

/** find-paths.ts shortestDistances on the walk graph. */
export async function walkedDistances(
  scope: ReadScope,
  args: Search & { readonly targets: readonly string[]; readonly maxHops: number },
): Promise<Map<string, number> | undefined> {
  const ready = await prepare(scope, args, args.targets);
  if (!ready) return undefined;
  const { graph, rules, start, targets } = ready;
  const found = new Map<string, number>();
  if (!startActive(graph, rules, start)) return found;
  const { dist } = searchFrom(graph, rules, start, args.maxHops, new Set(targets.keys()), false);
  for (const [t, id] of targets) if (dist[t]! > 0) found.set(id, dist[t]!);
  return found;
}

/**
 * Every shortest path (up to `cap` per target) from the start to each target within its bound:
 * `maxHops` for all (findPathsToEach), or each target's own distance (listShortestPaths), which
 * bounds the same paths, since a target's shortest paths are as long as its distance.
 */
export async function walkedShortestPaths(
  scope: ReadScope,
  args: Search & {
    readonly targets: ReadonlyArray<{ readonly id: string; readonly maxHops: number }>;
    readonly cap: number;
  },
): Promise<RawPath[] | undefined> {
  const ready = await prepare(
    scope,
    args,
    args.targets.map((t) => t.id),
  );
  if (!ready) return undefined;
  const { graph, rules, start, targets, version } = ready;
  if (!startActive(graph, rules, start) || targets.size === 0) return [];
  const bound = new Map(args.targets.map((t) => [t.id, t.maxHops]));
  const deepest = Math.max(...args.targets.map((t) => t.maxHops));
  const search = searchFrom(graph, rules, start, deepest, new Set(targets.keys()));
  const walked: WalkedPath[] = [];
  for (const [t, id] of targets) {
    const d = search.dist[t]!;
    if (d > 0 && d <= bound.get(id)!) walked.push(...shortestPathsTo(search, t, args.cap));
  }
  const paths = await readPaths(scope, graph, walked);
  // What was read must be of the version searched: otherwise Neo4j answers.
  if (!paths || !(await scope.walks!.isCurrent(version))) return undefined;
  return paths;
}

/** The paths with their nodes and ties as answers read them, or undefined when one is no longer there. */
async function readPaths(
  scope: ReadScope,
  graph: WalkGraph,
  walked: readonly WalkedPath[],
): Promise<RawPath[] | undefined> {
  if (walked.length === 0) return [];
  const nodeIds = [...new Set(walked.flatMap((p) => p.nodes))];
  const tieIds = [...new Set(walked.flatMap((p) => p.ties))];
  const [nodeRows, tieRows] = await Promise.all([
    read<{ i: number; node: RawNode }>(
      scope,
      `UNWIND $nodes AS n
       MATCH (x) WHERE elementId(x) = n.eid
       RETURN n.i AS i, ${nodeProjection('x')} AS node`,
      { nodes: nodeIds.map((i) => ({ i, eid: graph.eids[i] })) },
    ),
    read<{ i: number; tie: RawTie }>(
      scope,
      `UNWIND $ties AS t
       MATCH ()-[r]->() WHERE elementId(r) = t.eid
       RETURN t.i AS i, ${tieProjection('r')} AS tie`,
      { ties: tieIds.map((i) => ({ i, eid: graph.tieEids[i] })) },
    ),
  ]);
  const nodes = new Map(nodeRows.map((r) => [Number(r.i), r.node]));
  const ties = new Map(tieRows.map((r) => [Number(r.i), r.tie]));
  if (nodes.size !== nodeIds.length || ties.size !== tieIds.length) return undefined;
  // Each tie read is the one walked: its type and ends (an elementId may be reused after a delete).
  const walkedAs = (i: number, t: RawTie) =>
    t.type === graph.types[graph.tieType[i]!] &&
    t.from === graph.ids[graph.tieFrom[i]!] &&
    t.to === graph.ids[graph.tieTo[i]!];
  if ([...ties].some(([i, t]) => !walkedAs(i, t))) return undefined;
  // Walked under the viewer's rules, every node after the start exists for them: checked again on
  // what was read, so no change the version check could miss shows a hidden person.
  const hidden = (i: number) => !existsFor(scope.viewer, nodes.get(i)!.labels, nodes.get(i)!.consent);
  if (walked.some((p) => p.nodes.slice(1).some(hidden))) return undefined;
  return walked.map((p) => ({ nodes: p.nodes.map((i) => nodes.get(i)!), ties: p.ties.map((i) => ties.get(i)!) }));
}
