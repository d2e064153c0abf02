import { requirePermission } from '../../auth/guard.js';
import { runImport } from '../../io/import/import.js';
import { mappingFromPairs } from '../../io/import/mapping.js';
import { formatLocation } from '../../io/import/report.js';
import { parseTarget, TARGET_CHOICES } from '../../io/import/target.js';
import type { ImportIssue, ImportTarget } from '../../io/import/types.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import type { MutationResolvers } from '../__generated__/resolvers.js';

/**
 * The page's file, as text. The request body is capped at 1 MB (server/src/http/app.ts) and JSON
 * escaping makes a string longer on the wire, so files are refused a little below that, with
 * the command that has no limit.
 */
export const MAX_CONTENT_CHARS = 900_000;

const issueOut = (issue: ImportIssue) => ({
  row: issue.row ?? null,
  record: issue.record ?? null,
  section: issue.section ?? null,
  column: issue.column ?? null,
  columnIndex: issue.columnIndex ?? null,
  field: issue.field ?? null,
  code: issue.code,
  message: issue.message,
  where: formatLocation(issue),
});

export const importRecords: MutationResolvers<PonteContext>['importRecords'] = async (_parent, args, context) => {
  requirePermission(context, (p) => p.write, 'import records');
  const principal = context.auth.principal!;
  const format = args.format === 'CSV' ? 'csv' : 'json';
  let target: ImportTarget | undefined;
  if (args.kind !== undefined && args.kind !== null) {
    target = parseTarget(args.kind);
    if (!target) throw userError(`importRecords: "kind" must be ${TARGET_CHOICES} (got "${args.kind}").`, 'kind');
  } else if (format === 'csv') {
    throw userError(`importRecords: "kind" is required for CSV: ${TARGET_CHOICES}.`, 'kind');
  }
  if (args.content.length > MAX_CONTENT_CHARS) {
    throw userError(
      `importRecords: "content" is ${Math.ceil(args.content.length / 1000)} kB; the page takes files up to ${MAX_CONTENT_CHARS / 1000} kB. Import larger files with: npm run ponte -- import FILE --kind ${args.kind ?? 'KIND'}`,
      'content',
    );
  }
  const mapping = mappingFromPairs((args.mapping ?? []).map((m) => ({ header: m.header, field: m.field ?? null })));
  if (mapping.mapping === undefined) throw userError(`importRecords: ${mapping.error}.`, 'mapping');

  const report = await runImport({
    driver: context.driver,
    database: context.database,
    format,
    target,
    content: args.content,
    mapping: mapping.mapping,
    dryRun: args.dryRun ?? true,
    actor: { userId: principal.sub, role: principal.role, operation: 'importRecords' },
  });
  if (report.applied)
    context.log.info({ kind: report.target, ...report.counts, userId: principal.sub }, 'import applied');
  return {
    kind: report.target,
    format: args.format,
    dryRun: report.dryRun,
    applied: report.applied,
    records: report.records,
    ...report.counts,
    errors: report.errors.map(issueOut),
    errorCount: report.errorCount,
    warnings: report.warnings.map(issueOut),
    changes: report.changes.map((c) => ({
      row: c.row ?? null,
      record: c.record ?? null,
      section: c.section ?? null,
      action: c.action,
      key: c.key,
      fields: [...c.fields],
    })),
  };
};
