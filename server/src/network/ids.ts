/**
 * The one check of the id arguments of every graph question (docs/graph-questions.md#unknown-ids):
 * each id must be a node of the kind the argument asks for, visible to the asker, or the question
 * answers NOT_FOUND naming the ids and the argument, before any work. A migrant the asker may not
 * name is "no node with id …" exactly as an id that never existed (docs/privacy.md): the answer
 * never says that a hidden person exists.
 */
import { badInput, ErrorCode } from '../errors.js';
import { read, visibleIds } from './db.js';
import { NODE_BY_ID } from './nodes.js';
import type { ReadScope } from './session.js';

/** An id as asked: the argument it came from and, when the argument wants one kind, that label. */
export interface IdRef {
  readonly argument: string;
  readonly id: string;
  readonly label?: IdLabel;
}

/** The labels an id argument may ask for (`Actor` for any actor); none for any kind of node. */
export type IdLabel = 'Actor' | 'Migrant' | 'ReturnProject' | 'Region' | 'Opportunity' | 'Event';

const WHAT: Readonly<Record<IdLabel, string>> = {
  Actor: 'actor',
  Migrant: 'migrant',
  ReturnProject: 'return project',
  Region: 'region',
  Opportunity: 'opportunity',
  Event: 'event',
};

/** The ids among `refs` that are not a visible node of their label, in the order asked. */
export function missingIds(
  refs: readonly IdRef[],
  found: ReadonlyMap<string, readonly string[]>,
  visible: ReadonlySet<string>,
): IdRef[] {
  return refs.filter((r) => {
    const labels = found.get(r.id);
    return !labels || !visible.has(r.id) || (r.label !== undefined && !labels.includes(r.label));
  });
}

/** The error naming the missing ids; the argument of the first is the error's argument. */
export function unknownIdsError(field: string, missing: readonly IdRef[]) {
  const first = missing[0]!;
  const labels = new Set(missing.map((m) => m.label));
  const what = labels.size === 1 && first.label ? WHAT[first.label] : 'node';
  const list = missing.map((m) => `"${m.id}"`).join(', ');
  const args = [...new Set(missing.map((m) => `"${m.argument}"`))].join(', ');
  return badInput(`${field}: no ${what} with id ${list} (argument ${args}).`, first.argument, ErrorCode.NotFound);
}

/** NOT_FOUND naming every id of `refs` that is not a visible node of its label; one read for all. */
export async function requireIds(scope: ReadScope, field: string, refs: readonly IdRef[]): Promise<void> {
  if (refs.length === 0) return;
  const ids = [...new Set(refs.map((r) => r.id))];
  const rows = await read<{ id: string; labels: string[]; migrant: boolean; consent: string | null }>(
    scope,
    `UNWIND $ids AS id ${NODE_BY_ID} RETURN n.id AS id, labels(n) AS labels, n:Migrant AS migrant, n.consent AS consent`,
    { ids },
  );
  const found = new Map(rows.map((r) => [r.id, r.labels]));
  const missing = missingIds(refs, found, visibleIds(scope, rows));
  if (missing.length > 0) throw unknownIdsError(field, missing);
}

/** NOT_FOUND naming the first ids that are not nodes of `label` (any kind when absent). */
export function requireNodes(
  scope: ReadScope,
  field: string,
  ids: ReadonlyArray<{ argument: string; id: string }>,
  label?: IdLabel,
): Promise<void> {
  return requireIds(
    scope,
    field,
    ids.map((i) => ({ ...i, ...(label ? { label } : {}) })),
  );
}

/** NOT_FOUND naming the ids of one argument that are no node (of any kind shown). */
export function requireAnyNodes(scope: ReadScope, field: string, argument: string, ids: readonly string[]) {
  return requireIds(
    scope,
    field,
    ids.map((id) => ({ argument, id })),
  );
}
