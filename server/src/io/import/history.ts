import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { lifetimeOrderProblem, tieHistoryProblem } from '../../network/history.js';
import { STAGE_DATE_FIELD_LIST, stageDatesProblem, type StagedProject } from '../../network/stages.js';
import { LIFETIME_END, LIFETIME_START, type Lifetime, type TieWindow } from '../../network/time.js';
import type { NodeKind, SeedNode, SeedTie } from '../../seeds/seed-schema.js';
import { type Checked, columnOf, kindOfId, tieKey } from './check.js';
import { chunks } from './database.js';
import type { ImportIssue } from './types.js';

/**
 * History is respected by imports (docs/data-model.md#time, docs/import-export.md): a tie of the
 * file may not start before either end began nor end after either end ended, whether the end is in
 * the file or already in the database; and a node whose lifetime the file changes may not leave a
 * recorded tie outside it, nor end before it began. Each refusal names the row and the column.
 */

/** Every property that bounds a node's lifetime, whatever its kind. */
export const LIFETIME_FIELDS: readonly string[] = [...new Set<string>([...LIFETIME_START, ...LIFETIME_END])];

/** A dated tie already in the database, with its other end's lifetime. */
export interface StoredDatedTie {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly since: string | null;
  readonly until: string | null;
}

const dateText = (v: unknown) => (v === null || v === undefined ? undefined : String(v).slice(0, 10));

function lifetimeOfRecord(record: Record<string, unknown>): Lifetime {
  const out: Record<string, string> = {};
  for (const field of LIFETIME_FIELDS) {
    const value = dateText(record[field]);
    if (value !== undefined) out[field] = value;
  }
  return out as Lifetime;
}

/** The properties of a project's stages (network/stages.ts), dates as `YYYY-MM-DD`. */
export const STAGE_FIELDS: readonly string[] = ['stage', 'started', 'ended', ...STAGE_DATE_FIELD_LIST];

function stagedOfRecord(record: Record<string, unknown>): StagedProject {
  const out: Record<string, unknown> = {};
  for (const field of STAGE_FIELDS) {
    const value = field === 'stage' ? record[field] : dateText(record[field]);
    if (value !== undefined && value !== null) out[field] = value;
  }
  return out;
}

/** What the database holds of history, as historyIssues needs it. */
export interface StoredHistory {
  readonly lifetimes: ReadonlyMap<string, Lifetime>;
  readonly ties: readonly StoredDatedTie[];
  /** The stored stage, lifetime and stage dates of the return projects among the ids. */
  readonly projects?: ReadonlyMap<string, StagedProject>;
  /** The stored window of each tie the file names that exists already, by tieKey. */
  readonly windows?: ReadonlyMap<string, TieWindow>;
}

/**
 * What the database holds of these nodes' lifetimes, their dated ties, and the stored windows of
 * `fileTies` that exist (read in the caller's transaction).
 */
export async function readHistory(
  tx: ManagedTransaction | Transaction,
  ids: readonly string[],
  withTiesOf: ReadonlySet<string>,
  fileTies: readonly Pick<SeedTie, 'type' | 'from' | 'to'>[] = [],
): Promise<{
  lifetimes: Map<string, Lifetime>;
  ties: StoredDatedTie[];
  windows: Map<string, TieWindow>;
  projects: Map<string, StagedProject>;
}> {
  const lifetimes = new Map<string, Lifetime>();
  const projects = new Map<string, StagedProject>();
  const ties: StoredDatedTie[] = [];
  const windows = await readWindows(tx, fileTies);
  const byKind = new Map<NodeKind, string[]>();
  for (const id of ids) {
    const kind = kindOfId(id);
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
  }
  // Labels come from the fixed list of node kinds (seed-schema.ts), never from the file.
  for (const [kind, group] of byKind)
    for (const batch of chunks(group)) {
      const result = await tx.run(
        `UNWIND $ids AS id MATCH (n:${kind} {id: id})
         OPTIONAL MATCH (n)-[r]-(m) WHERE id IN $withTies AND (r.since IS NOT NULL OR r.until IS NOT NULL)
         RETURN n.id AS id, properties(n) AS p,
                collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), from: startNode(r).id, to: endNode(r).id,
                  since: r.since, until: r.until, other: m.id, life: properties(m)} END) AS ties`,
        { ids: batch, withTies: [...withTiesOf] },
      );
      for (const record of result.records) {
        const props = record.get('p') as Record<string, unknown>;
        lifetimes.set(record.get('id') as string, lifetimeOfRecord(props));
        if (kind === 'ReturnProject') projects.set(record.get('id') as string, stagedOfRecord(props));
        for (const t of record.get('ties') as Record<string, unknown>[]) {
          const other = t.other as string;
          if (!lifetimes.has(other)) lifetimes.set(other, lifetimeOfRecord(t.life as Record<string, unknown>));
          ties.push({
            type: t.type as string,
            from: t.from as string,
            to: t.to as string,
            since: dateText(t.since) ?? null,
            until: dateText(t.until) ?? null,
          });
        }
      }
    }
  return { lifetimes, ties, windows, projects };
}

