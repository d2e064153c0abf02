import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { GraphQLError, Kind, valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';
import type { Driver, ManagedTransaction, Session, Transaction } from 'neo4j-driver';
import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_ERROR, isDatabaseUnavailable } from '../db/driver.js';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import {
  diffNodes,
  diffTies,
  readNodes,
  readTies,
  storeChanges,
  type Change,
  type NodeState,
  type TieState,
} from './changes.js';
import { erasedRef, erasureRefFor, newErasureId } from './erasure-ids.js';
import type { Principal } from './tokens.js';

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
  /** For an erasure: its random id (auth/erasure-ids.ts), never anything derived from the person's id. */
  readonly erasureId?: string;
  readonly basis?: string;
  /** What the write changed, field by field (auth/changes.ts); never a personal value. */
  readonly changes?: readonly Change[];
}

const CREATE_EVENT = `CREATE (e:AuditEvent {id: $id, at: datetime(), userId: $userId, role: $role, operation: $operation,
  ids: $ids, outcome: $outcome, erasureId: $erasureId, basis: $basis, changes: $changes})`;

function params(record: AuditRecord) {
  return {
    id: randomUUID(),
    ...record,
    ids: [...record.ids],
    erasureId: record.erasureId ?? null,
    basis: record.basis ?? null,
    changes: record.changes?.length ? storeChanges(record.changes) : null,
  };
}

export async function writeAudit(driver: Driver, database: string, record: AuditRecord): Promise<void> {
  await driver.executeQuery(CREATE_EVENT, params(record), { database });
}

/** In the caller's transaction, so the write and its record commit together (erasure). */
export async function writeAuditInTx(
  tx: Pick<ManagedTransaction | Transaction, 'run'>,
  record: AuditRecord,
): Promise<void> {
  await tx.run(CREATE_EVENT, params(record));
}

/** Root fields that audit themselves (inside their own transaction) or are not writes. */
const SELF_AUDITED = new Set([
  'login',
  'eraseMigrant',
  'importRecords',
  'dismissDuplicate',
  'mergeActors',
  '__typename',
]);
/**
 * Self-audited writes that commit in a transaction of their own: sent with other writes in one
 * mutation they could wait forever on locks the mutation's open transaction holds (and could not
 * be rolled back with it), so each must come alone.
 */
const WRITES_ALONE = new Set(['importRecords', 'dismissDuplicate', 'mergeActors']);

/** The first root field of `operation` that must be sent alone but is not, if any. Pure. */
export function writeNotAlone(operation: OperationDefinitionNode): string | undefined {
  if (operation.operation !== 'mutation') return undefined;
  const names = operation.selectionSet.selections.flatMap((s) =>
    s.kind === Kind.FIELD && s.name.value !== '__typename' ? [s.name.value] : [],
  );
  return names.length > 1 ? names.find((n) => WRITES_ALONE.has(n)) : undefined;
}
const MAX_IDS = 200;
/** Argument and result keys whose strings are node ids (`recordMeeting`'s `attendees` lists them). */
const ID_KEYS = new Set(['id', 'attendees']);
/**
 * Arguments of one root field that name node ids under another name (a tie's ends): `true` when the
 * argument is the id, else the key of the argument's object that is (`revertChange`'s `tie.to`).
 */
const ID_ARGS: Readonly<Record<string, Readonly<Record<string, true | string>>>> = {
  setTieEvidence: { from: true, to: true },
  revertChange: { tie: 'to' },
};

/**
 * The root field names of a mutation, every id it names in its arguments, and the ids it erases
 * (`eraseMigrant`), which the other fields' record must not keep in clear: `refFor` names them
 * (by default a fresh random erasure id each, which links them to nothing). Pure but for that.
 */
export function describeMutation(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  refFor: (id: string) => string = () => erasedRef(newErasureId()),
): { fields: string[]; ids: string[]; erased: string[] } {
  const fields: string[] = [];
  const ids = new Set<string>();
  const erased: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    if (selection.name.value === 'eraseMigrant') {
      const id = selection.arguments?.find((a) => a.name.value === 'id');
      const value = id ? valueFromASTUntyped(id.value, variables) : undefined;
      if (typeof value === 'string') erased.push(value);
    }
    if (SELF_AUDITED.has(selection.name.value)) continue;
    fields.push(selection.name.value);
    for (const arg of selection.arguments ?? []) {
      const value: unknown = valueFromASTUntyped(arg.value, variables);
      const named = ID_ARGS[selection.name.value]?.[arg.name.value];
      if (typeof named === 'string') {
        collectIds(
          value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[named] : undefined,
          ids,
          true,
        );
      } else collectIds(value, ids, arg.name.value === 'id' || named === true);
    }
  }
  const shown = [...ids].map((id) => (erased.includes(id) ? refFor(id) : id));
  return { fields, ids: shown.slice(0, MAX_IDS), erased };
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
    for (const [key, v] of Object.entries(value)) collectIds(v, into, underId || ID_KEYS.has(key));
  }
}

