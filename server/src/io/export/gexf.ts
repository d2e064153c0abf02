import { joinValue, type ExportFile } from './files.js';
import {
  exportedNodeFields,
  exportedTieFields,
  fieldType,
  METRIC_FIELDS,
  type ExportedGraph,
  type FieldType,
} from './model.js';
import { xmlEscape } from '../../../../shared/xml.js';

const GEXF_TYPE: Record<FieldType, string> = {
  string: 'string',
  list: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
};

/**
 * GEXF 1.3 for Gephi: nodes with their name as `label` and a `kind` attribute beside the model's
 * fields; edges with the relationship type as `label` and a `type` attribute, and `start`/`end`
 * from the tie's `since`/`until` so Gephi's timeline shows when ties held (an open end stays
 * open). Lists are `;`-joined strings. With metrics, node attributes `m_<metric>` titled by the
 * metric (degree, weightedDegree, pageRank, betweenness, community), for Gephi's ranking and partition. No timestamp in the file: the same graph gives the same bytes.
 */
export function toGexf(graph: ExportedGraph): ExportFile {
  const kinds = [...new Set(graph.nodes.map((n) => n.kind))];
  const types = [...new Set(graph.ties.map((t) => t.type))];
  const nodeFields = [...new Set(kinds.flatMap((k) => exportedNodeFields(k, graph.personalFields)))].sort();
  const tieFields = [...new Set(types.flatMap((t) => exportedTieFields(t)))].sort();
  const attribute = (f: string) => `      <attribute id="${f}" title="${f}" type="${GEXF_TYPE[fieldType(f)]}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Ponte</creator>',
    '    <description>The Italy–Morocco migration-and-development network</description>',
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    '    <attributes class="node" mode="static">',
    attribute('kind'),
    ...nodeFields.map(attribute),
    ...(graph.metrics
      ? METRIC_FIELDS.map(([f, type]) => `      <attribute id="m_${f}" title="${f}" type="${GEXF_TYPE[type]}"/>`)
      : []),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    attribute('type'),
    ...tieFields.map(attribute),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    lines.push(`      <node id="${xmlEscape(node.id)}" label="${xmlEscape(String(node.props.name ?? node.id))}">`);
    lines.push('        <attvalues>');
    lines.push(`          <attvalue for="kind" value="${node.kind}"/>`);
    for (const [field, value] of Object.entries(node.props))
      lines.push(`          <attvalue for="${field}" value="${xmlEscape(joinValue(value))}"/>`);
    const metrics = graph.metrics?.get(node.id);
    if (metrics)
      for (const [field] of METRIC_FIELDS)
        lines.push(`          <attvalue for="m_${field}" value="${xmlEscape(String(metrics[field]))}"/>`);
    lines.push('        </attvalues>', '      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  graph.ties.forEach((tie, index) => {
    const since = typeof tie.props.since === 'string' ? ` start="${tie.props.since}"` : '';
    const until = typeof tie.props.until === 'string' ? ` end="${tie.props.until}"` : '';
    lines.push(
      `      <edge id="${index}" source="${xmlEscape(tie.from)}" target="${xmlEscape(tie.to)}" label="${tie.type}"${since}${until}>`,
    );
    lines.push('        <attvalues>');
    lines.push(`          <attvalue for="type" value="${tie.type}"/>`);
    for (const [field, value] of Object.entries(tie.props))
      lines.push(`          <attvalue for="${field}" value="${xmlEscape(joinValue(value))}"/>`);
    lines.push('        </attvalues>', '      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return { name: 'ponte.gexf', mediaType: 'application/gexf+xml', content: lines.join('\n') };
}
