import neo4j from 'neo4j-driver';
import { type SeedNode, type SeedTie, nodePropertyNames, tiePropertyNames } from '../../seeds/seed-schema.js';
import { toNeo4jValue } from '../../seeds/rows.js';
import type { Checked } from './check.js';

/**
 * What a checked record changes, given the stored properties of its node or tie (none when it does
 * not exist yet). A new record writes every property of its kind (lists as [] when absent); an
 * existing one writes only the fields the file gives, so a sheet with five columns never wipes
 * the rest of a record. A field whose stored value is already the file's is no change, so
 * re-importing a file writes nothing and leaves `updatedAt` alone. Pure.
 */

export interface Planned {
  readonly action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  /** The fields that change (all written fields on create). */
  readonly fields: readonly string[];
  /** Neo4j parameters for `SET x += props` (only the changed fields on update). */
  readonly props: Record<string, unknown>;
}

export function planNode(record: Checked<SeedNode>, stored: Record<string, unknown> | undefined): Planned {
  return plan(nodePropertyNames(record.value.kind), record, stored);
}

export function planTie(record: Checked<SeedTie>, stored: Record<string, unknown> | undefined): Planned {
  return plan(tiePropertyNames(record.value.type), record, stored);
}

function plan(
  names: readonly string[],
  record: Checked<SeedNode | SeedTie>,
  stored: Record<string, unknown> | undefined,
): Planned {
  const value = record.value as unknown as Record<string, unknown>;
  if (!stored) {
    const props: Record<string, unknown> = {};
    for (const name of names) if (value[name] !== undefined) props[name] = toNeo4jValue(name, value[name]);
    return { action: 'CREATE', fields: Object.keys(props), props };
  }
  const provided = new Set(record.provided);
  // Labels come with their records (model/evidence.ts labelsFromEvidence).
  if (provided.has('evidence') && names.includes('sources')) provided.add('sources');
  const props: Record<string, unknown> = {};
  for (const name of names) {
    if (!provided.has(name)) continue;
    // Compared as stored: evidence is kept as JSON strings, dates as Date.
    if (same(plain(stored[name]), plain(toNeo4jValue(name, value[name])))) continue;
    props[name] = toNeo4jValue(name, value[name]);
  }
  const fields = Object.keys(props);
  return { action: fields.length > 0 ? 'UPDATE' : 'UNCHANGED', fields, props };
}

/** A stored Neo4j value or a file value → comparable plain JSON: Date → "YYYY-MM-DD", Integer → number. */
export function plain(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