/**
 * What the audit plugin needs of a request's context (graphql/context.ts `PonteContext` has it;
 * named here so that auth does not depend on the GraphQL layer, docs/architecture.md#folders).
 */
export interface AuditedContext {
  readonly driver: Driver;
  readonly database: string;
  readonly auth: { readonly principal: Principal | undefined; readonly address: string };
  /** Where @neo4j/graphql runs its Cypher: the plugin's transaction during a signed-in mutation. */
  executionContext?: Driver | Session | Transaction;
  /** Where custom write resolvers run theirs (graphql/write.ts). */
  readonly writeTx: { current: Transaction | undefined; attribute?: (ids: readonly string[]) => Promise<void> };
}

/** The answer to a write whose transaction could not begin: 503, coded, to be retried (as http/auth.ts). */
function databaseUnavailableResponse(): GraphQLResponse {
  return {
    http: { status: 503, headers: new HeaderMap([['retry-after', DATABASE_RETRY_AFTER_SECONDS]]) },
    body: { kind: 'single', singleResult: { data: null, errors: [DATABASE_UNAVAILABLE_ERROR] } },
  };
}

/**
 * Records every mutation a signed-in user sends (generated or custom), with its outcome, in the
 * same transaction as the write: before execution the plugin opens a write transaction and hands
 * it to @neo4j/graphql as `executionContext` (the library then runs its Cypher in it and leaves the
 * commit to us) and to custom resolvers as `writeTx` (graphql/write.ts `write`). When the operation
 * succeeds, the `ok` entry is written in that transaction and both commit together; when any field
 * fails, everything is rolled back (a mutation is all-or-nothing) and the failure is recorded on
 * its own. So an `ok` entry exists exactly when the write committed, and a crash between the two
 * leaves neither. Anonymous writes are refused before they reach the database and only logged, so
 * nobody can flood the log. Self-audited fields (login, eraseMigrant) keep their own transactions.
 */
