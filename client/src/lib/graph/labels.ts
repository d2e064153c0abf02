/**
 * Which node labels the canvas writes, and where: the most important first (the selected node,
 * the path shown, then by ties), each beside its node, on the other side when it would leave the
 * canvas, moved inside when it still would, and left out when it would cover a label already
 * placed. The same rules serve the screen and the exports (`placeLabels` takes plain boxes); fit to
 * screen counts the labels (`fitScale`). Pure: unit-tested in labels.test.ts.
 */

export interface LabelCandidate {
  id: string;
  text: string;
  /** The node's centre and radius, in viewport pixels. */
  x: number;
  y: number;
  size: number;
  /** The text's width in pixels (measured by the caller: the font is theirs). */
  width: number;
  /** Higher first; `Infinity` for labels that must be written (the selected node). */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** The text box's top-left corner and size, in viewport pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Gap between a node and its label, and between labels and the canvas edge. */
export const LABEL_GAP = 3;
export const LABEL_MARGIN = 4;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A label's priority: the selected node above all, then the path shown, then the most tied. */
export function labelPriority(options: { selected: boolean; highlighted: boolean; degree: number; size: number }) {
  if (options.selected) return Number.POSITIVE_INFINITY;
  return (options.highlighted ? 1e6 : 0) + options.degree * 10 + options.size;
}

/** Buckets of placed boxes, so each test looks at its neighbourhood only (thousands of labels per frame). */
class BoxGrid {
  #cells = new Map<string, Box[]>();
  constructor(private readonly cell: number) {}
  #keys(b: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(b.x / this.cell); i <= Math.floor((b.x + b.width) / this.cell); i++)
      for (let j = Math.floor(b.y / this.cell); j <= Math.floor((b.y + b.height) / this.cell); j++)
        keys.push(`${i},${j}`);
    return keys;
  }
  hits(b: Box): boolean {
    return this.#keys(b).some((k) => this.#cells.get(k)?.some((o) => overlaps(o, b)) ?? false);
  }
  add(b: Box): void {
    for (const k of this.#keys(b)) (this.#cells.get(k) ?? this.#cells.set(k, []).get(k)!).push(b);
  }
}

/**
 * Places labels without overlaps, inside the viewport. A node off screen gets no label (the
 * selected one included: it is shown again when the camera comes back); a label that must be
 * written is placed even over others.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: Viewport,
  fontSize: number,
): PlacedLabel[] {
  const height = Math.ceil(fontSize * 1.25);
  const grid = new BoxGrid(Math.max(32, height * 4));
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: PlacedLabel[] = [];
  for (const c of sorted) {
    if (c.text === '' || c.x < 0 || c.y < 0 || c.x > viewport.width || c.y > viewport.height) continue;
    const inside = (x: number, y: number): Box => ({
      x: Math.min(Math.max(x, LABEL_MARGIN), Math.max(LABEL_MARGIN, viewport.width - LABEL_MARGIN - c.width)),
      y: Math.min(Math.max(y, LABEL_MARGIN), Math.max(LABEL_MARGIN, viewport.height - LABEL_MARGIN - height)),
      width: c.width,
      height,
    });
    const top = c.y - height / 2;
    const right = { x: c.x + c.size + LABEL_GAP, y: top };
    const left = { x: c.x - c.size - LABEL_GAP - c.width, y: top };
    // The right side first, unless it would leave the canvas and the left would not.
    const order =
      right.x + c.width > viewport.width - LABEL_MARGIN && left.x >= LABEL_MARGIN ? [left, right] : [right, left];
    const boxes = [...order, { x: c.x - c.width / 2, y: c.y + c.size + LABEL_GAP }].map((p) => inside(p.x, p.y));
    const free = boxes.find((b) => !grid.hits(b));
    const box = free ?? (c.priority === Number.POSITIVE_INFINITY ? boxes[0]! : null);
    if (!box) continue;
    grid.add(box);
    placed.push({ id: c.id, text: c.text, ...box });
  }
  return placed;
}

/** A node and its label, in viewport pixels: the label may sit on either side of the node. */
export interface Extent {
  /** The node's centre and radius. */
  x: number;
  y: number;
  size: number;
  /** The label's width (0: no label) and height. */
  width: number;
  height: number;
}

/** The most a fit zooms out to make room for labels. */
export const MAX_FIT_SCALE = 4;

/**
 * How much to zoom out, around the viewport's centre, so that every node and its label fit in the
 * viewport: node centres move toward the centre by the factor, while labels keep their size in
 * pixels. A label may sit left or right of its node (placeLabels flips it), so the cheaper side
 * counts; a label that fits on neither side at any zoom is left to the placement, which moves it
 * inside. 1 when everything already fits.
 */
export function fitScale(extents: readonly Extent[], viewport: Viewport, margin = LABEL_MARGIN): number {
  const cx = viewport.width / 2;
  const cy = viewport.height / 2;
  /** The zoom-out that keeps [centre − before, centre + after] inside [margin, length − margin]. */
  const along = (at: number, centre: number, length: number, before: number, after: number): number => {
    let s = 1;
    const offset = at - centre;
    if (offset > 0) {
      const room = length - margin - centre - after;
      if (room <= 0) return Number.POSITIVE_INFINITY;
      s = Math.max(s, offset / room);
    } else if (offset < 0) {
      const room = centre - margin - before;
      if (room <= 0) return Number.POSITIVE_INFINITY;
      s = Math.max(s, -offset / room);
    }
    return s;
  };
  let scale = 1;
  for (const e of extents) {
    const label = e.width > 0 ? LABEL_GAP + e.width : 0;
    const right = along(e.x, cx, viewport.width, e.size, e.size + label);
    const left = along(e.x, cx, viewport.width, e.size + label, e.size);
    let horizontal = Math.min(right, left);
    if (!Number.isFinite(horizontal)) horizontal = along(e.x, cx, viewport.width, e.size, e.size);
    const half = Math.max(e.size, e.height / 2);
    const vertical = along(e.y, cy, viewport.height, half, half);
    for (const s of [horizontal, vertical]) if (Number.isFinite(s)) scale = Math.max(scale, s);
  }
  return Math.min(scale, MAX_FIT_SCALE);
}
