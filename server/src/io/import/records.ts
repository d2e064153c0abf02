import { z } from 'zod';
import { type FieldSpec, convertCell, fieldSpecs } from './fields.js';
import { type UserMapping, resolveHeaders } from './mapping.js';
import type { CsvTable } from './csv.js';
import { parseTarget, targetName } from './target.js';
import type { ImportIssue, ImportTarget, RawRecord } from './types.js';

/**
 * The file's rows → raw records: each value under its Ponte field name, converted from text for
 * CSV, with the column it came from. Problems of the layout (columns, cells that are not of the
 * field's type) are issues with row and column; the model's own rules come later (check.ts). Pure.
 */

export interface RecordsResult {
  /** Per record, its target (the same for all but in a seed-format JSON file without --kind). */
  readonly records: readonly { readonly target: ImportTarget; readonly raw: RawRecord }[];
  readonly issues: readonly ImportIssue[];
}

/** `synthetic` defaults to false (imports are real records), so no sheet needs the column. */
const DEFAULTED = new Set(['synthetic']);

export function csvRecords(table: CsvTable, target: ImportTarget, mapping: UserMapping): RecordsResult {
  const specs = fieldSpecs(target);
  const { columns, issues } = resolveHeaders(table.header.cells, specs, mapping, (header, index) => ({
    row: 1,
    column: header,
    columnIndex: index,
  }));
  const present = new Set(columns.flatMap((c) => (c.spec ? [c.spec.name] : [])));
  for (const spec of specs) {
    if (spec.required && !DEFAULTED.has(spec.name) && !present.has(spec.name)) {
      issues.push({
        code: 'MISSING_VALUE',
        row: 1,
        field: spec.name,
        message: `no column for the required field ${spec.name}; add a "${spec.name}" column`,
      });
    }
  }
  if (issues.length > 0) return { records: [], issues };

  const records: { target: ImportTarget; raw: RawRecord }[] = [];
  for (const row of table.rows) {
    const values: Record<string, unknown> = {};
    const where: Record<string, { column: string; columnIndex: number }> = {};
    const failed: string[] = [];
    for (const column of columns) {
      if (!column.spec) continue;
      const cell = row.cells[column.index - 1] ?? '';
      where[column.spec.name] = { column: column.header, columnIndex: column.index };
      const converted = convertCell(column.spec, cell);
      if (converted.problem) {
        issues.push({
          code: converted.problem.code,
          row: row.row,
          column: column.header,
          columnIndex: column.index,
          field: column.spec.name,
          message: converted.problem.message,
        });
        failed.push(column.spec.name);
      } else {
        values[column.spec.name] = converted.value;
      }
    }
    records.push({
      target,
      raw: { at: { row: row.row }, values, columns: where, ...(failed.length > 0 ? { failed } : {}) },
    });
  }
  return { records, issues };
}

const SeedShape = z
  .object({
    $comment: z.string().optional(),
    nodes: z.array(z.unknown()).optional(),
    ties: z.array(z.unknown()).optional(),
  })
  .strict();

/**
 * JSON: an array of records of `target`, or the seed format `{nodes, ties}` (seeds/README.md),
 * whose records say their own `kind` / `type` (then `target` may be undefined; when it is given,
 * every record must be of it). Keys go through the same mapping as CSV headings.
 */
export function jsonRecords(text: string, target: ImportTarget | undefined, mapping: UserMapping): RecordsResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      records: [],
      issues: [
        {
          code: 'NOT_JSON',
          message: `not valid JSON (${reason}); fix the syntax, or import a CSV file with the CSV format`,
        },
      ],
    };
  }
  const lists: { section?: 'nodes' | 'ties'; items: unknown[] }[] = [];
  if (Array.isArray(json)) {
    if (!target)
      return {
        records: [],
        issues: [
          {
            code: 'NOT_JSON',
            message: `an array of records needs a kind; say which (${'--kind'} or the kind argument)`,
          },
        ],
      };
    lists.push({ items: json });
  } else {
    const seed = SeedShape.safeParse(json);
    if (!seed.success) {
      return {
        records: [],
        issues: [
          {
            code: 'NOT_JSON',
            message:
              'expected an array of records, or the seed format { "nodes": [...], "ties": [...] }; fix the outer shape',
          },
        ],
      };
    }
    if (seed.data.nodes) lists.push({ section: 'nodes', items: seed.data.nodes });
    if (seed.data.ties) lists.push({ section: 'ties', items: seed.data.ties });
  }
  if (lists.every((l) => l.items.length === 0))
    return { records: [], issues: [{ code: 'EMPTY_FILE', message: 'the file holds no records; add some' }] };

  const issues: ImportIssue[] = [];
  const records: { target: ImportTarget; raw: RawRecord }[] = [];
  const specCache = new Map<string, FieldSpec[]>();
  for (const { section, items } of lists) {
    items.forEach((item, record) => {
      const at = { record, ...(section ? { section } : {}) };
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        issues.push({ code: 'BAD_VALUE', ...at, message: 'expected an object of field: value; fix the record' });
        return;
      }
      const entries = Object.entries(item as Record<string, unknown>);
      const discriminator = section === 'ties' ? 'type' : section === 'nodes' ? 'kind' : undefined;
      const declaredRaw = discriminator ? (item as Record<string, unknown>)[discriminator] : undefined;
      let recordTarget = target;
      let declared: string | undefined;
      if (discriminator && declaredRaw !== undefined) {
        declared = String(declaredRaw);
        const own = parseTarget(declared);
        const ownIsRightSort = own && (section === 'ties' ? own.tie : own.node);
        if (!own || !ownIsRightSort) {
          issues.push({
            code: 'WRONG_RECORD_KIND',
            ...at,
            column: discriminator,
            message: `"${declared}" is not a ${section === 'ties' ? 'tie type' : 'node kind'}; fix the ${discriminator}`,
          });
          return;
        }
        if (target && targetName(own) !== targetName(target)) {
          issues.push({
            code: 'WRONG_RECORD_KIND',
            ...at,
            column: discriminator,
            message: `a ${declared} record in an import of ${targetName(target)}; import it separately, or leave the kind out to import every record as its own kind`,
          });
          return;
        }
        recordTarget = own;
      }
      if (!recordTarget) {
        issues.push({
          code: 'MISSING_VALUE',
          ...at,
          column: discriminator,
          message: `the record says no ${discriminator}; add one, or give the kind of the import`,
        });
        return;
      }
      if (section && (section === 'ties') !== Boolean(recordTarget.tie)) {
        issues.push({
          code: 'WRONG_RECORD_KIND',
          ...at,
          message: `${targetName(recordTarget)} records belong in "${recordTarget.tie ? 'ties' : 'nodes'}", not "${section}"; move it`,
        });
        return;
      }
      const name = targetName(recordTarget);
      let specs = specCache.get(name);
      if (!specs) specCache.set(name, (specs = fieldSpecs(recordTarget)));
      const keys = entries.map(([k]) => k).filter((k) => k !== discriminator && k !== '$comment');
      const resolved = resolveHeaders(keys, specs, mapping, (header) => ({ ...at, column: header }));
      issues.push(...resolved.issues);
      const values: Record<string, unknown> = {};
      const columns: Record<string, { column: string }> = {};
      const source = item as Record<string, unknown>;
      for (const column of resolved.columns) {
        if (!column.spec) continue;
        values[column.spec.name] = source[column.header];
        columns[column.spec.name] = { column: column.header };
      }
      records.push({ target: recordTarget, raw: { at, values, columns, ...(declared ? { declared } : {}) } });
    });
  }
  return { records, issues };
}
