import type { z } from 'zod';
import {
  ID_PREFIX,
  NODE_KINDS,
  type NodeKind,
  type SeedNode,
  type SeedTie,
  TIE_ENDS,
  nodeSchemas,
  tieSchemas,
  withArticle,
} from '../../seeds/seed-schema.js';
import { problem, unknownKeyMessage, valueAt } from '../../seeds/validate.js';
import { targetName } from './target.js';
import type { ImportIssue, ImportTarget, IssueCode, IssueLocation, RawRecord } from './types.js';

/**
 * The model's rules on raw records, with the seed schemas (seed-schema.ts): required fields,
 * enums, dates, `until` not before `since`, ids unique in the file, one tie per (type, from, to),
 * and — given the ids the database holds — tie ends that exist and are of an allowed kind. Pure.
 */

export interface Checked<T> {
  readonly at: IssueLocation;
  readonly value: T;
  /** Fields the file gives (a column, a JSON key), even empty: only these change on update. */
  readonly provided: readonly string[];
  /** Field → the column (or JSON key) it came from. */
  readonly columns: RawRecord['columns'];
}

export interface CheckedRecords {
  readonly nodes: readonly Checked<SeedNode>[];
  readonly ties: readonly Checked<SeedTie>[];
  readonly issues: readonly ImportIssue[];
}

/** "row 4" / "record 3" / "ties record 3": how an issue message refers to another record. */
export function describeAt(at: IssueLocation): string {
  if (at.row !== undefined) return `row ${at.row}`;
  return `${at.section ? `${at.section} ` : ''}record ${at.record ?? '?'}`;
}

export function tieKey(tie: Pick<SeedTie, 'type' | 'from' | 'to'>): string {
  return `${tie.type} ${tie.from} → ${tie.to}`;
}

export function checkRecords(
  records: readonly { readonly target: ImportTarget; readonly raw: RawRecord }[],
): CheckedRecords {
  const issues: ImportIssue[] = [];
  const nodes: Checked<SeedNode>[] = [];
  const ties: Checked<SeedTie>[] = [];
  const firstId = new Map<string, IssueLocation>();
  const firstTie = new Map<string, IssueLocation>();
  for (const { target, raw } of records) {
    const input: Record<string, unknown> = { [target.node ? 'kind' : 'type']: targetName(target) };
    for (const [field, value] of Object.entries(raw.values))
      if (value !== undefined && value !== null) input[field] = value;
    if (target.node && input.synthetic === undefined) input.synthetic = false;
    const schema: z.ZodType = target.node ? nodeSchemas[target.node] : tieSchemas[target.tie];
    const result = schema.safeParse(input);
    if (!result.success) {
      const allowed = Object.keys(target.node ? nodeSchemas[target.node].shape : tieSchemas[target.tie].shape);
      const failed = new Set(raw.failed ?? []);
      for (const issue of result.error.issues) {
        if (typeof issue.path[0] === 'string' && failed.has(issue.path[0])) continue;
        issues.push(fromZod(issue, input, raw, allowed));
      }
      continue;
    }
    const provided = Object.keys(raw.values);
    if (target.node) {
      const node = result.data as SeedNode;
      const first = firstId.get(node.id);
      if (first) {
        issues.push({
          code: 'DUPLICATE_ID',
          ...raw.at,
          ...columnOf(raw, 'id'),
          field: 'id',
          message: `duplicate id "${node.id}": ${describeAt(first)} has it already; give one of them another id or merge the two rows`,
        });
        continue;
      }
      firstId.set(node.id, raw.at);
      nodes.push({ at: raw.at, value: node, provided, columns: raw.columns });
    } else {
      const tie = result.data as SeedTie;
      const key = `${tie.type}|${tie.from}|${tie.to}`;
      const first = firstTie.get(key);
      if (first) {
        issues.push({
          code: 'DUPLICATE_TIE',
          ...raw.at,
          ...columnOf(raw, 'to'),
          field: 'to',
          message: `${describeAt(first)} already joins ${tie.from} to ${tie.to} with ${tie.type} (a tie is identified by type, from and to); keep one of the two rows`,
        });
        continue;
      }
      firstTie.set(key, raw.at);
      ties.push({ at: raw.at, value: tie, provided, columns: raw.columns });
    }
  }
  return { nodes, ties, issues };
}

