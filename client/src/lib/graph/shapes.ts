/**
 * Node shapes per kind, so that kind reads from the outline as well as the colour (colour alone
 * fails readers with colour blindness and grey-scale prints). One geometry feeds the three places
 * that draw nodes: the WebGL canvas (as pictogram textures for @sigma/node-image, coloured by the
 * node's own colour, so masking, dimming and community colours keep working), the legend, and the
 * SVG export. Pure; unit-tested.
 */
export const SHAPES = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'star',
  'hexagon',
  'pentagon',
  'triangleDown',
  'plus',
] as const;
export type Shape = (typeof SHAPES)[number];

const KIND_SHAPES: Record<string, Shape> = {
  Migrant: 'circle',
  Association: 'square',
  Firm: 'diamond',
  PublicAdministration: 'triangle',
  Funder: 'star',
  Region: 'hexagon',
  ReturnProject: 'pentagon',
  Opportunity: 'triangleDown',
  Event: 'plus',
};

export function kindShape(kind: string): Shape {
  return KIND_SHAPES[kind] ?? 'circle';
}

/** Regular polygon corners on a circle of radius r, the first pointing up (SVG y grows down). */
function polygon(sides: number, cx: number, cy: number, r: number, turn = 0): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = -Math.PI / 2 + turn + (2 * Math.PI * i) / sides;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
}

const round = (n: number) => +n.toFixed(2);
const closed = (points: [number, number][]) => `M${points.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`;

/**
 * The outline of a shape centred on (cx, cy) as an SVG path, sized so that each shape looks about
 * as heavy as a circle of radius r (polygons reach a little further than the circle they stand for).
 */
export function shapePath(shape: Shape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${round(cx - r)} ${round(cy)}A${round(r)} ${round(r)} 0 1 0 ${round(cx + r)} ${round(cy)}A${round(r)} ${round(r)} 0 1 0 ${round(cx - r)} ${round(cy)}Z`;
    case 'square': {
      const h = r * 0.9;
      return closed([
        [cx - h, cy - h],
        [cx + h, cy - h],
        [cx + h, cy + h],
        [cx - h, cy + h],
      ]);
    }
    case 'diamond':
      return closed(polygon(4, cx, cy, r * 1.15));
    case 'triangle':
      return closed(polygon(3, cx, cy + r * 0.2, r * 1.25));
    case 'triangleDown':
      return closed(polygon(3, cx, cy - r * 0.2, r * 1.25, Math.PI));
    case 'hexagon':
      return closed(polygon(6, cx, cy, r * 1.05, Math.PI / 6));
    case 'pentagon':
      return closed(polygon(5, cx, cy, r * 1.08));
    case 'star': {
      const outer = polygon(5, cx, cy, r * 1.2);
      const inner = polygon(5, cx, cy, r * 0.55, Math.PI / 5);
      return closed(outer.flatMap((p, i) => [p, inner[i]!]));
    }
    case 'plus': {
      const a = r;
      const b = r * 0.38;
      return closed([
        [cx - b, cy - a],
        [cx + b, cy - a],
        [cx + b, cy - b],
        [cx + a, cy - b],
        [cx + a, cy + b],
        [cx + b, cy + b],
        [cx + b, cy + a],
        [cx - b, cy + a],
        [cx - b, cy + b],
        [cx - a, cy + b],
        [cx - a, cy - b],
        [cx - b, cy - b],
      ]);
    }
  }
}

/**
 * A shape as a small white SVG image in a data URL: @sigma/node-image ("color" drawing mode) uses
 * its alpha as a stencil and fills it with the node's colour. Inline, so nothing is fetched.
 */
export function shapeImage(shape: Shape): string {
  // The program crops images to a square of about 0.68 of the node's diameter: the shape fills it.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="-1.25 -1.25 2.5 2.5"><path d="${shapePath(shape, 0, 0, 1)}" fill="#fff"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

const images = new Map<Shape, string>();
/** The node program's attribute: each kind's pictogram (made once per shape). */
export function kindImage(kind: string): string {
  const shape = kindShape(kind);
  return images.get(shape) ?? images.set(shape, shapeImage(shape)).get(shape)!;
}
