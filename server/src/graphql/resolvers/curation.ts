import type { ManagedTransaction } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { writeAudit, writeAuditInTx } from '../../auth/audit.js';
import { requirePermission } from '../../auth/guard.js';
import { duplicateCandidates as findCandidates, dismissPair } from '../../curation/candidates.js';
import { mergeActorsInTx } from '../../curation/merge.js';
import { ErrorCode, isPonteError } from '../../errors.js';
import type { PonteContext } from '../context.js';
import { userError } from '../errors.js';
import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers.js';

/**
 * Curation (issue #7): likely duplicates, dismissing a pair, merging two actors. Staff and admin
 * only. The two writes audit themselves inside their own transaction (like eraseMigrant), so the
 * change and its record commit together; a refused or failed attempt by a signed-in user is
 * recorded with its error code.
 */
export const duplicateCandidates: QueryResolvers<PonteContext>['duplicateCandidates'] = async (
  _parent,
  args,
  context,
) => {
  requirePermission(context, (p) => p.write, 'list duplicate candidates');
  const minScore = args.minScore ?? 0.75;
  const limit = args.limit ?? 50;
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1)
    throw userError(`duplicateCandidates: "minScore" must be between 0 and 1 (got ${minScore}).`, 'minScore');
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw userError(`duplicateCandidates: "limit" must be between 1 and 500 (got ${limit}).`, 'limit');
  const pairs = await findCandidates(context.driver, context.database, { kinds: args.kinds ?? null, minScore, limit });
  return pairs.map((p) => ({
    ...p,
    a: { ...p.a, altNames: [...p.a.altNames] },
    b: { ...p.b, altNames: [...p.b.altNames] },
    reasons: [...p.reasons],
    reasonParts: [...p.reasonParts],
  }));
};

async function auditedWrite<T>(
  context: PonteContext,
  operation: string,
  ids: string[],
  what: string,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  requirePermission(context, (p) => p.write, what);
  const principal = context.auth.principal!;
  const session = context.driver.session({
    database: context.database,
    bookmarkManager: context.driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeWrite(async (tx) => {
      const result = await work(tx);
      await writeAuditInTx(tx, { userId: principal.sub, role: principal.role, operation, ids, outcome: 'ok' });
      return result;
    });
  } catch (error) {
    const code = isPonteError(error)
      ? error.code
      : error instanceof GraphQLError
        ? String(error.extensions.code ?? 'error')
        : 'error';
    await writeAudit(context.driver, context.database, {
      userId: principal.sub,
      role: principal.role,
      operation,
      ids,
      outcome: code,
    }).catch((e: unknown) => context.log.error({ err: e, operation }, 'could not write the audit record'));
    throw error;
  } finally {
    await session.close();
  }
}

/** Refused writes by signed-in users are audited too (the audit plugin leaves these fields to us). */
async function refusedAudit(context: PonteContext, operation: string, ids: string[], what: string): Promise<void> {
  try {
    requirePermission(context, (p) => p.write, what);
  } catch (error) {
    const principal = context.auth.principal;
    if (principal) {
      await writeAudit(context.driver, context.database, {
        userId: principal.sub,
        role: principal.role,
        operation,
        ids,
        outcome: ErrorCode.Forbidden,
      }).catch((e: unknown) => context.log.error({ err: e, operation }, 'could not write the audit record'));
    }
    throw error;
  }
}

export const dismissDuplicate: MutationResolvers<PonteContext>['dismissDuplicate'] = async (_parent, args, context) => {
  const what = 'dismiss duplicate candidates';
  await refusedAudit(context, 'dismissDuplicate', [args.a, args.b], what);
  return auditedWrite(context, 'dismissDuplicate', [args.a, args.b], what, async (tx) => {
    if (args.a === args.b)
      throw userError(
        `dismissDuplicate: "a" and "b" are the same id ("${args.a}"); pass the two actors of a pair.`,
        'b',
      );
    const found = await tx.run(
      'UNWIND $ids AS id OPTIONAL MATCH (x:Actor {id: id}) RETURN id, x IS NOT NULL AS found',
      { ids: [args.a, args.b] },
    );
    const missing = found.records
      .map((r, i) => ({ id: r.get('id') as string, argument: i === 0 ? 'a' : 'b', found: r.get('found') as boolean }))
      .find((r) => !r.found);
    if (missing)
      throw userError(
        `dismissDuplicate: no actor with id "${missing.id}" (argument "${missing.argument}").`,
        missing.argument,
        ErrorCode.NotFound,
      );
    return dismissPair(tx, args.a, args.b, context.auth.principal!.sub);
  });
};

export const mergeActors: MutationResolvers<PonteContext>['mergeActors'] = async (_parent, args, context) => {
  const what = 'merge actors';
  await refusedAudit(context, 'mergeActors', [args.keep, args.drop], what);
  const result = await auditedWrite(context, 'mergeActors', [args.keep, args.drop], what, (tx) =>
    mergeActorsInTx(tx, args.keep, args.drop),
  );
  context.log.info({ keep: args.keep, drop: args.drop, userId: context.auth.principal!.sub }, 'actors merged');
  return { kept: args.keep, dropped: args.drop, ...result };
};
