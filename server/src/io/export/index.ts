import type { Driver } from 'neo4j-driver';
import { toCsv } from './csv.js';
import type { ExportFile } from './files.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toSeedJson } from './json.js';
import type { ExportFilter, ExportFormat, ExportMetrics, ExportedGraph } from './model.js';
import { readGraph } from './read.js';

export type { ExportFile } from './files.js';
export {
  EXPORT_FORMATS,
  PERSONAL_FIELDS,
  type ExportFilter,
  type ExportFormat,
  type ExportMetrics,
  type ExportedGraph,
} from './model.js';
export { readGraph } from './read.js';

export interface ExportResult {
  readonly format: ExportFormat;
  /** json and csv: several files (a folder); graphml and gexf: one. */
  readonly files: readonly ExportFile[];
  readonly nodes: number;
  readonly ties: number;
}

/** Writes an already read graph in one format. Pure: the same graph gives the same bytes. */
export function formatGraph(graph: ExportedGraph, format: ExportFormat): ExportFile[] {
  switch (format) {
    case 'json':
      return toSeedJson(graph);
    case 'csv':
      return toCsv(graph);
    case 'graphml':
      return [toGraphml(graph)];
    case 'gexf':
      return [toGexf(graph)];
  }
}

/**
 * Reads the (filtered) graph in one read transaction and writes it in `format`, with the network
 * metrics as node attributes when given (CSV, GraphML, GEXF; the JSON seed format has no place for them).
 */
export async function exportGraph(
  driver: Driver,
  database: string,
  format: ExportFormat,
  filter: ExportFilter = {},
  metrics?: ReadonlyMap<string, ExportMetrics>,
): Promise<ExportResult> {
  const read = await readGraph(driver, database, filter);
  const graph = metrics && format !== 'json' ? { ...read, metrics } : read;
  return { format, files: formatGraph(graph, format), nodes: graph.nodes.length, ties: graph.ties.length };
}
