import { createHash, randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { PonteContext } from '../graphql/context.js';
import type { Logger } from '../logger.js';

/**
 * The append-only audit log: one (:AuditEvent) node per write, holding who, when, which
 * operation and which ids, never a personal value. No SDL type maps to the label, so the generated
 * API can neither read nor change it; `auditLog` reads it and nothing deletes it.
 */
export interface AuditRecord {
  readonly userId: string;
  readonly role: string;
  readonly operation: string;
  readonly ids: readonly string[];
  readonly outcome: string;
  readonly idHash?: string;
  readonly basis?: string;
}

const CREATE_EVENT = `CREATE (e:AuditEvent {id: $id, at: datetime(), userId: $userId, role: $role, operation: $operation,
  ids: $ids, outcome: $outcome, idHash: $idHash, basis: $basis})`;

function params(record: AuditRecord) {
  return { id: randomUUID(), ...record, ids: [...record.ids], idHash: record.idHash ?? null, basis: record.basis ?? null };
}

export async function writeAudit(driver: Driver, database: string, record: AuditRecord): Promise<void> {
  await driver.executeQuery(CREATE_EVENT, params(record), { database });
}

/** In the caller's transaction, so the write and its record commit together (erasure). */
export async function writeAuditInTx(tx: ManagedTransaction, record: AuditRecord): Promise<void> {
  await tx.run(CREATE_EVENT, params(record));
}

export function hashId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

/** Root fields that audit themselves (inside their own transaction) or are not writes. */
const SELF_AUDITED = new Set(['login', 'eraseMigrant', 'dismissDuplicate', 'mergeActors', '__typename']);
const MAX_IDS = 200;

/** The root field names of a mutation and every id it names in its arguments. Pure. */
export function describeMutation(operation: OperationDefinitionNode, variables: Record<string, unknown>): { fields: string[]; ids: string[] } {
  const fields: string[] = [];
  const ids = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || SELF_AUDITED.has(selection.name.value)) continue;
    fields.push(selection.name.value);
    for (const arg of selection.arguments ?? []) collectIds(valueFromASTUntyped(arg.value, variables), ids, arg.name.value === 'id');
  }
  return { fields, ids: [...ids].slice(0, MAX_IDS) };
}

/** Ids of a result: every `id` value anywhere in the data. */
export function collectResultIds(data: unknown, into: Set<string> = new Set()): Set<string> {
  collectIds(data, into, false);
  return into;
}

function collectIds(value: unknown, into: Set<string>, underId: boolean): void {
  if (into.size >= MAX_IDS || value === null || value === undefined) return;
  if (typeof value === 'string') {
    if (underId) into.add(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) collectIds(v, into, underId);
    return;
  }
  if (typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) collectIds(v, into, underId || key === 'id');
  }
}

/**
 * Records every mutation a signed-in user sends (generated or custom), with its outcome. Anonymous
 * writes are refused before they reach the database and only logged, so nobody can flood the log.
 */
export function auditPlugin(log: Logger): ApolloServerPlugin<PonteContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, request, response }) {
          if (operation?.operation !== 'mutation') return;
          const principal = contextValue.auth.principal;
          const { fields, ids } = describeMutation(operation, request.variables ?? {});
          if (fields.length === 0) return;
          if (!principal) {
            log.info({ operation: fields.join(','), address: contextValue.auth.address }, 'anonymous write refused');
            return;
          }
          const body = response.body;
          const result = body.kind === 'single' ? body.singleResult : undefined;
          const all = new Set(ids);
          if (result?.data) collectResultIds(result.data, all);
          const code = result?.errors?.[0]?.extensions?.code;
          try {
            await writeAudit(contextValue.driver, contextValue.database, {
              userId: principal.sub,
              role: principal.role,
              operation: fields.join(','),
              ids: [...all].slice(0, MAX_IDS),
              outcome: result?.errors?.length ? String(code ?? 'error') : 'ok',
            });
          } catch (error) {
            log.error({ err: error, operation: fields.join(','), userId: principal.sub }, 'could not write the audit record');
          }
        },
      };
    },
  };
}
