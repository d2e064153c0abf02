/**
 * The graph the path searches walk, held in memory as arrays (docs/graph-questions.md#the-walk-index):
 * every node of a kind answers show (NODE_KINDS) and every tie of a type paths walk
 * (PATH_TIE_TYPES), with exactly what the filter and visibility predicates of network/input.ts and
 * network/visibility.ts read (labels, consent, country, lifetime, the tie's type, window and
 * confidence) and nothing else. Nothing is dropped for a viewer here: walk-search.ts applies the
 * asker's rules at each search, so one graph serves every asker.
 *
 * Pure: read-walk-graph.ts fills it from Neo4j; tests build it by hand. Nodes are kept in the order
 * of their ids and each node's ties in the order of (neighbour, tie), whatever order the rows came
 * in, so a search lists paths in an order that depends on the graph only.
 */

/** A day as a number, yyyymmdd, so that days compare as numbers. */
export type DayCode = number;

/** An open lower bound (no start): before every day. */
export const OPEN_START: DayCode = 0;
/** An open upper bound (no end): after every day. */
export const OPEN_END: DayCode = 99_999_999;
/**
 * A bound that is not a day (a string or a time stored where a date belongs): Cypher's comparison
 * with a date is then null, which no WHERE keeps, so the node or tie is never active on a day. As a
 * start it is after every day, as an end before every day.
 */
export const NEVER_START: DayCode = OPEN_END + 1;
export const NEVER_END: DayCode = -1;

