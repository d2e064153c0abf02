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

/** GraphML attribute types; lists travel as `;`-joined strings (GraphML has no list type). */
const GRAPHML_TYPE: Record<FieldType, string> = {
  string: 'string',
  list: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
};

/**
 * GraphML (Gephi, yEd, Cytoscape, networkx): typed `<key>`s for every node field of the exported
 * kinds (`n_<field>`, plus `n_kind` and `n_label`) and every tie field (`e_<field>`, plus `e_type`);
 * directed edges with id `<from>--<TYPE>--<to>`. With metrics, `m_<metric>` keys (degree,
 * weightedDegree, pageRank, betweenness, community) on the nodes that have them.
 */
export function toGraphml(graph: ExportedGraph): ExportFile {
  const kinds = [...new Set(graph.nodes.map((n) => n.kind))];
  const types = [...new Set(graph.ties.map((t) => t.type))];
  const nodeFields = [...new Set(kinds.flatMap((k) => exportedNodeFields(k, graph.personalFields)))].sort();
  const tieFields = [...new Set(types.flatMap((t) => exportedTieFields(t)))].sort();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>',
    ...nodeFields.map(
      (f) => `  <key id="n_${f}" for="node" attr.name="${f}" attr.type="${GRAPHML_TYPE[fieldType(f)]}"/>`,
    ),
    ...(graph.metrics
      ? METRIC_FIELDS.map(
          ([f, type]) => `  <key id="m_${f}" for="node" attr.name="${f}" attr.type="${GRAPHML_TYPE[type]}"/>`,
        )
      : []),
    '  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>',
    ...tieFields.map(
      (f) => `  <key id="e_${f}" for="edge" attr.name="${f}" attr.type="${GRAPHML_TYPE[fieldType(f)]}"/>`,
    ),
    '  <graph id="ponte" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${xmlEscape(node.id)}">`);
    lines.push(`      <data key="n_label">${xmlEscape(String(node.props.name ?? node.id))}</data>`);
    lines.push(`      <data key="n_kind">${node.kind}</data>`);
    for (const [field, value] of Object.entries(node.props))
      lines.push(`      <data key="n_${field}">${xmlEscape(joinValue(value))}</data>`);
    const metrics = graph.metrics?.get(node.id);
    if (metrics)
      for (const [field] of METRIC_FIELDS)
        lines.push(`      <data key="m_${field}">${xmlEscape(String(metrics[field]))}</data>`);
    lines.push('    </node>');
  }
  for (const tie of graph.ties) {
    lines.push(
      `    <edge id="${xmlEscape(`${tie.from}--${tie.type}--${tie.to}`)}" source="${xmlEscape(tie.from)}" target="${xmlEscape(tie.to)}">`,
    );
    lines.push(`      <data key="e_type">${tie.type}</data>`);
    for (const [field, value] of Object.entries(tie.props))
      lines.push(`      <data key="e_${field}">${xmlEscape(joinValue(value))}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return { name: 'ponte.graphml', mediaType: 'application/graphml+xml', content: lines.join('\n') };
}
