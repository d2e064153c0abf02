import type { NodeKind, TieType } from '../../seeds/seed-schema.js';

/**
 * The vocabulary of an import: what is imported (a node kind or a tie type), where each record
 * came from in the file, what is wrong with it, and the report that the CLI prints and the
 * `importRecords` mutation returns. Nothing here touches the database.
 */

export type ImportFormat = 'csv' | 'json';

/** What one import writes: nodes of one kind, or ties of one type. */
export type ImportTarget =
  { readonly node: NodeKind; readonly tie?: undefined } | { readonly tie: TieType; readonly node?: undefined };

/** Why a row (or the file) was refused; the GraphQL enum ImportIssueCode has the same values. */
export const ISSUE_CODES = [
  'EMPTY_FILE',
  'NOT_CSV',
  'NOT_JSON',
  'BAD_ROW',
  'UNKNOWN_COLUMN',
  'DUPLICATE_COLUMN',
  'MISSING_VALUE',
  'BAD_VALUE',
  'BAD_ENUM',
  'BAD_DATE',
  'BAD_NUMBER',
  'DATE_ORDER',
  'ANACHRONISM',
  'UNKNOWN_ID',
  'WRONG_KIND',
  'DUPLICATE_ID',
  'DUPLICATE_TIE',
  'WRONG_RECORD_KIND',
  'LIKELY_DUPLICATE',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * Where a problem is. CSV: `row` is the line number a spreadsheet shows (the header is row 1) and
 * `column` the header as written, `columnIndex` its 1-based position (A = 1). JSON: `record` is the
 * 0-based position in the array (or in `nodes`/`ties` of a seed-format file, see `section`) and
 * `column` the property. A problem with the whole file has neither row nor record.
 */
export interface IssueLocation {
  readonly row?: number;
  readonly record?: number;
  readonly section?: 'nodes' | 'ties';
  readonly column?: string;
  readonly columnIndex?: number;
}

export interface ImportIssue extends IssueLocation {
  readonly code: IssueCode;
  /** The Ponte field the column maps to, when known. */
  readonly field?: string;
  /** What is wrong and what to do; never a personal value of a migrant beyond the cell itself. */
  readonly message: string;
}

/** A record read from the file, before validation: field → value, with its location. */
export interface RawRecord {
  readonly at: IssueLocation;
  /** Field name (after the header mapping) → value (CSV: already converted from text). */
  readonly values: Record<string, unknown>;
  /** Field → where that value sits (CSV column / JSON property), to place a field's problem. */
  readonly columns: Readonly<Record<string, { readonly column: string; readonly columnIndex?: number }>>;
  /** Fields whose cell could not be converted (already reported), so the schema's "missing" is not. */
  readonly failed?: readonly string[];
  /** Seed-format JSON: the record's own kind or type, when it names one. */
  readonly declared?: string;
}

export type ChangeAction = 'CREATE' | 'UPDATE';

/** One record the import creates or changes. `fields` names what changes, never the values. */
export interface ImportChange extends IssueLocation {
  readonly action: ChangeAction;
  /** The node id, or for a tie `TYPE from → to`. */
  readonly key: string;
  readonly fields: readonly string[];
}

export interface ImportCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface ImportReport {
  readonly target: string;
  readonly format: ImportFormat;
  readonly dryRun: boolean;
  /** True when the changes were written (not a dry run, no errors). */
  readonly applied: boolean;
  /** Records read from the file. */
  readonly records: number;
  readonly counts: ImportCounts;
  /** Up to MAX_ISSUES problems; any problem means nothing was written. */
  readonly errors: readonly ImportIssue[];
  /** How many problems there were in all (more than `errors.length` when capped). */
  readonly errorCount: number;
  /**
   * Row-level notes that do not block the import (room for likely duplicates, which
   * server/src/curation/dedupe.ts will list here).
   */
  readonly warnings: readonly ImportIssue[];
  /** What is created or updated, in file order. */
  readonly changes: readonly ImportChange[];
  readonly ms: number;
}

/** Problems are collected up to this many; the rest are only counted. */
export const MAX_ISSUES = 500;

/** Progress of the long phases, for a progress bar: rows done of total. */
export interface ImportProgress {
  readonly phase: 'check' | 'write';
  readonly done: number;
  readonly total: number;
}