/** The stored since/until of these ties where they exist, by tieKey (index seeks on both ends). */
async function readWindows(
  tx: ManagedTransaction | Transaction,
  fileTies: readonly Pick<SeedTie, 'type' | 'from' | 'to'>[],
): Promise<Map<string, TieWindow>> {
  const windows = new Map<string, TieWindow>();
  const byKinds = new Map<string, { from: NodeKind; to: NodeKind; rows: Pick<SeedTie, 'type' | 'from' | 'to'>[] }>();
  for (const t of fileTies) {
    const [from, to] = [kindOfId(t.from), kindOfId(t.to)];
    if (!from || !to) continue;
    const group = byKinds.get(`${from}|${to}`) ?? { from, to, rows: [] };
    group.rows.push({ type: t.type, from: t.from, to: t.to });
    byKinds.set(`${from}|${to}`, group);
  }
  // Labels come from the fixed list of node kinds (seed-schema.ts); the type is compared, not interpolated.
  for (const { from, to, rows } of byKinds.values())
    for (const batch of chunks(rows)) {
      const result = await tx.run(
        `UNWIND $rows AS row MATCH (:${from} {id: row.from})-[r]->(:${to} {id: row.to}) WHERE type(r) = row.type
         RETURN row.type AS type, row.from AS from, row.to AS to, r.since AS since, r.until AS until`,
        { rows: batch },
      );
      for (const r of result.records)
        windows.set(
          tieKey({ type: r.get('type') as SeedTie['type'], from: r.get('from') as string, to: r.get('to') as string }),
          { since: dateText(r.get('since')) ?? null, until: dateText(r.get('until')) ?? null },
        );
    }
  return windows;
}

/** The lifetime a node will have after the import: the stored one, with the file's columns over it. */
function lifetimeAfter(node: Checked<SeedNode>, stored: Lifetime | undefined): Lifetime {
  const out: Record<string, unknown> = { ...stored };
  const value = node.value as unknown as Record<string, unknown>;
  for (const field of LIFETIME_FIELDS) if (node.provided.includes(field) || field in value) out[field] = value[field];
  return lifetimeOfRecord(out);
}

/**
 * The window a tie will have after the import: a row that updates a recorded tie and gives only
 * one of since/until keeps the other as stored (diff.ts writes only the columns given), so the
 * rule is checked on the two together.
 */
function windowAfter(tie: Checked<SeedTie>, stored: TieWindow | undefined): TieWindow {
  const pick = (field: 'since' | 'until') =>
    stored && !tie.provided.includes(field) ? (stored[field] ?? null) : (dateText(tie.value[field]) ?? null);
  return { since: pick('since'), until: pick('until') };
}

/** A file's since (or until) against the recorded other date: a tie may not end before it began. */
function windowOrderProblem(tie: Checked<SeedTie>, window: TieWindow): ImportIssue | null {
  const [since, until] = [dateText(window.since), dateText(window.until)];
  if (since === undefined || until === undefined || since <= until) return null;
  const field = tie.provided.includes('since') ? 'since' : 'until';
  const other = field === 'since' ? `until ${until}` : `since ${since}`;
  const value = field === 'since' ? since : until;
  return {
    code: 'DATE_ORDER',
    ...tie.at,
    ...columnOf(tie, field),
    field,
    message: `${field} ${value} is ${field === 'since' ? 'after' : 'before'} the recorded ${other} of this tie: a tie may not end before it began; give both dates in the file, or fix this one`,
  };
}

const STAGE_CODES = { order: 'DATE_ORDER', lifetime: 'ANACHRONISM', stage: 'BAD_VALUE' } as const;

