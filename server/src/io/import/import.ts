import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ACTOR_KINDS as ACTOR_KIND_LIST } from '../../../../schema/generated/model.js';
import { type AuditRecord, writeAuditInTx } from '../../auth/audit.js';
import type { NodeKind, SeedNode, SeedTie } from '../../seeds/seed-schema.js';
import { readNameRecords } from '../../curation/candidates.js';
import { likelyDuplicates } from '../../curation/dedupe.js';
import { type Checked, checkRecords, checkTieEnds, endsToLookUp, kindOfId, tieKey } from './check.js';
import { decodeText, parseCsv } from './csv.js';
import { chunks, existingIds, matchLabel, storedNodes, storedTies, writeNodes, writeTies } from './database.js';
import { LIFETIME_FIELDS, STAGE_FIELDS, historyIssues, readHistory } from './history.js';
import { type Planned, planNode, planTie } from './diff.js';
import type { UserMapping } from './mapping.js';
import { type RecordsResult, csvRecords, jsonRecords } from './records.js';
import { targetName } from './target.js';
import {
  type ImportChange,
  type ImportFormat,
  type ImportIssue,
  type ImportProgress,
  type ImportReport,
  type ImportTarget,
  MAX_ISSUES,
} from './types.js';

/**
 * One import, end to end: read the file, check every record (collecting every problem, up to
 * MAX_ISSUES), look up tie ends in the database, then either compute what would change (dry run,
 * a read transaction) or compute and write it in one write transaction together with its audit
 * record. Any problem means nothing is written.
 */
export interface ImportOptions {
  readonly driver: Driver;
  readonly database: string;
  readonly format: ImportFormat;
  /** Required for CSV and JSON arrays; a seed-format JSON file may leave it out. */
  readonly target: ImportTarget | undefined;
  /** Bytes from a file (the CLI) or text (the API). */
  readonly content: string | Uint8Array;
  readonly mapping: UserMapping;
  readonly dryRun: boolean;
  /** Who imports, for the audit log: `cli:<os user>` or the signed-in user. */
  readonly actor: { readonly userId: string; readonly role: string; readonly operation: string };
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** At most this many changes are listed in a report (the counts are always complete). */
export const MAX_CHANGES = 1_000;

export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const name = options.target ? targetName(options.target) : 'seed file';
  const base = { target: name, format: options.format, dryRun: options.dryRun };
  const refuse = (issues: readonly ImportIssue[], records: number): ImportReport => ({
    ...base,
    applied: false,
    records,
    counts: { created: 0, updated: 0, unchanged: 0 },
    errors: issues.slice(0, MAX_ISSUES),
    errorCount: issues.length,
    warnings: [],
    changes: [],
    ms: Date.now() - started,
  });

  const decoded = decodeText(options.content);
  if (decoded.issue) return refuse([decoded.issue], 0);
  let read: RecordsResult;
  if (options.format === 'csv') {
    if (!options.target) throw new Error('a CSV import needs a target');
    const table = parseCsv(decoded.text);
    if (table.issues) return refuse(table.issues, 0);
    read = csvRecords(table.table, options.target, options.mapping);
  } else {
    read = jsonRecords(decoded.text, options.target, options.mapping);
  }
  const checked = checkRecords(read.records);
  const issues: ImportIssue[] = [...read.issues, ...checked.issues];

  const fileKinds = new Map<string, NodeKind>(checked.nodes.map((n) => [n.value.id, n.value.kind]));
  if (checked.ties.length > 0) {
    const known = await lookUpEnds(options, checked.ties, fileKinds);
    issues.push(...checkTieEnds(checked.ties, fileKinds, known));
  }
  const historyFields = [...LIFETIME_FIELDS, ...STAGE_FIELDS];
  if (checked.ties.length > 0 || checked.nodes.some((n) => n.provided.some((f) => historyFields.includes(f))))
    issues.push(...(await lookUpHistory(options, checked.nodes, checked.ties)));
  if (issues.length > 0) return refuse(sortIssues(issues), read.records.length);

  // Before the write: afterwards the new actors would be in the database, matching themselves.
  const warnings = await duplicateWarnings(options, checked.nodes);
  const total = checked.nodes.length + checked.ties.length;
  const session = options.driver.session({
    database: options.database,
    defaultAccessMode: options.dryRun ? neo4j.session.READ : neo4j.session.WRITE,
  });
  try {
    const work = async (tx: ManagedTransaction) => {
      // executeWrite may run this again after a transient failure: everything starts afresh here.
      const plans = await planAll(tx, checked.nodes, checked.ties, (done) =>
        options.onProgress?.({ phase: 'check', done, total }),
      );
      if (!options.dryRun)
        await writeAll(tx, plans, options, (done) =>
          options.onProgress?.({ phase: 'write', done, total: plans.changed }),
        );
      return plans;
    };
    const plans = options.dryRun ? await session.executeRead(work) : await session.executeWrite(work);
    return {
      ...base,
      applied: !options.dryRun,
      records: read.records.length,
      counts: plans.counts,
      errors: [],
      errorCount: 0,
      warnings,
      changes: plans.changes.slice(0, MAX_CHANGES),
      ms: Date.now() - started,
    };
  } finally {
    await session.close();
  }
}

