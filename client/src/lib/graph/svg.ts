import { xmlEscape } from './export.js';
import { kindShape, shapePath } from './shapes.js';

export interface SvgNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** Draws the node in its kind's shape, as on the canvas (a circle when absent). */
  kind?: string;
}
export interface SvgEdge {
  from: SvgNode;
  to: SvgNode;
  size: number;
  color: string;
}

/**
 * The canvas as a standalone SVG: graph coordinates fitted into `width`×`height` with a margin,
 * y pointing up as in sigma, nodes in their kind's shape, labels beside the nodes. Pure, so reports get a vector picture.
 */
export function toSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], width = 1200, height = 900): string {
  const margin = 40;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const minX = Math.min(...xs, 0);
  const maxX = Math.max(...xs, 1);
  const minY = Math.min(...ys, 0);
  const maxY = Math.max(...ys, 1);
  const scale = Math.min((width - 2 * margin) / (maxX - minX || 1), (height - 2 * margin) / (maxY - minY || 1));
  const px = (x: number) => +(margin + (x - minX) * scale).toFixed(2);
  const py = (y: number) => +(height - margin - (y - minY) * scale).toFixed(2);
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    '<g stroke-linecap="round">',
    ...edges.map(
      (e) =>
        `<line x1="${px(e.from.x)}" y1="${py(e.from.y)}" x2="${px(e.to.x)}" y2="${py(e.to.y)}" stroke="${e.color}" stroke-width="${e.size}"/>`,
    ),
    '</g>',
    '<g>',
    ...nodes.map(
      (n) =>
        `<path d="${shapePath(kindShape(n.kind ?? ''), px(n.x), py(n.y), n.size)}" fill="${n.color}" stroke="#ffffff" data-kind="${xmlEscape(n.kind ?? '')}"/>`,
    ),
    '</g>',
    '<g fill="#1d2430">',
    ...nodes
      .filter((n) => n.label)
      .map(
        (n) =>
          `<text x="${+(px(n.x) + n.size + 3).toFixed(2)}" y="${+(py(n.y) + 4).toFixed(2)}">${xmlEscape(n.label)}</text>`,
      ),
    '</g>',
    '</svg>',
  ];
  return lines.join('\n') + '\n';
}
