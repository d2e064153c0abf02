import { GraphQLError } from 'graphql';
import type { Transaction } from 'neo4j-driver';
import { ErrorCode } from '../../errors.js';
import { readHistory } from '../../io/import/history.js';
import { lifetimeOrderProblem, tieHistoryProblem } from '../../network/history.js';
import { stageDatesProblem } from '../../network/stages.js';
import type { WritePlan } from './inspect.js';

/**
 * History is respected by generated writes (docs/data-model.md#time). Around the library's own
 * resolver, in the mutation's audited transaction, the ties of every node the call names (created,
 * updated, connected) are checked against both ends' lifetimes, and each lifetime against its own
 * order, before and after the write; a problem the write introduced throws, and the audit plugin
 * rolls the whole mutation back. So a connect dated before an end existed, an edge moved outside a
 * lifetime, a founding date moved after a recorded tie, or a closing date before the founding all
 * write nothing. Checking the result covers every way the library can change a date (nested
 * creates, edge updates, `set`) with one rule; comparing with before keeps a problem already in the
 * data (e.g. from an old load) from blocking an unrelated edit.
 */

export interface HistoryProblem {
  /** What it is about, to compare before and after. */
  readonly key: string;
  readonly tie?: { readonly type: string; readonly from: string; readonly to: string };
  /** The node whose own field is at fault (a project's stage date). */
  readonly node?: string;
  readonly field?: string;
  readonly message: string;
}

/** The ids a call names: what it creates, the node it updates, both ends of what it connects. */
export function touchedIds(plan: WritePlan, ownerId: string | undefined): string[] {
  const ids = new Set<string>(plan.newIds.map((r) => r.id));
  if (ownerId) ids.add(ownerId);
  for (const c of plan.connections) {
    if (c.owner) ids.add(c.owner.id);
    for (const id of c.targetIds) ids.add(id);
  }
  return [...ids];
}

/** Every history problem of these nodes and their dated ties, as the transaction sees them now. */
export async function historyProblems(tx: Transaction, ids: readonly string[]): Promise<HistoryProblem[]> {
  if (ids.length === 0) return [];
  const stored = await readHistory(tx, ids, new Set(ids));
  const end = (id: string) => ({ id, node: stored.lifetimes.get(id) ?? {} });
  const problems: HistoryProblem[] = [];
  for (const id of ids) {
    const order = lifetimeOrderProblem(stored.lifetimes.get(id) ?? {});
    if (order) problems.push({ key: `node|${id}`, message: `"${id}": ${order.message}; fix one of the two dates` });
  }
  for (const [id, project] of stored.projects) {
    const stages = stageDatesProblem(project);
    if (stages)
      problems.push({
        key: `stage|${id}|${stages.field}`,
        node: id,
        field: stages.field,
        message: `"${id}": ${stages.message}`,
      });
  }
  for (const t of stored.ties) {
    const problem = tieHistoryProblem(t, end(t.from), end(t.to));
    if (problem)
      problems.push({
        key: `tie|${t.type}|${t.from}|${t.to}|${problem.message}`,
        tie: t,
        field: problem.field,
        message: `the ${t.type} tie "${t.from}" → "${t.to}": ${problem.message}`,
      });
  }
  return problems;
}

/** The first problem the write introduced, as the error to throw; undefined when there is none. */
export function historyError(
  fieldName: string,
  plan: WritePlan,
  before: readonly HistoryProblem[],
  after: readonly HistoryProblem[],
  owner?: { readonly id: string; readonly sets: readonly string[] },
): GraphQLError | undefined {
  const known = new Set(before.map((p) => p.key));
  const added = after.filter((p) => !known.has(p.key));
  if (added.length === 0) return undefined;
  const problems = added.map((p) => ({ ...p, argument: argumentOf(plan, p, owner) }));
  const first = problems[0]!;
  return new GraphQLError(
    `${fieldName}${first.argument ? `(${first.argument})` : ''}: ${first.message}. Nothing was written.`,
    {
      extensions: {
        code: ErrorCode.BadUserInput,
        ...(first.argument ? { argument: first.argument } : {}),
        problems: problems.map((p) => ({
          ...(p.argument ? { argument: p.argument } : {}),
          message: p.message,
          code: ErrorCode.BadUserInput,
        })),
      },
    },
  );
}

/**
 * The argument that wrote a tie, when the call connected it (its edge's date); the field of a node
 * the call creates or updates (a stage date); otherwise none.
 */
function argumentOf(
  plan: WritePlan,
  problem: HistoryProblem,
  owner: { readonly id: string; readonly sets: readonly string[] } | undefined,
): string | undefined {
  if (problem.node && problem.field) {
    const created = plan.newIds.find((r) => r.id === problem.node && r.path.endsWith('.id'));
    if (created) return created.path.replace(/\.id$/, `.${problem.field}`);
    if (problem.node !== owner?.id) return undefined;
    // The field at fault when the update set it; else what it set that moved it out (a stage, a lifetime end).
    const set = [problem.field, 'stage', 'ended', 'started'].find((f) => owner.sets.includes(f));
    return set ? `update.${set}.set` : undefined;
  }
  const tie = problem.tie;
  if (!tie) return undefined;
  const connection = plan.connections.find(
    (c) =>
      c.relationship.type === tie.type &&
      c.targetIds.some((id) => id === tie.from || id === tie.to) &&
      (!c.owner || c.owner.id === tie.from || c.owner.id === tie.to),
  );
  return connection?.path.replace(/\.where\.node\.id$/, `.edge.${problem.field}`);
}