/**
 * A project row that updates a recorded project: its stage dates, stage and lifetime are judged
 * together with the recorded ones it leaves as they are (zod has judged the row's own already).
 * A problem the recorded project already had is not the row's.
 */
function stageIssue(node: Checked<SeedNode>, stored: StagedProject | undefined): ImportIssue | null {
  if (!stored || node.value.kind !== 'ReturnProject' || !node.provided.some((f) => STAGE_FIELDS.includes(f)))
    return null;
  const merged: Record<string, unknown> = { ...stored };
  const value = node.value as unknown as Record<string, unknown>;
  for (const field of STAGE_FIELDS) if (node.provided.includes(field)) merged[field] = value[field];
  const problem = stageDatesProblem(merged);
  if (!problem || stageDatesProblem(stored)?.field === problem.field) return null;
  const field = [problem.field, 'stage', 'ended', 'started'].find((f) => node.provided.includes(f));
  return {
    code: STAGE_CODES[problem.kind],
    ...node.at,
    ...(field ? { ...columnOf(node, field), field } : {}),
    message: `${problem.message} (with what is already recorded)`,
  };
}

/** Every history problem of an import, given what the database holds (readHistory). Pure. */
export function historyIssues(
  nodes: readonly Checked<SeedNode>[],
  ties: readonly Checked<SeedTie>[],
  stored: StoredHistory,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const fileNodes = new Map(nodes.map((n) => [n.value.id, n]));
  const after = new Map<string, Lifetime>(stored.lifetimes);
  for (const node of nodes) {
    const life = lifetimeAfter(node, stored.lifetimes.get(node.value.id));
    after.set(node.value.id, life);
    const order = lifetimeOrderProblem(life);
    // Within one record zod has said so already; this catches a file end against a stored start.
    if (order && node.provided.some((f) => LIFETIME_FIELDS.includes(f)) && stored.lifetimes.has(node.value.id))
      issues.push({
        code: 'DATE_ORDER',
        ...node.at,
        ...columnOf(node, order.field),
        field: order.field,
        message: `${order.message} (the other date is already recorded); fix one of them`,
      });
  }
  const end = (id: string) => ({ id, node: after.get(id) ?? {} });
  for (const node of nodes) {
    const issue = stageIssue(node, stored.projects?.get(node.value.id));
    if (issue) issues.push(issue);
  }

  const fileTies = new Set<string>();
  for (const tie of ties) {
    fileTies.add(tieKey(tie.value));
    const window = windowAfter(tie, stored.windows?.get(tieKey(tie.value)));
    const order = windowOrderProblem(tie, window);
    if (order) {
      issues.push(order);
      continue;
    }
    const problem = tieHistoryProblem(window, end(tie.value.from), end(tie.value.to));
    // A row that gives no date keeps the recorded window: a problem it already had is not the row's.
    const given = tie.provided.includes('since') || tie.provided.includes('until');
    const before = (id: string) => ({ id, node: stored.lifetimes.get(id) ?? {} });
    if (problem && !given && tieHistoryProblem(window, before(tie.value.from), before(tie.value.to))) continue;
    if (problem)
      issues.push({
        code: 'ANACHRONISM',
        ...tie.at,
        ...columnOf(tie, problem.field),
        field: problem.field,
        message: problem.message,
      });
  }

  // A recorded tie left outside a lifetime the file changes: refuse the node's row, at the date it changes.
  const reported = new Set<string>();
  for (const t of stored.ties) {
    const key = tieKey(t as Pick<SeedTie, 'type' | 'from' | 'to'>);
    if (fileTies.has(key) || reported.has(key)) continue;
    const problem = tieHistoryProblem(t, end(t.from), end(t.to));
    if (!problem) continue;
    const culprit = [t.from, t.to].map((id) => fileNodes.get(id)).find((n) => n !== undefined);
    if (!culprit) continue;
    const bound = /began \((\w+) /.exec(problem.message)?.[1] ?? /ended \((\w+) /.exec(problem.message)?.[1];
    const field = bound && culprit.provided.includes(bound) ? bound : undefined;
    reported.add(key);
    issues.push({
      code: 'ANACHRONISM',
      ...culprit.at,
      ...(field ? { ...columnOf(culprit, field), field } : {}),
      message: `the recorded tie ${key} would fall outside this lifetime: ${problem.message.replace(/; [^;]*$/, '')}; change or end that tie first, or keep the date`,
    });
  }
  return issues;
}
