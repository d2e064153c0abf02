import {
  INTEGER_FIELDS,
  NODE_KINDS,
  TIE_TYPES,
  isActorKind,
  nodePropertyNames,
  tiePropertyNames,
  type NodeKind,
  type TieType,
} from '../../seeds/seed-schema.js';
import { PERSONAL_FIELDS } from '../../model/personal.js';

/**
 * What an export holds: the public graph as seed records (seeds/README.md), in a stable order.
 * Only the node kinds and relationship types of docs/architecture.md#domain-model are read, and only the properties the
 * seed format knows, so accounts (:User), the audit log (:AuditEvent), `createdAt`/`updatedAt`
 * and anything else outside the model never leave the database.
 */

export const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The personal fields of a migrant (docs/architecture.md#personal-fields): exported only when asked for, by staff. */
export { PERSONAL_FIELDS };

export interface ExportFilter {
  /** Node kinds to export (default: all nine). Ties are kept only when both ends are exported. */
  readonly kinds?: readonly NodeKind[] | undefined;
  /** Relationship types to export (default: all thirteen). */
  readonly types?: readonly TieType[] | undefined;
  /**
   * A region id (`region-piemonte`) or ISO code (`IT-21`): the actors BASED_IN it, the region, every
   * tie with an end among those actors and the node at its other end (so the files load on their own).
   */
  readonly region?: string | undefined;
  /** Include migrants' personal fields (fullName, email, phone, birthYear). Default false. */
  readonly personalFields?: boolean | undefined;
}

/** A property value as the seed format writes it: dates as YYYY-MM-DD, lists of strings. */
export type ExportValue = string | number | boolean | readonly string[];

export interface ExportNode {
  readonly kind: NodeKind;
  readonly id: string;
  /** Properties in name order, absent ones left out. */
  readonly props: Readonly<Record<string, ExportValue>>;
}

export interface ExportTie {
  readonly type: TieType;
  readonly from: string;
  readonly to: string;
  readonly props: Readonly<Record<string, ExportValue>>;
}

export interface ExportedGraph {
  /** By kind (NODE_KINDS order), then id. */
  readonly nodes: readonly ExportNode[];
  /** By type (TIE_TYPES order), then from id, then to id. */
  readonly ties: readonly ExportTie[];
  readonly personalFields: boolean;
  /** Network metrics by node id (docs/analytics.md), written as node attributes when present. */
  readonly metrics?: ReadonlyMap<string, ExportMetrics>;
}

/** A node's network metrics as exports write them (docs/analytics.md#in-exports). */
export interface ExportMetrics {
  readonly degree: number;
  readonly weightedDegree: number;
  readonly pageRank: number;
  readonly betweenness: number;
  readonly community: string;
}

/** The metric attributes, in the order exports write them, with their value types. */
export const METRIC_FIELDS: ReadonlyArray<readonly [keyof ExportMetrics, FieldType]> = [
  ['degree', 'int'],
  ['weightedDegree', 'double'],
  ['pageRank', 'double'],
  ['betweenness', 'double'],
  ['community', 'string'],
];

/** The properties a column-per-field format writes for a kind, in name order. */
export function exportedNodeFields(kind: NodeKind, personalFields: boolean): string[] {
  return nodePropertyNames(kind)
    .filter((name) => personalFields || kind !== 'Migrant' || !PERSONAL_FIELDS.has(name))
    .sort();
}

export function exportedTieFields(type: TieType): string[] {
  return tiePropertyNames(type).sort();
}

export type FieldType = 'string' | 'int' | 'double' | 'boolean' | 'list';

const LIST_FIELDS = new Set([
  'altNames',
  'tags',
  'services',
  'sources',
  'skills',
  'languages',
  'instruments',
  'needs',
  'requiredSkills',
]);
const DOUBLE_FIELDS = new Set(['confidence', 'lat', 'lon', 'budgetEur', 'amountEur']);

/** The value type of a field, for typed formats (GraphML keys, GEXF attributes). */
export function fieldType(name: string): FieldType {
  if (LIST_FIELDS.has(name)) return 'list';
  if (INTEGER_FIELDS.has(name)) return 'int';
  if (DOUBLE_FIELDS.has(name)) return 'double';
  if (name === 'synthetic') return 'boolean';
  return 'string';
}

export { isActorKind, NODE_KINDS, TIE_TYPES, type NodeKind, type TieType };
