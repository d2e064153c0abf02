import { xmlEscape } from './export.js';
import { placeLabels, type Box } from './label-placement.js';
import { kindShape, shapePath } from './shapes.js';

export interface SvgNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** Draws the node in its kind's shape, as on the canvas (a circle when absent). */
  kind?: string;
  id?: string;
  /** Which labels win the free space (higher first); the node's size when absent. */
  priority?: number;
}
export interface SvgEdge {
  from: SvgNode;
  to: SvgNode;
  size: number;
  color: string;
}

/** What a report's legend lists: the kinds and tie types in the picture, already translated. */
export interface SvgLegend {
  heading: string;
  kinds: readonly { kind: string; label: string; color: string }[];
  tiesHeading: string;
  ties: readonly { label: string; color: string; size?: number }[];
}

export interface SvgOptions {
  width?: number;
  height?: number;
  title?: string;
  /** A second line under the title (date, counts, filters). */
  subtitle?: string;
  legend?: SvgLegend;
  /** The label font's advance width of a text at 12 px (the browser's canvas measureText); estimated when absent. */
  measure?: (text: string) => number;
}

const FONT_SIZE = 12;
const MARGIN = 24;
const TITLE_BAND = 56;
const LEGEND_WIDTH = 220;
const LEGEND_ROW = 18;

/** Where the graph goes in the picture: the area left by the title and legend. */
export function graphArea(options: SvgOptions): Box {
  const width = options.width ?? 1200;
  const height = options.height ?? 900;
  const top = options.title || options.subtitle ? TITLE_BAND : 0;
  const right = options.legend ? width - LEGEND_WIDTH : width;
  return { left: 0, top, right, bottom: height };
}

function legendLines(legend: SvgLegend, x: number, top: number, bottom: number): string[] {
  const lines = ['<g class="legend" font-size="11" fill="#1d2430">'];
  let y = top + 18;
  const row = (draw: string, label: string) => {
    if (y + LEGEND_ROW > bottom) return;
    lines.push(draw, `<text x="${x + 26}" y="${y + 4}">${xmlEscape(label)}</text>`);
    y += LEGEND_ROW;
  };
  lines.push(`<text x="${x}" y="${y}" font-weight="600" font-size="12">${xmlEscape(legend.heading)}</text>`);
  y += LEGEND_ROW;
  for (const k of legend.kinds)
    row(`<path d="${shapePath(kindShape(k.kind), x + 8, y, 6)}" fill="${k.color}" stroke="#ffffff"/>`, k.label);
  y += 6;
  if (legend.ties.length > 0 && y + 2 * LEGEND_ROW <= bottom) {
    lines.push(`<text x="${x}" y="${y + 4}" font-weight="600" font-size="12">${xmlEscape(legend.tiesHeading)}</text>`);
    y += LEGEND_ROW;
  }
  for (const tie of legend.ties)
    row(
      `<line x1="${x}" y1="${y}" x2="${x + 18}" y2="${y}" stroke="${tie.color}" stroke-width="${tie.size ?? 2.5}"/>`,
      tie.label,
    );
  lines.push('</g>');
  return lines;
}

/**
 * The whole graph as a standalone SVG for reports: every node fitted into the picture (not the
 * current view), y pointing up as in sigma, nodes in their kind's shape, an optional title and
 * legend, and labels placed so that none is drawn over another (label-placement.ts; a label that
 * has no free place is left out, the more important ones first). Pure.
 */
export function toSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], options: SvgOptions = {}): string {
  const width = options.width ?? 1200;
  const height = options.height ?? 900;
  const area = graphArea(options);
  // Room for labels beside the outermost nodes, so fitting counts them too.
  const inner = {
    left: area.left + MARGIN + 60,
    top: area.top + MARGIN,
    right: area.right - MARGIN - 60,
    bottom: area.bottom - MARGIN,
  };
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const minX = Math.min(...xs, 0);
  const maxX = Math.max(...xs, 1);
  const minY = Math.min(...ys, 0);
  const maxY = Math.max(...ys, 1);
  const scale = Math.max(
    0,
    Math.min((inner.right - inner.left) / (maxX - minX || 1), (inner.bottom - inner.top) / (maxY - minY || 1)),
  );
  // Centred in the area the graph has.
  const offsetX = inner.left + (inner.right - inner.left - (maxX - minX) * scale) / 2;
  const offsetY = inner.bottom - (inner.bottom - inner.top - (maxY - minY) * scale) / 2;
  const px = (x: number) => +(offsetX + (x - minX) * scale).toFixed(2);
  const py = (y: number) => +(offsetY - (y - minY) * scale).toFixed(2);
  const labels = placeLabels(
    nodes.map((n, i) => ({
      id: n.id ?? String(i),
      text: n.label,
      x: px(n.x),
      y: py(n.y),
      radius: n.size,
      priority: n.priority ?? n.size,
    })),
    { bounds: area, fontSize: FONT_SIZE, ...(options.measure ? { measure: options.measure } : {}) },
  );
  const title = options.title
    ? `<text x="${MARGIN}" y="28" font-size="20" font-weight="600" fill="#1d2430" class="title">${xmlEscape(options.title)}</text>`
    : '';
  const subtitle = options.subtitle
    ? `<text x="${MARGIN}" y="46" font-size="12" fill="#5b6675" class="subtitle">${xmlEscape(options.subtitle)}</text>`
    : '';
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="${FONT_SIZE}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...[title, subtitle].filter(Boolean),
    '<g stroke-linecap="round">',
    ...edges.map(
      (e) =>
        `<line x1="${px(e.from.x)}" y1="${py(e.from.y)}" x2="${px(e.to.x)}" y2="${py(e.to.y)}" stroke="${e.color}" stroke-width="${e.size}"/>`,
    ),
    '</g>',
    '<g class="nodes">',
    ...nodes.map(
      (n) =>
        `<path d="${shapePath(kindShape(n.kind ?? ''), px(n.x), py(n.y), n.size)}" fill="${n.color}" stroke="#ffffff" data-kind="${xmlEscape(n.kind ?? '')}" data-x="${px(n.x)}" data-y="${py(n.y)}"/>`,
    ),
    '</g>',
    '<g class="labels" fill="#1d2430" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">',
    ...labels.map((l) => `<text x="${l.x}" y="${l.y}">${xmlEscape(l.text)}</text>`),
    '</g>',
    ...(options.legend ? legendLines(options.legend, area.right + 12, area.top, height - MARGIN) : []),
    '</svg>',
  ];
  return lines.join('\n') + '\n';
}
