import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { writeAuditInTx } from '../../auth/audit.js';
import { readChanges } from '../../auth/changes.js';
import { showChange } from './history.js';
import { erasedRef, newErasureId, rememberErasure } from '../../auth/erasure-ids.js';
import { requirePermission } from '../../auth/guard.js';
import { ErrorCode } from '../../errors.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import { write } from '../write.js';
import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers.js';

export const auditLog: QueryResolvers<PonteContext>['auditLog'] = async (_parent, args, context) => {
  requirePermission(context, (p) => p.readAuditLog, 'read the audit log');
  const limit = args.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw userError(`auditLog: "limit" must be between 1 and 500 (got ${limit}).`, 'limit');
  const filter = {
    actor: auditFilter('actor', args.actor),
    user: auditFilter('user', args.user),
    operation: auditFilter('operation', args.operation),
  };
  // `operation` holds every root field of the write, comma-separated: one of them must match.
  const { records } = await context.driver.executeQuery(
    `OPTIONAL MATCH (cursor:AuditEvent {id: $after})
     WITH cursor
     WHERE $after IS NULL OR cursor IS NOT NULL
     MATCH (e:AuditEvent)
     WHERE (cursor IS NULL OR e.at < cursor.at OR (e.at = cursor.at AND e.id < cursor.id))
       AND ($actor IS NULL OR $actor IN e.ids)
       AND ($user IS NULL OR e.userId = $user)
       AND ($operation IS NULL OR $operation IN split(e.operation, ','))
     RETURN e {.id, at: toString(e.at), .userId, .role, .operation, .ids, .erasureId, .basis, .outcome, .changes} AS e
     ORDER BY e.at DESC, e.id DESC
     LIMIT $limit`,
    { after: args.after ?? null, limit: neo4j.int(limit), ...filter },
    { database: context.database, routing: 'READ' },
  );
  if (args.after && records.length === 0) {
    const { records: known } = await context.driver.executeQuery(
      'MATCH (e:AuditEvent {id: $after}) RETURN count(e) AS n',
      { after: args.after },
      { database: context.database, routing: 'READ' },
    );
    if (Number(known[0]?.get('n')) === 0)
      throw userError(
        `auditLog: no audit entry with id "${args.after}" (pass the id of an entry you read).`,
        'after',
        ErrorCode.NotFound,
      );
  }
  return records.map((r) => {
    const e = r.get('e') as {
      id: string;
      at: string;
      userId: string;
      role: string;
      operation: string;
      ids: string[] | null;
      erasureId: string | null;
      basis: string | null;
      outcome: string;
      changes: string[] | null;
    };
    return { ...e, ids: e.ids ?? [], changes: readChanges(e.changes).map(showChange) };
  });
};

/** A filter of `auditLog`: absent, or a trimmed non-empty value of sensible length. */
function auditFilter(argument: 'actor' | 'user' | 'operation', value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = value.trim();
  if (v === '' || v.length > 200)
    throw userError(
      `auditLog: "${argument}" must be 1–200 characters (got ${v.length}); leave it out to see every entry.`,
      argument,
    );
  return v;
}

export const setMigrantConsent: MutationResolvers<PonteContext>['setMigrantConsent'] = async (
  _parent,
  args,
  context,
) => {
  requirePermission(context, (p) => p.write, "change a migrant's consent");
  // In the mutation's audited transaction: the change and its audit record commit together.
  const rows = await write<{ id: string; consent: typeof args.consent }>(
    context,
    'MATCH (m:Migrant {id: $id}) SET m.consent = $consent, m.updatedAt = datetime() RETURN m.id AS id, m.consent AS consent',
    { id: args.id, consent: args.consent },
  );
  const r = rows[0];
  if (!r) throw userError(`setMigrantConsent: no migrant with id "${args.id}".`, 'id', ErrorCode.NotFound);
  return { id: r.id, consent: r.consent };
};

export const eraseMigrant: MutationResolvers<PonteContext>['eraseMigrant'] = async (_parent, args, context) => {
  requirePermission(context, (p) => p.write, 'erase a migrant');
  const principal = context.auth.principal!;
  // Random, not a hash of the id: ids are guessable slugs, so a hash would be undone by a dictionary.
  const erasureId = newErasureId();
  const erase = async (tx: Pick<ManagedTransaction, 'run'>) => {
    const found = await tx.run(
      `MATCH (m:Migrant {id: $id})
       OPTIONAL MATCH (m)-[r]-()
       WITH m, count(r) AS ties
       DETACH DELETE m
       RETURN ties, toString(datetime()) AS at`,
      { id: args.id },
    );
    const row = found.records[0];
    if (!row) return undefined;
    // Introduction requests name actors by id, without a tie: scrub the person from them too.
    await tx.run(
      `MATCH (r:IntroductionRequest) WHERE r.toId = $id OR $id IN r.path
       SET r.toId = CASE WHEN r.toId = $id THEN null ELSE r.toId END, r.path = [h IN r.path | CASE WHEN h = $id THEN '' ELSE h END]`,
      { id: args.id },
    );
    // Earlier audit entries keep who did what, but refer to the person by the erasure id from now on,
    // and lose what they recorded of the person's fields and ties (docs/privacy.md#edit-history).
    await tx.run(
      `MATCH (e:AuditEvent) WHERE $id IN e.ids
       SET e.ids = [x IN e.ids | CASE WHEN x = $id THEN $ref ELSE x END],
           e.changes = CASE WHEN e.changes IS NULL THEN null
             ELSE [c IN e.changes WHERE apoc.convert.fromJsonMap(c).id <> $id
               AND coalesce(apoc.convert.fromJsonMap(c).tie.to, '') <> $id] END`,
      { id: args.id, ref: erasedRef(erasureId) },
    );
    // Only the erasure id, the basis and who: the id itself may name the person.
    await writeAuditInTx(tx, {
      userId: principal.sub,
      role: principal.role,
      operation: 'eraseMigrant',
      ids: [],
      erasureId,
      basis: args.basis,
      outcome: 'ok',
    });
    return { ties: Number(row.get('ties')), at: row.get('at') as string };
  };
  // Sent with other writes in one mutation, the erasure joins that mutation's transaction: in a
  // session of its own it would wait for locks the open transaction holds until it commits.
  const requestTx = context.writeTx.current;
  let result: Awaited<ReturnType<typeof erase>>;
  if (requestTx) {
    result = await erase(requestTx);
  } else {
    const session = context.driver.session({
      database: context.database,
      bookmarkManager: context.driver.executeQueryBookmarkManager,
    });
    try {
      result = await session.executeWrite(erase);
    } finally {
      await session.close();
    }
  }
  if (!result)
    throw userError(
      'eraseMigrant: no migrant with that id (it may have been erased already).',
      'id',
      ErrorCode.NotFound,
    );
  rememberErasure(context.writeTx, args.id, erasureId);
  context.log.info({ erasureId, userId: principal.sub }, 'migrant erased');
  return { erasureId, ties: result.ties, at: result.at };
};
