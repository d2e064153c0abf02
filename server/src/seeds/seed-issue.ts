import { ErrorCode, PonteError } from '../errors.js';

/** Where a seed problem is and what to do about it. */
export interface SeedIssue {
  /** The file, relative to the repository root when it lies inside it. */
  readonly file: string;
  /** Absent for problems with the file as a whole (unreadable, not JSON, wrong outer shape). */
  readonly record?: SeedRecordRef;
  /** The property path inside the record (`altNames[2]`), absent when the record as a whole is wrong. */
  readonly field?: string;
  /** What is wrong and what to do, e.g. `unknown id "migrant-y"; add it to a node file or fix the id`. */
  readonly message: string;
}

export interface SeedRecordRef {
  readonly section: 'nodes' | 'ties';
  /** 0-based position inside the file's `nodes` or `ties` array. */
  readonly index: number;
  /** The node id, or for a tie `TYPE from → to`; absent when the record does not say. */
  readonly id?: string;
}

export function formatRecord(record: SeedRecordRef): string {
  return `record ${record.index}${record.id ? ` (${record.id})` : ''}`;
}

export function formatIssue(issue: SeedIssue): string {
  const where = [issue.file];
  if (issue.record) where.push(formatRecord(issue.record));
  if (issue.field) where.push(`field "${issue.field}"`);
  return `${where.join(', ')}: ${issue.message}`;
}

const SHOWN_ISSUES = 50;

/** Every problem found in a set of seed files; nothing is written when this is thrown. */
export class SeedValidationError extends PonteError {
  readonly issues: readonly SeedIssue[];

  constructor(issues: readonly SeedIssue[]) {
    const lines = issues.slice(0, SHOWN_ISSUES).map((issue) => `  - ${formatIssue(issue)}`);
    if (issues.length > SHOWN_ISSUES) lines.push(`  … and ${issues.length - SHOWN_ISSUES} more`);
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(ErrorCode.SeedInvalid, `Seed data is invalid (${count}); nothing was written:\n${lines.join('\n')}`);
    this.name = 'SeedValidationError';
    this.issues = issues;
  }
}
