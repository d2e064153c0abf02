/**
 * Sizing and colouring the canvas by a network metric, and showing one community only
 * (docs/analytics.md#in-the-explorer). Pure: the panel reads the metrics from `networkMetrics` and
 * writes the result into the canvas graph's node attributes, which sigma draws as they are.
 */
import { csvField, neutraliseFormula } from '../../../../shared/csv.js';
import { nodeColour, nodeSize } from '../../lib/graph/model.js';

export const METRICS = ['PAGE_RANK', 'BETWEENNESS', 'DEGREE', 'WEIGHTED_DEGREE'] as const;
export type Metric = (typeof METRICS)[number];

export interface MetricValues {
  degree: number;
  weightedDegree: number;
  pageRank: number;
  betweenness: number;
  community: string;
}

export const METRIC_FIELD: Record<Metric, Exclude<keyof MetricValues, 'community'>> = {
  PAGE_RANK: 'pageRank',
  BETWEENNESS: 'betweenness',
  DEGREE: 'degree',
  WEIGHTED_DEGREE: 'weightedDegree',
};

/** The smallest and largest drawn sizes (as the canvas's degree sizes). */
export const MIN_SIZE = 4;
export const MAX_SIZE = 22;

/** A value's place between min and max, 0–1, on a square-root scale (a few hubs do not flatten the rest). */
export function position(value: number, min: number, max: number): number {
  if (!(max > min)) return 0.5;
  return Math.sqrt(Math.max(0, Math.min(1, (value - min) / (max - min))));
}

// Viridis at five stops: sequential, colour-blind safe, light for high values on a light canvas
// reads badly, so high values are the dark end.
const RAMP = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];

/** The ramp's colour at t ∈ [0, 1], interpolated between stops. */
export function rampColour(t: number): string {
  const x = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  const f = x - i;
  const channel = (hex: string, k: number) => parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16);
  const mix = [0, 1, 2].map((k) => Math.round(channel(RAMP[i]!, k) * (1 - f) + channel(RAMP[i + 1]!, k) * f));
  return `#${mix.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export interface CanvasNode {
  id: string;
  kind: string;
  masked: boolean;
  degree: number;
}

export interface StyleOptions {
  sizeBy: Metric | null;
  colourBy: Metric | null;
  /** Show only this community's members (null: every node). */
  community: string | null;
  /** Nodes the user hid (the route's `hidden`): they stay hidden. */
  hiddenIds?: ReadonlySet<string>;
}

/**
 * What each canvas node looks like: sized and coloured by the metrics asked for, relative to the
 * nodes on the canvas; nodes without metrics (masked people, nodes outside the day's graph) keep
 * their usual look; with a community chosen, every other node is hidden.
 */
export function styleNodes(
  nodes: readonly CanvasNode[],
  metrics: ReadonlyMap<string, MetricValues>,
  options: StyleOptions,
): Map<string, { size: number; color: string; hidden: boolean }> {
  const range = (metric: Metric | null) => {
    if (!metric) return null;
    const values = nodes.flatMap((n) => {
      const m = metrics.get(n.id);
      return m ? [m[METRIC_FIELD[metric]]] : [];
    });
    return values.length ? { metric, min: Math.min(...values), max: Math.max(...values) } : null;
  };
  const size = range(options.sizeBy);
  const colour = range(options.colourBy);
  const out = new Map<string, { size: number; color: string; hidden: boolean }>();
  for (const n of nodes) {
    const m = metrics.get(n.id);
    const at = (r: NonNullable<ReturnType<typeof range>>) => position(m![METRIC_FIELD[r.metric]], r.min, r.max);
    out.set(n.id, {
      size: m && size ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * at(size) : nodeSize(n.degree),
      color: m && colour ? rampColour(at(colour)) : nodeColour(n.kind, n.masked),
      hidden:
        (options.hiddenIds?.has(n.id) ?? false) || (options.community !== null && m?.community !== options.community),
    });
  }
  return out;
}

/** Communities on the canvas, most members first: the choices of the community filter. */
export function canvasCommunities(metrics: ReadonlyMap<string, MetricValues>): Array<{ id: string; members: number }> {
  const counts = new Map<string, number>();
  for (const m of metrics.values()) counts.set(m.community, (counts.get(m.community) ?? 0) + 1);
  return [...counts]
    .map(([id, members]) => ({ id, members }))
    .sort((a, b) => b.members - a.members || (a.id < b.id ? -1 : 1));
}

export interface RankedRow extends MetricValues {
  rank: number;
  id: string;
  name: string;
  kind: string;
  country: string | null;
}

const COLUMNS = [
  'rank',
  'id',
  'name',
  'kind',
  'country',
  'degree',
  'weightedDegree',
  'pageRank',
  'betweenness',
  'community',
] as const;

/** The ranked table as CSV (RFC 4180; text that a spreadsheet would run as a formula neutralised). */
export function metricsCsv(rows: readonly RankedRow[]): string {
  const text = (v: string | number | null) =>
    typeof v === 'number' ? String(v) : csvField(neutraliseFormula(v ?? ''));
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => text(r[c])).join(','))].join('\r\n') + '\r\n';
}
