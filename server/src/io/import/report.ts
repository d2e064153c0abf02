import { columnLetter } from './csv.js';
import type { ImportChange, ImportIssue, ImportReport, IssueLocation } from './types.js';

/** Text forms of an import report, for the CLI and for error messages. Pure. */

/** `row 3, column C "country"` / `ties record 2, field "to"` / `the file`. */
export function formatLocation(at: IssueLocation): string {
  const parts: string[] = [];
  if (at.row !== undefined) parts.push(`row ${at.row}`);
  if (at.record !== undefined) parts.push(`${at.section ? `${at.section} ` : ''}record ${at.record}`);
  if (at.column !== undefined) {
    parts.push(
      at.row !== undefined
        ? `column ${at.columnIndex ? `${columnLetter(at.columnIndex)} ` : ''}"${at.column}"`
        : `field "${at.column}"`,
    );
  } else if (at.columnIndex !== undefined) {
    parts.push(`column ${columnLetter(at.columnIndex)}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'the file';
}

export function formatIssue(file: string, issue: ImportIssue): string {
  return `${file}, ${formatLocation(issue)}: ${issue.message} [${issue.code}]`;
}

/** A warning line: the import goes on. */
export function formatWarning(file: string, issue: ImportIssue): string {
  return `${file}, ${formatLocation(issue)}: warning: ${issue.message} [${issue.code}]`;
}

export function formatChange(change: ImportChange): string {
  const verb = change.action === 'CREATE' ? 'create' : 'update';
  return `  ${formatLocation(change).padEnd(12)} ${verb} ${change.key}${change.action === 'UPDATE' ? ` (${change.fields.join(', ')})` : ''}`;
}

/** The last line of a run: what was (or would be) created, updated and left as it was. */
export function formatCounts(report: ImportReport): string {
  const { created, updated, unchanged } = report.counts;
  const what = `${created} created, ${updated} updated, ${unchanged} unchanged`;
  if (report.dryRun)
    return `Dry run: ${report.records} records of ${report.target}; would be ${what}. Nothing was written; run again without --dry-run to apply.`;
  return `Imported ${report.records} records of ${report.target}: ${what} (${report.ms} ms).`;
}
