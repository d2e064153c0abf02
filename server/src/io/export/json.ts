import { formatSeedJson } from '../../../../seeds/generator/format.js';
import type { ExportFile } from './files.js';
import { NODE_KINDS, TIE_TYPES, type ExportedGraph } from './model.js';

const COMMENT = 'Exported from Ponte in the seed format (seeds/README.md); load with `npm run seed -- DIR`.';

/**
 * The seed format, one file per node kind and per relationship type (`nodes-Event.json`,
 * `ties-ATTENDED.json`), so `npm run seed -- DIR` / `loadSeeds` re-imports the folder as it is.
 * Records list `kind`/`type` and ids first, then the properties in name order; the layout is the
 * seed files' own (formatSeedJson), so the same graph always gives the same bytes.
 */
export function toSeedJson(graph: ExportedGraph): ExportFile[] {
  const files: ExportFile[] = [];
  for (const kind of NODE_KINDS) {
    const nodes = graph.nodes
      .filter((n) => n.kind === kind)
      .map((n) => ({ kind: n.kind, id: n.id, ...withRecords(n.props) }));
    if (nodes.length > 0)
      files.push({
        name: `nodes-${kind}.json`,
        mediaType: 'application/json',
        content: formatSeedJson({ $comment: COMMENT, nodes }),
      });
  }
  for (const type of TIE_TYPES) {
    const ties = graph.ties
      .filter((t) => t.type === type)
      .map((t) => ({ type: t.type, from: t.from, to: t.to, ...withRecords(t.props) }));
    if (ties.length > 0)
      files.push({
        name: `ties-${type}.json`,
        mediaType: 'application/json',
        content: formatSeedJson({ $comment: COMMENT, ties }),
      });
  }
  return files;
}

/** The seed format writes evidence as records, not as the JSON text the cell formats carry. */
function withRecords(props: ExportedGraph['nodes'][number]['props']): Record<string, unknown> {
  return typeof props.evidence === 'string' ? { ...props, evidence: JSON.parse(props.evidence) as unknown } : props;
}