export function auditPlugin(log: Logger): ApolloServerPlugin<AuditedContext> {
  return {
    async requestDidStart() {
      let session: Session | undefined;
      let tx: Transaction | undefined;
      // The nodes the mutation names by id and their ties, as they were before it ran (auth/changes.ts).
      let named: string[] = [];
      let before: { nodes: Map<string, NodeState>; ties: Map<string, TieState> } | undefined;
      const close = async () => {
        if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
        await session?.close().catch(() => undefined);
      };
      const begin = async (contextValue: AuditedContext, described: { ids: string[]; erased: string[] }) => {
        session = contextValue.driver.session({
          database: contextValue.database,
          defaultAccessMode: 'WRITE',
          // The process's later reads (executeQuery, the generated API) wait for this write on a cluster.
          bookmarkManager: contextValue.driver.executeQueryBookmarkManager,
        });
        tx = session.beginTransaction();
        named = described.ids.filter((id) => !described.erased.includes(id));
        before = { nodes: await readNodes(tx, named), ties: await readTies(tx, named) };
        contextValue.executionContext = tx;
        contextValue.writeTx.current = tx;
        // A generated write names the nodes it reaches without their ids (graphql/writes/attribute.ts)
        // before it runs: their state now is their state before the write.
        contextValue.writeTx.attribute = async (ids) => {
          const fresh = ids.filter((id) => !named.includes(id) && !described.erased.includes(id));
          if (fresh.length === 0 || !tx || !before) return;
          named = [...named, ...fresh];
          for (const [id, state] of await readNodes(tx, fresh)) if (!before.nodes.has(id)) before.nodes.set(id, state);
          for (const [element, state] of await readTies(tx, fresh))
            if (!before.ties.has(element)) before.ties.set(element, state);
        };
      };
      return {
        async didResolveOperation({ operation }) {
          const alone = operation ? writeNotAlone(operation) : undefined;
          if (alone) {
            throw new GraphQLError(
              `${alone} must be the only field of its mutation: it commits in a transaction of its own. Send the other fields in another request.`,
              {
                extensions: { code: ErrorCode.BadUserInput, argument: alone, http: { status: 400 } },
              },
            );
          }
        },
        // Opened where Apollo still lets a plugin answer instead of executing (an error thrown by
        // executionDidStart escapes the pipeline as an uncoded 500): a write's transaction that
        // cannot begin because the database is away is a coded DATABASE_UNAVAILABLE, like a read's.
        async responseForOperation({ operation, contextValue, request }) {
          if (operation.operation !== 'mutation' || !contextValue.auth.principal) return null;
          const described = describeMutation(operation, request.variables ?? {});
          if (described.fields.length === 0) return null;
          try {
            await begin(contextValue, described);
            return null;
          } catch (error) {
            await close();
            tx = undefined;
            if (!isDatabaseUnavailable(error)) throw error;
            return databaseUnavailableResponse();
          }
        },
        async willSendResponse({ operation, contextValue, request, response }) {
          try {
            if (operation?.operation !== 'mutation') return;
            const principal = contextValue.auth.principal;
            // An erasure in this request names the person by its erasure id (auth/erasure-ids.ts).
            const refFor = erasureRefFor(contextValue.writeTx);
            const { fields, ids, erased } = describeMutation(operation, request.variables ?? {}, refFor);
            if (fields.length === 0) return;
            if (!principal) {
              log.info({ operation: fields.join(','), address: contextValue.auth.address }, 'anonymous write refused');
              return;
            }
            const body = response.body;
            const result = body.kind === 'single' ? body.singleResult : undefined;
            const all = new Set(ids);
            // The nodes the write reached without naming them are what it changed, too.
            for (const id of named) all.add(id);
            if (result?.data) collectResultIds(result.data, all);
            for (const id of erased) if (all.delete(id)) all.add(refFor(id));
            const failed = !result || (result.errors?.length ?? 0) > 0;
            const record = (outcome: string): AuditRecord => ({
              userId: principal.sub,
              role: principal.role,
              operation: fields.join(','),
              ids: [...all].slice(0, MAX_IDS),
              outcome,
            });
            contextValue.writeTx.current = undefined;
            contextValue.writeTx.attribute = undefined;
            if (!failed && tx) {
              try {
                const changes = before
                  ? [
                      ...diffNodes(before.nodes, await readNodes(tx, named)),
                      ...diffTies(before.ties, await readTies(tx, named)),
                    ]
                  : [];
                await writeAuditInTx(tx, { ...record('ok'), changes });
                await tx.commit();
                return;
              } catch (error) {
                // Nothing was committed: say so instead of the data, and record the failure below.
                log.error(
                  { err: error, operation: fields.join(','), userId: principal.sub },
                  'could not commit a write and its audit record',
                );
                if (result) {
                  result.data = null;
                  result.errors = [
                    {
                      message: 'The write could not be committed; nothing was changed. Try again.',
                      extensions: { code: ErrorCode.DatabaseUnavailable },
                    },
                  ];
                }
              }
            } else if (failed && tx?.isOpen()) {
              // Nothing was committed either way; a rollback that cannot reach the database (the
              // usual reason the mutation failed) must not turn the coded answer into a 500.
              await tx
                .rollback()
                .catch((error: unknown) =>
                  log.warn({ err: error, operation: fields.join(',') }, 'could not roll back a failed write'),
                );
              if (result?.data) {
                // Some fields may have run before one failed: they were rolled back with it.
                result.data = null;
                result.errors = [
                  ...(result.errors ?? []),
                  {
                    message: 'Nothing was written: a mutation is all-or-nothing and one of its fields failed.',
                    extensions: { code: String(result.errors?.[0]?.extensions?.code ?? ErrorCode.InternalError) },
                  },
                ];
              }
            }
            const code = result?.errors?.[0]?.extensions?.code;
            try {
              await writeAudit(
                contextValue.driver,
                contextValue.database,
                record(tx || failed ? String(code ?? 'error') : 'ok'),
              );
            } catch (error) {
              log.error(
                { err: error, operation: fields.join(','), userId: principal.sub },
                'could not write the audit record',
              );
            }
          } finally {
            await close();
          }
        },
      };
    },
  };
}
