import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { lifetimeOrderProblem, tieHistoryProblem } from '../../network/history.js';
import { LIFETIME_END, LIFETIME_START, type Lifetime } from '../../network/time.js';
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

/** What the database holds of these nodes' lifetimes, and their dated ties (read in the caller's transaction). */
export async function readHistory(
  tx: ManagedTransaction | Transaction,
  ids: readonly string[],
  withTiesOf: ReadonlySet<string>,
): Promise<{ lifetimes: Map<string, Lifetime>; ties: StoredDatedTie[] }> {
  const lifetimes = new Map<string, Lifetime>();
  const ties: StoredDatedTie[] = [];
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
        lifetimes.set(record.get('id') as string, lifetimeOfRecord(record.get('p') as Record<string, unknown>));
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
  return { lifetimes, ties };
}

/** The lifetime a node will have after the import: the stored one, with the file's columns over it. */
function lifetimeAfter(node: Checked<SeedNode>, stored: Lifetime | undefined): Lifetime {
  const out: Record<string, unknown> = { ...stored };
  const value = node.value as unknown as Record<string, unknown>;
  for (const field of LIFETIME_FIELDS) if (node.provided.includes(field) || field in value) out[field] = value[field];
  return lifetimeOfRecord(out);
}

/** Every history problem of an import, given what the database holds (readHistory). Pure. */
export function historyIssues(
  nodes: readonly Checked<SeedNode>[],
  ties: readonly Checked<SeedTie>[],
  stored: { readonly lifetimes: ReadonlyMap<string, Lifetime>; readonly ties: readonly StoredDatedTie[] },
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

  const fileTies = new Set<string>();
  for (const tie of ties) {
    fileTies.add(tieKey(tie.value));
    const problem = tieHistoryProblem(tie.value, end(tie.value.from), end(tie.value.to));
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