const ACTOR_KINDS: ReadonlySet<string> = new Set(ACTOR_KIND_LIST);

/**
 * Warnings, never refusals: each new actor of the file whose name looks like an actor already in
 * the database (the matcher of the Duplicates page), so staff can merge them afterwards. Records
 * whose id exists already are updates, not candidates.
 */
async function duplicateWarnings(options: ImportOptions, nodes: readonly Checked<SeedNode>[]): Promise<ImportIssue[]> {
  const actors = nodes.filter((n) => ACTOR_KINDS.has(n.value.kind));
  if (actors.length === 0) return [];
  const existing = await readNameRecords(options.driver, options.database, [
    ...new Set(actors.map((n) => n.value.kind)),
  ]);
  const known = new Set(existing.map((e) => e.id));
  const incoming = actors
    .filter((n) => !known.has(n.value.id))
    .map((n) => {
      const v = n.value as SeedNode & {
        fullName?: string | null;
        city?: string | null;
        country?: string | null;
        altNames?: string[] | null;
      };
      return {
        id: v.id,
        name: v.kind === 'Migrant' ? (v.fullName ?? v.name) : v.name,
        kind: v.kind,
        country: v.country ?? null,
        city: v.city ?? null,
        altNames: v.altNames ?? null,
        at: n.at,
        shown: v.name,
      };
    });
  if (incoming.length === 0) return [];
  const at = new Map(incoming.map((r) => [r.id, r]));
  const warnings: ImportIssue[] = [];
  for (const match of likelyDuplicates(incoming, existing)) {
    const mine = at.get(match.a.id);
    if (!mine || warnings.length >= MAX_ISSUES) continue;
    const other = existing.find((e) => e.id === match.b.id);
    warnings.push({
      ...mine.at,
      code: 'LIKELY_DUPLICATE',
      field: 'name',
      message: `"${mine.shown}" (${mine.id}) may be the same as the existing ${match.b.kind} "${other?.displayName ?? match.b.name}" (${match.b.id}), score ${match.score.toFixed(2)}: ${match.reasons.join('; ')}. If so, merge them on the Duplicates page (mergeActors); otherwise dismiss the pair there.`,
    });
  }
  return warnings;
}

/** Problems in file order (rows, then records), file-level ones first. */
function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  const order = (i: ImportIssue) =>
    [i.section === 'ties' ? 1 : 0, i.row ?? i.record ?? -1, i.columnIndex ?? 0] as const;
  return issues
    .map((issue, n) => ({ issue, n }))
    .sort((a, b) => {
      const [x, y] = [order(a.issue), order(b.issue)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || a.n - b.n;
    })
    .map((e) => e.issue);
}

async function lookUpEnds(
  options: ImportOptions,
  ties: readonly Checked<SeedTie>[],
  fileKinds: ReadonlyMap<string, NodeKind>,
): Promise<Set<string>> {
  const wanted = endsToLookUp(ties, fileKinds);
  const session = options.driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const known = new Set<string>();
      for (const [kind, ids] of wanted) for (const id of await existingIds(tx, kind, ids)) known.add(id);
      return known;
    });
  } finally {
    await session.close();
  }
}

/** History problems (history.ts): ties outside an end's lifetime, lifetimes that end before they begin. */
async function lookUpHistory(
  options: ImportOptions,
  nodes: readonly Checked<SeedNode>[],
  ties: readonly Checked<SeedTie>[],
): Promise<ImportIssue[]> {
  const ids = new Set<string>(nodes.map((n) => n.value.id));
  for (const t of ties) ids.add(t.value.from).add(t.value.to);
  const changing = new Set(
    nodes.filter((n) => n.provided.some((f) => LIFETIME_FIELDS.includes(f))).map((n) => n.value.id),
  );
  const session = options.driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  try {
    const stored = await session.executeRead((tx) =>
      readHistory(
        tx,
        [...ids],
        changing,
        ties.map((t) => t.value),
      ),
    );
    return historyIssues(nodes, ties, stored);
  } finally {
    await session.close();
  }
}

interface NodeWrite {
  readonly kind: NodeKind;
  readonly id: string;
  readonly props: Record<string, unknown>;
}
interface TieWrite {
  readonly tie: SeedTie;
  readonly props: Record<string, unknown>;
}
interface Plans {
  readonly counts: { created: number; updated: number; unchanged: number };
  readonly changes: ImportChange[];
  readonly nodeWrites: NodeWrite[];
  readonly tieWrites: TieWrite[];
  readonly changed: number;
}

