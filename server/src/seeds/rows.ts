import neo4j from 'neo4j-driver';
import { type MatchLabel, matchLabel } from '../db/upsert.js';
import { encodeEvidence, type SourceRecord } from '../model/evidence.js';
import {
  DATE_FIELDS,
  INTEGER_FIELDS,
  NODE_KINDS,
  type NodeKind,
  type SeedNode,
  type SeedTie,
  TIE_TYPES,
  type TieType,
  isActorKind,
  nodePropertyNames,
  tiePropertyNames,
} from './seed-schema.js';

/**
 * Turns validated seed records into `UNWIND $rows` parameters: one batch per node label, and one
 * per (relationship type, label of the from end, label of the to end). Tie ends are matched on
 * `Actor` for any actor kind (it has its own unique id constraint) so that most types need a
 * single statement; every statement is a round trip, and those dominate the load time.
 */

export type Props = Record<string, unknown>;

export interface NodeBatch {
  readonly kind: NodeKind;
  readonly isActor: boolean;
  readonly rows: readonly { readonly id: string; readonly props: Props }[];
}

export { type MatchLabel, matchLabel } from '../db/upsert.js';

export interface TieBatch {
  readonly type: TieType;
  readonly fromLabel: MatchLabel;
  readonly toLabel: MatchLabel;
  readonly rows: readonly { readonly from: string; readonly to: string; readonly props: Props }[];
}

/** Seed value → Neo4j parameter: dates become Date, whole-number fields Integer, absent ones null. */
export function toNeo4jValue(field: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  // Neo4j properties hold no maps: one JSON string per source (docs/data-model.md#evidence).
  if (field === 'evidence' && Array.isArray(value)) return encodeEvidence(value as SourceRecord[]);
  if (DATE_FIELDS.has(field) && typeof value === 'string') {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return new neo4j.Date(year, month, day);
  }
  if (INTEGER_FIELDS.has(field) && typeof value === 'number') return neo4j.int(value);
  return value;
}

/**
 * Every property the schema knows is present: absent optional ones as null, so `SET x += props`
 * removes a value that was deleted from the seed file and re-loading converges on the files.
 */
function propsOf(names: readonly string[], record: Readonly<Record<string, unknown>>): Props {
  return Object.fromEntries(names.map((name) => [name, toNeo4jValue(name, record[name])]));
}

export function nodeBatches(nodes: readonly SeedNode[]): NodeBatch[] {
  return NODE_KINDS.flatMap((kind): NodeBatch[] => {
    const names = nodePropertyNames(kind);
    const rows = nodes
      .filter((node) => node.kind === kind)
      .map((node) => ({ id: node.id, props: propsOf(names, node) }));
    return rows.length > 0 ? [{ kind, isActor: isActorKind(kind), rows }] : [];
  });
}

export function tieBatches(ties: readonly SeedTie[], kindOf: (id: string) => NodeKind): TieBatch[] {
  const batches = new Map<
    string,
    { type: TieType; fromLabel: MatchLabel; toLabel: MatchLabel; rows: TieBatch['rows'][number][] }
  >();
  for (const type of TIE_TYPES) {
    const names = tiePropertyNames(type);
    for (const tie of ties) {
      if (tie.type !== type) continue;
      const fromLabel = matchLabel(kindOf(tie.from));
      const toLabel = matchLabel(kindOf(tie.to));
      const key = `${type}|${fromLabel}|${toLabel}`;
      let batch = batches.get(key);
      if (!batch) {
        batch = { type, fromLabel, toLabel, rows: [] };
        batches.set(key, batch);
      }
      batch.rows.push({ from: tie.from, to: tie.to, props: propsOf(names, tie) });
    }
  }
  return [...batches.values()];
}