export function columnOf(raw: Pick<RawRecord, 'columns'>, field: string): { column?: string; columnIndex?: number } {
  const where = raw.columns[field];
  if (!where) return {};
  return { column: where.column, ...(where.columnIndex !== undefined ? { columnIndex: where.columnIndex } : {}) };
}

function fromZod(
  issue: z.core.$ZodIssue,
  input: Record<string, unknown>,
  raw: RawRecord,
  allowed: readonly string[],
): ImportIssue {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '?';
    return { code: 'UNKNOWN_COLUMN', ...raw.at, column: key, message: unknownKeyMessage(key, allowed) };
  }
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  const value = valueAt(input, issue.path);
  let code: IssueCode = 'BAD_VALUE';
  if (value === undefined && issue.code === 'invalid_type') code = 'MISSING_VALUE';
  else if (issue.code === 'invalid_value') code = 'BAD_ENUM';
  else if (issue.code === 'custom' && / is before /.test(issue.message)) code = 'DATE_ORDER';
  else if (issue.code === 'custom' && / is after ended /.test(issue.message)) code = 'ANACHRONISM';
  else if (issue.code === 'invalid_format' && issue.format === 'date') code = 'BAD_DATE';
  else if (issue.code === 'invalid_type' && issue.expected === 'number') code = 'BAD_NUMBER';
  const message =
    field === 'evidence' && typeof issue.path[1] === 'number'
      ? `source ${issue.path[1] + 1}${typeof issue.path[2] === 'string' ? `, ${issue.path[2]}` : ''}: ${issue.message}; fix the cell`
      : code === 'MISSING_VALUE'
        ? `missing; ${field ? `fill in ${field}` : 'add it'}`
        : code === 'DATE_ORDER'
          ? `${issue.message}; fix the value`
          : problem(issue, value);
  return { code, ...raw.at, ...(field ? { ...columnOf(raw, field), field } : {}), message };
}

/** The kind an id's prefix names (the validator guarantees ids start with their kind's prefix). */
export function kindOfId(id: string): NodeKind | undefined {
  return NODE_KINDS.find((kind) => id.startsWith(ID_PREFIX[kind]));
}

/** The tie ends not defined in this file, which the database must hold, by kind. */
export function endsToLookUp(
  ties: readonly Checked<SeedTie>[],
  fileKinds: ReadonlyMap<string, NodeKind>,
): Map<NodeKind, string[]> {
  const wanted = new Map<NodeKind, Set<string>>();
  for (const { value } of ties) {
    for (const id of [value.from, value.to]) {
      if (fileKinds.has(id)) continue;
      const kind = kindOfId(id);
      if (!kind) continue;
      let set = wanted.get(kind);
      if (!set) wanted.set(kind, (set = new Set()));
      set.add(id);
    }
  }
  return new Map([...wanted].map(([k, s]) => [k, [...s]]));
}

/**
 * Tie ends must exist, in the file or in the database (`known`), and be of a kind the type allows
 * (docs/architecture.md#tie-types). The kind comes from the id's prefix, which both places enforce.
 */
export function checkTieEnds(
  ties: readonly Checked<SeedTie>[],
  fileKinds: ReadonlyMap<string, NodeKind>,
  known: ReadonlySet<string>,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const tie of ties) {
    for (const end of ['from', 'to'] as const) {
      const id = tie.value[end];
      const kind = fileKinds.get(id) ?? kindOfId(id);
      const at = { ...tie.at, ...columnOf(tie, end), field: end };
      const allowed = TIE_ENDS[tie.value.type][end];
      if (kind && !allowed.includes(kind)) {
        issues.push({
          code: 'WRONG_KIND',
          ...at,
          message: `"${id}" is ${withArticle(kind)}, but ${tie.value.type} ${end === 'from' ? 'starts at' : 'ends at'} ${allowed.map(withArticle).join(' or ')}; fix the id or use another tie type`,
        });
      } else if (!fileKinds.has(id) && !known.has(id)) {
        issues.push({
          code: 'UNKNOWN_ID',
          ...at,
          message: `unknown id "${id}": it is neither in the database nor in this file; import that record first or fix the id`,
        });
      }
    }
  }
  return issues;
}