async function planAll(
  tx: ManagedTransaction,
  nodes: readonly Checked<SeedNode>[],
  ties: readonly Checked<SeedTie>[],
  progress: (done: number) => void,
): Promise<Plans> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const planned: {
    at: Checked<SeedNode | SeedTie>['at'];
    key: string;
    plan: Planned;
    node?: SeedNode;
    tie?: SeedTie;
  }[] = [];
  let done = 0;
  for (const [kind, group] of groupBy(nodes, (n) => n.value.kind)) {
    for (const batch of chunks(group)) {
      const stored = await storedNodes(
        tx,
        kind,
        batch.map((n) => n.value.id),
      );
      for (const n of batch)
        planned.push({ at: n.at, key: n.value.id, plan: planNode(n, stored.get(n.value.id)), node: n.value });
      progress((done += batch.length));
    }
  }
  // Ties whose ends are created by this same import cannot exist yet: no read needed for them.
  for (const group of groupBy(
    ties,
    (t) => `${t.value.type}|${labelOf(t.value.from)}|${labelOf(t.value.to)}`,
  ).values()) {
    const first = group[0]!.value;
    for (const batch of chunks(group)) {
      const stored = await storedTies(
        tx,
        first.type,
        labelOf(first.from),
        labelOf(first.to),
        batch.map((t) => ({ from: t.value.from, to: t.value.to })),
      );
      for (const t of batch)
        planned.push({
          at: t.at,
          key: tieKey(t.value),
          plan: planTie(t, stored.get(`${t.value.from}|${t.value.to}`)),
          tie: t.value,
        });
      progress((done += batch.length));
    }
  }
  // File order, so a report reads like the sheet.
  planned.sort(
    (a, b) =>
      (a.at.section === 'ties' ? 1 : 0) - (b.at.section === 'ties' ? 1 : 0) ||
      (a.at.row ?? a.at.record ?? 0) - (b.at.row ?? b.at.record ?? 0),
  );
  const changes: ImportChange[] = [];
  const nodeWrites: NodeWrite[] = [];
  const tieWrites: TieWrite[] = [];
  for (const p of planned) {
    if (p.plan.action === 'UNCHANGED') {
      counts.unchanged++;
      continue;
    }
    if (p.plan.action === 'CREATE') counts.created++;
    else counts.updated++;
    changes.push({ ...p.at, action: p.plan.action, key: p.key, fields: p.plan.fields });
    if (p.node) nodeWrites.push({ kind: p.node.kind, id: p.node.id, props: p.plan.props });
    if (p.tie) tieWrites.push({ tie: p.tie, props: p.plan.props });
  }
  return { counts, changes, nodeWrites, tieWrites, changed: nodeWrites.length + tieWrites.length };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Node labels follow from id prefixes (check.ts has made sure every end's prefix is known). */
function labelOf(id: string) {
  const kind = kindOf(id);
  return matchLabel(kind);
}

function kindOf(id: string): NodeKind {
  const kind = kindOfId(id);
  if (!kind) throw new Error(`checked tie end ${id} has no kind`);
  return kind;
}

async function writeAll(
  tx: ManagedTransaction,
  plans: Plans,
  options: ImportOptions,
  progress: (done: number) => void,
): Promise<void> {
  if (plans.changed === 0) return;
  let done = 0;
  for (const [kind, group] of groupBy(plans.nodeWrites, (w) => w.kind)) {
    for (const batch of chunks(group)) {
      await writeNodes(
        tx,
        kind,
        batch.map((w) => ({ id: w.id, props: w.props })),
      );
      progress((done += batch.length));
    }
  }
  for (const group of groupBy(
    plans.tieWrites,
    (w) => `${w.tie.type}|${labelOf(w.tie.from)}|${labelOf(w.tie.to)}`,
  ).values()) {
    const first = group[0]!.tie;
    for (const batch of chunks(group)) {
      await writeTies(
        tx,
        first.type,
        labelOf(first.from),
        labelOf(first.to),
        batch.map((w) => ({ from: w.tie.from, to: w.tie.to, props: w.props })),
      );
      progress((done += batch.length));
    }
  }
  // Ids only, never values: the nodes written, and both ends of each tie written.
  const ids = new Set<string>();
  for (const w of plans.nodeWrites) ids.add(w.id);
  for (const w of plans.tieWrites) ids.add(w.tie.from).add(w.tie.to);
  const record: AuditRecord = {
    userId: options.actor.userId,
    role: options.actor.role,
    operation: options.actor.operation,
    ids: [...ids],
    outcome: 'ok',
  };
  await writeAuditInTx(tx, record);
}
