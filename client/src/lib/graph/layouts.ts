/**
 * Layouts for the questions the canvas answers, besides ForceAtlas2 (which GraphCanvas runs in a
 * worker): Italy and Morocco on two shores, radial around one actor, a path left to right. Each is
 * a pure function from the drawn nodes and ties (and their previous positions, which decide the
 * order within a column or ring, so a small change moves little) to positions. Unit-tested in
 * layouts.test.ts.
 */

export interface LayoutNode {
  id: string;
  country: string | null;
  x: number;
  y: number;
}

export type Tie = readonly [string, string];
export type Positions = Map<string, { x: number; y: number }>;

/** Distances between rows, columns and rings, in graph units (sigma scales the graph to the canvas). */
export const ROW = 10;
export const COLUMN = 40;
const PER_COLUMN = 24;

function byPosition(axis: 'x' | 'y') {
  return (a: LayoutNode, b: LayoutNode) => a[axis] - b[axis] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function adjacency(nodes: readonly LayoutNode[], ties: readonly Tie[]): Map<string, string[]> {
  const next = new Map(nodes.map((n) => [n.id, [] as string[]]));
  for (const [a, b] of ties) {
    if (!next.has(a) || !next.has(b) || a === b) continue;
    next.get(a)!.push(b);
    next.get(b)!.push(a);
  }
  return next;
}

/** Breadth-first distances from some nodes (missing: not reached). */
export function distances(next: Map<string, string[]>, from: readonly string[]): Map<string, number> {
  const dist = new Map<string, number>();
  let frontier = from.filter((id) => next.has(id));
  for (const id of frontier) dist.set(id, 0);
  for (let d = 1; frontier.length > 0; d++) {
    const following: string[] = [];
    for (const id of frontier)
      for (const n of next.get(id)!) {
        if (dist.has(n)) continue;
        dist.set(n, d);
        following.push(n);
      }
    frontier = following;
  }
  return dist;
}

/** Columns of at most PER_COLUMN nodes, from `x` outward by `step`, centred vertically. */
function columns(list: readonly LayoutNode[], x: number, step: number, out: Positions): void {
  const rows = Math.min(list.length, PER_COLUMN);
  list.forEach((n, i) => {
    const column = Math.floor(i / PER_COLUMN);
    const row = i % PER_COLUMN;
    out.set(n.id, { x: x + column * step, y: ((rows - 1) / 2 - row) * ROW });
  });
}

/**
 * Two shores: Italy in columns on the left, Morocco on the right, international actors in the
 * middle; nodes without a country (events, projects, opportunities, regions) between the sides
 * of their neighbours, at the height of their neighbours. Within a side, nodes keep their
 * previous top-to-bottom order.
 */
export function twoShores(nodes: readonly LayoutNode[], ties: readonly Tie[]): Positions {
  const out: Positions = new Map();
  const side = (country: string) =>
    nodes
      .filter((n) => n.country === country)
      .sort(byPosition('y'))
      .reverse();
  const italy = side('IT');
  const morocco = side('MA');
  const intl = nodes.filter((n) => n.country !== null && n.country !== 'IT' && n.country !== 'MA');
  const shore = COLUMN * (1 + Math.ceil(Math.max(intl.length, 1) / PER_COLUMN) / 2);
  columns(italy, -shore, -COLUMN, out);
  columns(morocco, shore, COLUMN, out);
  columns(intl.sort(byPosition('y')).reverse(), -((Math.ceil(intl.length / PER_COLUMN) - 1) * COLUMN) / 2, COLUMN, out);
  const next = adjacency(nodes, ties);
  const rest = nodes.filter((n) => !out.has(n.id)).sort(byPosition('y'));
  rest.forEach((n, i) => {
    const placed = next
      .get(n.id)!
      .map((m) => out.get(m))
      .filter((p) => p !== undefined);
    const x = placed.length ? placed.reduce((s, p) => s + p.x, 0) / placed.length : 0;
    const y = placed.length ? placed.reduce((s, p) => s + p.y, 0) / placed.length : -(PER_COLUMN / 2 + 1 + i) * ROW;
    // A small, stable nudge so that nodes with the same neighbours do not sit on each other.
    out.set(n.id, { x: x + ((i % 5) - 2) * (ROW / 2), y: y + (i % 3) * (ROW / 3) });
  });
  return out;
}

/**
 * Radial: the centre in the middle, each node on the ring of its distance in ties from it (nodes
 * it cannot reach on the outermost ring); within a ring, nodes keep their previous angle order.
 */
export function radial(centre: string, nodes: readonly LayoutNode[], ties: readonly Tie[]): Positions {
  const out: Positions = new Map();
  const dist = distances(adjacency(nodes, ties), [centre]);
  const far = Math.max(0, ...dist.values()) + 1;
  const origin = nodes.find((n) => n.id === centre) ?? { x: 0, y: 0 };
  const angle = (n: LayoutNode) => Math.atan2(n.y - origin.y, n.x - origin.x);
  const rings = new Map<number, LayoutNode[]>();
  for (const n of nodes) {
    const d = dist.get(n.id) ?? far;
    (rings.get(d) ?? rings.set(d, []).get(d)!).push(n);
  }
  for (const [d, ring] of rings) {
    if (d === 0) {
      for (const n of ring) out.set(n.id, { x: 0, y: 0 });
      continue;
    }
    ring.sort((a, b) => angle(a) - angle(b) || (a.id < b.id ? -1 : 1));
    // Outer rings hold more nodes: their radius grows with what they must hold.
    const radius = Math.max(d * COLUMN, (ring.length * ROW) / (2 * Math.PI));
    ring.forEach((n, i) => {
      const a = (2 * Math.PI * i) / ring.length;
      out.set(n.id, { x: radius * Math.cos(a), y: radius * Math.sin(a) });
    });
  }
  return out;
}

/**
 * Left to right for a path: its nodes in order on one line, every other node in the column of
 * the path node nearest to it, above and below the line by its distance.
 */
export function flow(path: readonly string[], nodes: readonly LayoutNode[], ties: readonly Tie[]): Positions {
  const out: Positions = new Map();
  const next = adjacency(nodes, ties);
  path.forEach((id, i) => out.set(id, { x: i * COLUMN, y: 0 }));
  // Which path node each other node hangs from: the nearest, breadth-first from all of them.
  const owner = new Map<string, number>(path.map((id, i) => [id, i]));
  const depth = new Map<string, number>(path.map((id) => [id, 0]));
  let frontier = path.filter((id) => next.has(id));
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const id of frontier)
      for (const n of [...next.get(id)!].sort()) {
        if (owner.has(n)) continue;
        owner.set(n, owner.get(id)!);
        depth.set(n, depth.get(id)! + 1);
        following.push(n);
      }
    frontier = following;
  }
  const stacks = new Map<number, number>();
  for (const n of [...nodes].sort(byPosition('y')).reverse()) {
    if (out.has(n.id)) continue;
    const column = owner.get(n.id) ?? path.length;
    const k = stacks.get(column) ?? 0;
    stacks.set(column, k + 1);
    // Alternately above and below the line, further out for nodes further from the path.
    const rank = Math.floor(k / 2) + 1;
    const sign = k % 2 === 0 ? 1 : -1;
    out.set(n.id, {
      x: column * COLUMN + ((depth.get(n.id) ?? 1) - 1) * (COLUMN / 4),
      y: sign * rank * ROW,
    });
  }
  return out;
}
