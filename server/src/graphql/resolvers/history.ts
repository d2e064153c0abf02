import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import {
  ID_LABELS,
  decode,
  encode,
  readChanges,
  readNodes,
  readTies,
  sameTarget,
  sameValue,
  showValue,
  type Change,
  type TieKey,
} from '../../auth/changes.js';
import { requirePermission } from '../../auth/guard.js';
import { ErrorCode } from '../../errors.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import { inWriteTransaction, write } from '../write.js';
import type { FieldChange, MutationResolvers, TieType } from '../__generated__/resolvers.js';

/**
 * The edit history for staff (docs/privacy.md#edit-history): the changes of `auditLog` entries as
 * text, and `revertChange`, which sets one field back. The revert runs in the mutation's audited
 * transaction, so the audit plugin records it as a change of its own.
 */

export function showChange(change: Change): FieldChange {
  return {
    id: change.id,
    tie: change.tie ? { ...change.tie, type: change.tie.type as TieType } : null,
    field: change.field,
    personal: change.personal,
    from: change.personal ? null : showValue(change.field, change.from),
    to: change.personal ? null : showValue(change.field, change.to),
  };
}

export const revertChange: MutationResolvers<PonteContext>['revertChange'] = async (_parent, args, context) => {
  requirePermission(context, (p) => p.write && p.readAuditLog, 'revert a change');
  const [entry] = await write<{ at: unknown; outcome: string; changes: string[] | null }>(
    context,
    'MATCH (e:AuditEvent {id: $auditId}) RETURN e.at AS at, e.outcome AS outcome, e.changes AS changes',
    { auditId: args.auditId },
  );
  if (!entry)
    throw userError(
      `revertChange: no audit entry with id "${args.auditId}"; pass the id of an entry of auditLog.`,
      'auditId',
      ErrorCode.NotFound,
    );
  const tie: TieKey | undefined = args.tie ? { type: args.tie.type, from: args.id, to: args.tie.to } : undefined;
  // What the messages call the record: the node, or the tie by type and ends.
  const what = tie ? `the ${tie.type} tie from "${tie.from}" to "${tie.to}"` : `"${args.id}"`;
  const change = readChanges(entry.changes).find((c) => sameTarget(c, args.id, args.field, tie));
  if (!change)
    throw userError(
      `revertChange: audit entry "${args.auditId}" changed no field "${args.field}" of ${what}; pick one of its changes.`,
      'field',
      ErrorCode.NotFound,
    );
  if (change.personal)
    throw userError(
      `revertChange: "${args.field}" is a personal field, whose old value was never kept (docs/privacy.md); write the value again instead.`,
      'field',
      ErrorCode.Conflict,
    );
  if (change.removed)
    throw userError(
      `revertChange: audit entry "${args.auditId}" removed ${what}; connect it again with its properties instead.`,
      'auditId',
      ErrorCode.Conflict,
    );
  if (change.created)
    throw userError(
      `revertChange: audit entry "${args.auditId}" created ${what}; its fields cannot be set back to nothing. Edit or delete the record instead.`,
      'auditId',
      ErrorCode.Conflict,
    );
  // A later change of the same field must be reverted first, or it would be silently undone.
  const later = await write<{ id: string; changes: string[] | null }>(
    context,
    `MATCH (e:AuditEvent) WHERE e.at > $at AND e.outcome = 'ok' AND $id IN e.ids AND e.changes IS NOT NULL
     RETURN e.id AS id, e.changes AS changes ORDER BY e.at DESC`,
    { at: entry.at, id: args.id },
  );
  const since = later.find((e) => readChanges(e.changes).some((c) => sameTarget(c, args.id, args.field, tie)));
  if (since)
    throw userError(
      `revertChange: "${args.field}" of ${what} changed again since (audit entry "${since.id}"); revert that change first.`,
      'auditId',
      ErrorCode.Conflict,
    );
  await inWriteTransaction(context, async (tx) => {
    if (tie) return revertTie(tx, tie, args.field, change);
    const node = (await readNodes(tx, [args.id])).get(args.id);
    if (!node) throw userError(`revertChange: "${args.id}" no longer exists.`, 'id', ErrorCode.NotFound);
    // Writes the audit log does not follow field by field (imports, merges) may have changed it.
    if (!sameValue(encode(node.props[args.field]), change.to))
      throw userError(
        `revertChange: "${args.field}" of "${args.id}" is no longer the value this entry wrote; it changed again since (an import or a merge). Edit the record instead.`,
        'field',
        ErrorCode.Conflict,
      );
    const label = ID_LABELS.find((l) => node.labels.includes(l))!;
    await tx.run(`MATCH (n:${label} {id: $id}) SET n += $props, n.updatedAt = datetime()`, {
      id: args.id,
      props: { [args.field]: decode(change.from) },
    });
  });
  return showChange({ ...change, from: change.to, to: change.from } as Change);
};

/** Sets one property of a tie back; several ties of one type between the same ends are refused. */
async function revertTie(
  tx: Transaction | ManagedTransaction,
  tie: TieKey,
  field: string,
  change: Change,
): Promise<void> {
  const ties = [...(await readTies(tx, [tie.from])).entries()].filter(
    ([, t]) => t.key.type === tie.type && t.key.from === tie.from && t.key.to === tie.to,
  );
  const [found] = ties;
  if (!found)
    throw userError(
      `revertChange: the ${tie.type} tie from "${tie.from}" to "${tie.to}" no longer exists.`,
      'tie',
      ErrorCode.NotFound,
    );
  if (ties.length > 1)
    throw userError(
      `revertChange: there are ${ties.length} ${tie.type} ties from "${tie.from}" to "${tie.to}"; edit the one you mean instead.`,
      'tie',
      ErrorCode.Conflict,
    );
  const [element, state] = found;
  if (!sameValue(encode(state.props[field]), change.to))
    throw userError(
      `revertChange: "${field}" of the ${tie.type} tie from "${tie.from}" to "${tie.to}" is no longer the value this entry wrote; it changed again since (an import or a merge). Edit the tie instead.`,
      'field',
      ErrorCode.Conflict,
    );
  await tx.run('MATCH ()-[r]->() WHERE elementId(r) = $element SET r += $props', {
    element,
    props: { [field]: decode(change.from) },
  });
}
