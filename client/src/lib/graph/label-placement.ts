/**
 * Collision-aware label placement for pictures of the graph (the SVG and PNG exports): each label
 * is tried beside its node in a few positions, more important labels first; a label that would
 * overlap one already placed, or leave the picture, is left out rather than drawn on top of
 * another. Pure and deterministic, so an export reads the same every time and is unit-tested.
 */

export interface LabelRequest {
  id: string;
  text: string;
  /** The node's centre and radius, in picture pixels. */
  x: number;
  y: number;
  radius: number;
  /** Higher first: the labels that matter most get the free space (e.g. selected, then by degree). */
  priority: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where the text starts (left end) and its baseline, for `<text x y>` with the default anchor. */
  x: number;
  y: number;
  box: Box;
}

export interface PlacementOptions {
  /** The text's advance width at `fontSize`; the default estimates it from the character count. */
  measure?: (text: string) => number;
  fontSize?: number;
  /** The area labels must stay inside. */
  bounds: Box;
  /** Space kept free around each label. */
  padding?: number;
}

/** A generous estimate of a sans-serif line's width: wide enough that estimated boxes never under-cover. */
export function estimateWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.62;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box: Box, bounds: Box): boolean {
  return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
}

/** A uniform grid of placed boxes: each placement looks only at the cells its box covers. */
class BoxGrid {
  readonly #cells = new Map<string, Box[]>();
  constructor(readonly cell: number) {}

  #keys(box: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(box.left / this.cell); i <= Math.floor(box.right / this.cell); i++)
      for (let j = Math.floor(box.top / this.cell); j <= Math.floor(box.bottom / this.cell); j++)
        keys.push(`${i},${j}`);
    return keys;
  }
  collides(box: Box): boolean {
    return this.#keys(box).some((k) => this.#cells.get(k)?.some((other) => boxesOverlap(box, other)));
  }
  add(box: Box): void {
    for (const k of this.#keys(box)) {
      const list = this.#cells.get(k);
      if (list) list.push(box);
      else this.#cells.set(k, [box]);
    }
  }
}

/**
 * Places as many labels as fit without overlap: by priority (ties broken by id, so the result does
 * not depend on input order), each at the first free position among right of the node, left,
 * above and below. Returns the placed labels; the others are not drawn.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const fontSize = options.fontSize ?? 12;
  const measure = options.measure ?? ((text: string) => estimateWidth(text, fontSize));
  const padding = options.padding ?? 2;
  const ascent = fontSize * 0.8;
  const descent = fontSize * 0.25;
  const grid = new BoxGrid(Math.max(16, fontSize * 4));
  const ordered = [...requests]
    .filter((r) => r.text.trim() !== '')
    .sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: PlacedLabel[] = [];
  for (const r of ordered) {
    const width = measure(r.text);
    const gap = r.radius + 3;
    const middle = r.y + (ascent - descent) / 2;
    // Text start and baseline for each candidate position.
    const candidates: [number, number][] = [
      [r.x + gap, middle],
      [r.x - gap - width, middle],
      [r.x - width / 2, r.y - gap - descent],
      [r.x - width / 2, r.y + gap + ascent],
    ];
    for (const [x, y] of candidates) {
      const box = {
        left: x - padding,
        top: y - ascent - padding,
        right: x + width + padding,
        bottom: y + descent + padding,
      };
      if (!inside(box, options.bounds) || grid.collides(box)) continue;
      grid.add(box);
      placed.push({ id: r.id, text: r.text, x: round(x), y: round(y), box });
      break;
    }
  }
  return placed;
}

const round = (v: number) => Math.round(v * 100) / 100;
