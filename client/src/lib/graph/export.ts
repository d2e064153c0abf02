/**
 * Serialisers for the subgraph on the canvas: CSV (nodes, ties), JSON and GraphML. Pure: they
 * take plain records (see `exportRecords`) and return text.
 */
import type { ExplorerGraph } from './model.js';

export interface ExportNode {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  city: string | null;
  masked: boolean;
  degree: number;
}

export interface ExportEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  since: string | null;
  until: string | null;
  source: string | null;
  confidence: number | null;
  crossesBorder: boolean;
}

export interface ExportRecords {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** The drawn part of the canvas (hidden or filtered-out nodes and ties are left out). */
export function exportRecords(graph: ExplorerGraph): ExportRecords {
  const nodes: ExportNode[] = [];
  graph.forEachNode((id, a) => {
    if (a.hidden) return;
    nodes.push({
      id,
      name: a.label,
      kind: a.kind,
      country: a.country,
      city: a.city,
      masked: a.masked,
      degree: a.degree,
    });
  });
  const edges: ExportEdge[] = [];
  graph.forEachEdge((id, a, from, to) => {
    if (a.hidden || graph.getNodeAttribute(from, 'hidden') || graph.getNodeAttribute(to, 'hidden')) return;
    edges.push({
      id,
      type: a.rel,
      from,
      to,
      since: a.since,
      until: a.until,
      source: a.source,
      confidence: a.confidence,
      crossesBorder: a.crossesBorder,
    });
  });
  return { nodes, edges };
}

/**
 * RFC 4180: quote a field when it holds a comma, quote, CR or LF; double inner quotes. Text a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading apostrophe
 * (CSV injection), as in the server's export; numbers are left alone.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return [header.join(','), ...rows.map((r) => r.map(csvField).join(','))].join('\r\n') + '\r\n';
}

export function nodesCsv(records: ExportRecords): string {
  return csv(
    ['id', 'name', 'kind', 'country', 'city', 'masked', 'degree'],
    records.nodes.map((n) => [n.id, n.name, n.kind, n.country, n.city, n.masked, n.degree]),
  );
}

export function edgesCsv(records: ExportRecords): string {
  const names = new Map(records.nodes.map((n) => [n.id, n.name]));
  return csv(
    ['id', 'type', 'from', 'from_name', 'to', 'to_name', 'since', 'until', 'source', 'confidence', 'crosses_border'],
    records.edges.map((e) => [
      e.id,
      e.type,
      e.from,
      names.get(e.from) ?? null,
      e.to,
      names.get(e.to) ?? null,
      e.since,
      e.until,
      e.source,
      e.confidence,
      e.crossesBorder,
    ]),
  );
}

export function toJson(records: ExportRecords): string {
  return JSON.stringify({ nodes: records.nodes, edges: records.edges }, null, 2) + '\n';
}

export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NODE_KEYS = [
  ['name', 'string'],
  ['kind', 'string'],
  ['country', 'string'],
  ['city', 'string'],
  ['masked', 'boolean'],
  ['degree', 'int'],
] as const;
const EDGE_KEYS = [
  ['type', 'string'],
  ['since', 'string'],
  ['until', 'string'],
  ['source', 'string'],
  ['confidence', 'double'],
  ['crossesBorder', 'boolean'],
] as const;

function data(key: string, value: string | number | boolean | null): string {
  return value === null ? '' : `<data key="${key}">${xmlEscape(String(value))}</data>`;
}

/** GraphML that Gephi, yEd, Cytoscape and networkx read. */
export function toGraphml(records: ExportRecords): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="ponte" edgedefault="directed">',
    ...records.nodes.map(
      (n) => `    <node id="${xmlEscape(n.id)}">${NODE_KEYS.map(([k]) => data(`n_${k}`, n[k])).join('')}</node>`,
    ),
    ...records.edges.map(
      (e) =>
        `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.from)}" target="${xmlEscape(e.to)}">${EDGE_KEYS.map(([k]) => data(`e_${k}`, e[k])).join('')}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}
