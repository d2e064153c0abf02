import { csvField, neutraliseFormula } from '../../../../shared/csv.js';
import { joinValue, type ExportFile } from './files.js';
import {
  METRIC_FIELDS,
  NODE_KINDS,
  TIE_TYPES,
  exportedNodeFields,
  exportedTieFields,
  type ExportValue,
  type ExportedGraph,
} from './model.js';

/**
 * CSV per node kind (`nodes-Migrant.csv`: `id` then the model's fields in name order) and per
 * relationship type (`ties-FUNDS.csv`: `from`, `to`, then the tie's fields). RFC 4180: CRLF line
 * ends, a header row, fields quoted when they hold a comma, a quote or a line break. Lists are
 * joined with `;`; an absent value is an empty cell. Kinds and types with no rows get no file.
 * With metrics, `metrics.csv` (`id`, `kind`, then degree, weightedDegree, pageRank, betweenness,
 * community) beside them: the node files keep the import's columns, so they re-import unchanged.
 */
export function toCsv(graph: ExportedGraph): ExportFile[] {
  const files: ExportFile[] = [];
  for (const kind of NODE_KINDS) {
    const nodes = graph.nodes.filter((n) => n.kind === kind);
    if (nodes.length === 0) continue;
    const fields = exportedNodeFields(kind, graph.personalFields);
    // With records, `sources` stays empty: a label holding `;` would not survive the list, and the
    // import takes the labels from the records (model/evidence.ts labelsFromEvidence).
    const rows = nodes.map((n) => [
      n.id,
      ...fields.map((f) => (f === 'sources' && n.props.evidence !== undefined ? '' : cell(n.props[f]))),
    ]);
    files.push({
      name: `nodes-${kind}.csv`,
      mediaType: 'text/csv; charset=utf-8',
      content: csvText(['id', ...fields], rows),
    });
  }
  for (const type of TIE_TYPES) {
    const ties = graph.ties.filter((t) => t.type === type);
    if (ties.length === 0) continue;
    const fields = exportedTieFields(type);
    const rows = ties.map((t) => [t.from, t.to, ...fields.map((f) => cell(t.props[f]))]);
    files.push({
      name: `ties-${type}.csv`,
      mediaType: 'text/csv; charset=utf-8',
      content: csvText(['from', 'to', ...fields], rows),
    });
  }
  if (graph.metrics) {
    const rows = graph.nodes.flatMap((n) => {
      const m = graph.metrics!.get(n.id);
      return m ? [[n.id, n.kind, ...METRIC_FIELDS.map(([f]) => cell(m[f]))]] : [];
    });
    files.push({
      name: 'metrics.csv',
      mediaType: 'text/csv; charset=utf-8',
      content: csvText(['id', 'kind', ...METRIC_FIELDS.map(([f]) => f)], rows),
    });
  }
  return files;
}

function cell(value: ExportValue | undefined): string {
  if (value === undefined) return '';
  const text = joinValue(value);
  return typeof value === 'number' || typeof value === 'boolean' ? text : neutraliseFormula(text);
}

export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