/** 'YYYY-MM-DD' as a DayCode. */
export function dayCode(day: string): DayCode {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** What a bound read from Neo4j is: absent, a calendar day ('YYYY-MM-DD'), or something else. */
export type Bound = { readonly day: string } | null | 'not-a-day';

const startCode = (b: Bound): DayCode => (b === null ? OPEN_START : b === 'not-a-day' ? NEVER_START : dayCode(b.day));
const endCode = (b: Bound): DayCode => (b === null ? OPEN_END : b === 'not-a-day' ? NEVER_END : dayCode(b.day));

export interface WalkNodeRow {
  /** The node's elementId: how its projection is read back for an answer. */
  readonly eid: string;
  readonly id: string;
  readonly labels: readonly string[];
  /** The consent as stored when it is a string, else null (network/visibility.ts reads no other). */
  readonly consent: string | null;
  /** The country when it is a string; null when absent; NOT_A_COUNTRY for anything else. */
  readonly country: string | null;
  /** The lifetime's bounds by the rule of network/time.ts (the first of its start and end properties). */
  readonly from: Bound;
  readonly to: Bound;
}

export interface WalkTieRow {
  /** The tie's elementId: how it is read back for an answer. */
  readonly eid: string;
  /** The elementIds of its start and end nodes (ties to nodes not in the graph are left out). */
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly since: Bound;
  readonly until: Bound;
  /** The confidence when it is a number, else null (`>= $minConfidence` keeps no other). */
  readonly confidence: number | null;
}

export interface WalkGraph {
  readonly size: number;
  readonly ids: readonly string[];
  readonly eids: readonly string[];
  /** Each node's labels, as an index into labelSets (few distinct sets). */
  readonly labelSet: Uint16Array;
  readonly labelSets: ReadonlyArray<readonly string[]>;
  readonly consent: ReadonlyArray<string | null>;
  readonly country: ReadonlyArray<string | null>;
  readonly lifeFrom: Int32Array;
  readonly lifeTo: Int32Array;
  readonly tieEids: readonly string[];
  /** The tie types, by the index tieType holds. */
  readonly types: readonly string[];
  readonly tieFrom: Int32Array;
  readonly tieTo: Int32Array;
  readonly tieType: Uint8Array;
  readonly since: Int32Array;
  readonly until: Int32Array;
  /** NaN when unknown. */
  readonly confidence: Float64Array;
  /** Ties both ways: node i's neighbours are adjNode[adjStart[i] .. adjStart[i + 1]), over adjTie. */
  readonly adjStart: Int32Array;
  readonly adjNode: Int32Array;
  readonly adjTie: Int32Array;
  /** Node indices by id (an id may in principle be held by nodes of two kinds). */
  readonly byId: ReadonlyMap<string, readonly number[]>;
}

/** Stands for a country that is not a string: `IS NULL` is false for it and no list of countries holds it. */
export const NOT_A_COUNTRY = '\u0000not-a-string';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The graph of these rows, in its canonical order. Ties with an end not among the nodes, and loops, are left out (no shortest path uses a loop). */
export function buildWalkGraph(nodeRows: readonly WalkNodeRow[], tieRows: readonly WalkTieRow[]): WalkGraph {
  const nodes = [...nodeRows].sort((a, b) => byText(a.id, b.id) || byText(a.eid, b.eid));
  const size = nodes.length;
  const indexOfEid = new Map<string, number>();
  const byId = new Map<string, number[]>();
  const labelSetIndex = new Map<string, number>();
  const labelSets: string[][] = [];
  const labelSet = new Uint16Array(size);
  const lifeFrom = new Int32Array(size);
  const lifeTo = new Int32Array(size);
  nodes.forEach((n, i) => {
    indexOfEid.set(n.eid, i);
    const same = byId.get(n.id);
    if (same) same.push(i);
    else byId.set(n.id, [i]);
    const labels = [...n.labels].sort();
    const key = labels.join('\u0000');
    let set = labelSetIndex.get(key);
    if (set === undefined) {
      set = labelSets.length;
      labelSets.push(labels);
      labelSetIndex.set(key, set);
    }
    labelSet[i] = set;
    lifeFrom[i] = startCode(n.from);
    lifeTo[i] = endCode(n.to);
  });

  const types = [...new Set(tieRows.map((t) => t.type))].sort();
  if (types.length > 255) throw new Error('buildWalkGraph: more than 255 tie types');
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  const kept = tieRows
    .map((t) => ({ t, a: indexOfEid.get(t.from), b: indexOfEid.get(t.to) }))
    .filter((x): x is { t: WalkTieRow; a: number; b: number } => x.a !== undefined && x.b !== undefined && x.a !== x.b)
    .sort((x, y) => x.a - y.a || x.b - y.b || byText(x.t.type, y.t.type) || byText(x.t.eid, y.t.eid));
  const m = kept.length;
  const tieFrom = new Int32Array(m);
  const tieTo = new Int32Array(m);
  const tieType = new Uint8Array(m);
  const since = new Int32Array(m);
  const until = new Int32Array(m);
  const confidence = new Float64Array(m);
  const degree = new Int32Array(size + 1);
  kept.forEach(({ t, a, b }, i) => {
    tieFrom[i] = a;
    tieTo[i] = b;
    tieType[i] = typeIndex.get(t.type)!;
    since[i] = startCode(t.since);
    until[i] = endCode(t.until);
    confidence[i] = t.confidence ?? Number.NaN;
    degree[a]!++;
    degree[b]!++;
  });
  const adjStart = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) adjStart[i + 1] = adjStart[i]! + degree[i]!;
  const fill = adjStart.slice(0, size);
  const adjNode = new Int32Array(2 * m);
  const adjTie = new Int32Array(2 * m);
  for (let i = 0; i < m; i++) {
    const a = tieFrom[i]!;
    const b = tieTo[i]!;
    adjNode[fill[a]!] = b;
    adjTie[fill[a]!++] = i;
    adjNode[fill[b]!] = a;
    adjTie[fill[b]!++] = i;
  }
  // Each node's ties by (neighbour, tie): the order paths are listed in follows the graph only.
  for (let i = 0; i < size; i++) {
    const from = adjStart[i]!;
    const to = adjStart[i + 1]!;
    if (to - from < 2) continue;
    const order = Array.from({ length: to - from }, (_, k) => from + k).sort(
      (x, y) => adjNode[x]! - adjNode[y]! || adjTie[x]! - adjTie[y]!,
    );
    const nodesSorted = order.map((k) => adjNode[k]!);
    const tiesSorted = order.map((k) => adjTie[k]!);
    adjNode.set(nodesSorted, from);
    adjTie.set(tiesSorted, from);
  }
  return {
    size,
    ids: nodes.map((n) => n.id),
    eids: nodes.map((n) => n.eid),
    labelSet,
    labelSets,
    consent: nodes.map((n) => n.consent),
    country: nodes.map((n) => n.country),
    lifeFrom,
    lifeTo,
    tieEids: kept.map((x) => x.t.eid),
    types,
    tieFrom,
    tieTo,
    tieType,
    since,
    until,
    confidence,
    adjStart,
    adjNode,
    adjTie,
    byId,
  };
}
