import {
  ID_LABELS,
  decode,
  encode,
  readChanges,
  readNodes,
  sameValue,
  showValue,
  type Change,
} from '../../auth/changes.js';
import { requirePermission } from '../../auth/guard.js';
import { ErrorCode } from '../../errors.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import { inWriteTransaction, write } from '../write.js';
import type { FieldChange, MutationResolvers } from '../__generated__/resolvers.js';

/**
 * The edit history for staff (docs/privacy.md#edit-history): the changes of `auditLog` entries as
 * text, and `revertChange`, which sets one field back. The revert runs in the mutation's audited
 * transaction, so the audit plugin records it as a change of its own.
 */

export function showChange(change: Change): FieldChange {
  return {
    id: change.id,
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
  const change = readChanges(entry.changes).find((c) => c.id === args.id && c.field === args.field);
  if (!change)
    throw userError(
      `revertChange: audit entry "${args.auditId}" changed no field "${args.field}" of "${args.id}"; pick one of its changes.`,
      'field',
      ErrorCode.NotFound,
    );
  if (change.personal)
    throw userError(
      `revertChange: "${args.field}" is a personal field, whose old value was never kept (docs/privacy.md); write the value again instead.`,
      'field',
      ErrorCode.Conflict,
    );
  if (change.created)
    throw userError(
      `revertChange: audit entry "${args.auditId}" created "${args.id}"; its fields cannot be set back to nothing. Edit or delete the record instead.`,
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
  const since = later.find((e) => readChanges(e.changes).some((c) => c.id === args.id && c.field === args.field));
  if (since)
    throw userError(
      `revertChange: "${args.field}" of "${args.id}" changed again since (audit entry "${since.id}"); revert that change first.`,
      'auditId',
      ErrorCode.Conflict,
    );
  await inWriteTransaction(context, async (tx) => {
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
