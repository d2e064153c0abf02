/**
 * The benchmark's "same work": every Cypher statement a request sends, recorded through a driver
 * wrapper while the request runs (whatever module sends it: the generated resolvers of
 * @neo4j/graphql, the graph questions, the answer cache), then replayed through the driver with the
 * very same parameters. Nothing here knows a question's query text, so a question whose Cypher
 * changes is compared to its new Cypher at the next run (docs/benchmarks.md#honest-baselines).
 *
 * Transactions keep their access mode and their statements; transactions the request ran at the
 * same time (Promise.all in a resolver) are replayed at the same time: `waves` groups them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Driver, ManagedTransaction, QueryResult, Session, SessionConfig, Transaction } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

export interface Statement {
  readonly query: string;
  readonly params: Record<string, unknown>;
}

export interface RecordedTransaction {
  readonly mode: 'READ' | 'WRITE';
  readonly database: string | undefined;
  readonly statements: Statement[];
  /** performance.now() at its start and end: which transactions overlapped. */
  readonly start: number;
  end: number;
}

/** What one request sent, in waves: the transactions of a wave ran concurrently, the waves one after another. */
export interface Recording {
  readonly waves: ReadonlyArray<ReadonlyArray<RecordedTransaction>>;
}

/**
 * Groups intervals into waves: sorted by start, an interval that starts before every earlier one of
 * the current wave has ended joins it; otherwise it opens the next wave. Pure.
 */
export function waves<T extends { readonly start: number; readonly end: number }>(items: readonly T[]): T[][] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const out: T[][] = [];
  let waveEnd = Number.NEGATIVE_INFINITY;
  for (const item of sorted) {
    const current = out.at(-1);
    if (current && item.start < waveEnd) {
      current.push(item);
      waveEnd = Math.max(waveEnd, item.end);
    } else {
      out.push([item]);
      waveEnd = item.end;
    }
  }
  return out;
}

const recording = new AsyncLocalStorage<RecordedTransaction[]>();

/** Runs `work`, recording every statement sent through a `recordingDriver` from inside it. */
export async function record<T>(work: () => Promise<T>): Promise<{ result: T; recording: Recording }> {
  const txs: RecordedTransaction[] = [];
  const result = await recording.run(txs, work);
  // A statement with its Cypher; transactions that sent nothing (a retry's aborted attempt) are not work.
  return { result, recording: { waves: waves(txs.filter((t) => t.statements.length > 0)) } };
}

function open(mode: 'READ' | 'WRITE', database: string | undefined): RecordedTransaction | undefined {
  const txs = recording.getStore();
  if (!txs) return undefined;
  const tx: RecordedTransaction = { mode, database, statements: [], start: performance.now(), end: Number.NaN };
  txs.push(tx);
  return tx;
}

function closeWhenSettled<T>(tx: RecordedTransaction | undefined, promise: Promise<T>): Promise<T> {
  if (!tx) return promise;
  const close = () => (tx.end = performance.now());
  promise.then(close, close);
  return promise;
}

function statement(query: unknown, params: unknown): Statement {
  const text = typeof query === 'string' ? query : (query as { text: string }).text;
  const fromQuery =
    typeof query === 'object' && query ? (query as { parameters?: Record<string, unknown> }).parameters : {};
  return { query: text, params: { ...(fromQuery ?? {}), ...((params as Record<string, unknown> | undefined) ?? {}) } };
}

/** A transaction (managed or explicit) whose `run` adds to `tx`. */
function recordingTransaction<X extends ManagedTransaction | Transaction>(inner: X, tx: RecordedTransaction): X {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === 'run')
        return (query: unknown, params?: unknown) => {
          tx.statements.push(statement(query, params));
          return (target.run as (q: unknown, p?: unknown) => unknown)(query, params);
        };
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (prop === 'commit' || prop === 'rollback' || prop === 'close')
        return (...args: unknown[]) => {
          tx.end = performance.now();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}

function recordingSession(inner: Session, config: SessionConfig | undefined): Session {
  const sessionMode = config?.defaultAccessMode === neo4j.session.WRITE ? 'WRITE' : 'READ';
  const database = config?.database;
  const managed =
    (mode: 'READ' | 'WRITE', method: 'executeRead' | 'executeWrite') =>
    (work: (t: ManagedTransaction) => Promise<unknown>, txConfig?: unknown) => {
      const tx = open(mode, database);
      const run = inner[method].bind(inner) as (w: typeof work, c?: unknown) => Promise<unknown>;
      if (!tx) return run(work, txConfig);
      return closeWhenSettled(
        tx,
        run((t) => {
          // A retried attempt starts over: keep only the statements of the attempt that counts.
          tx.statements.length = 0;
          return work(recordingTransaction(t, tx));
        }, txConfig),
      );
    };
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === 'executeRead') return managed('READ', 'executeRead');
      if (prop === 'executeWrite') return managed('WRITE', 'executeWrite');
      if (prop === 'beginTransaction')
        return (txConfig?: unknown) => {
          const explicit = (target.beginTransaction as (c?: unknown) => Transaction)(txConfig);
          const tx = open(sessionMode, database);
          return tx ? recordingTransaction(explicit, tx) : explicit;
        };
      if (prop === 'run')
        return (query: unknown, params?: unknown, txConfig?: unknown) => {
          const tx = open(sessionMode, database);
          tx?.statements.push(statement(query, params));
          const result = (target.run as (q: unknown, p?: unknown, c?: unknown) => PromiseLike<unknown>)(
            query,
            params,
            txConfig,
          );
          if (tx) closeWhenSettled(tx, Promise.resolve(result)).catch(() => undefined);
          return result;
        };
      return passThrough(target, prop, receiver);
    },
  });
}

/** Any other member of a wrapped object, its methods bound to the object itself. */
function passThrough(target: object, prop: string | symbol, receiver: unknown): unknown {
  const value = Reflect.get(target, prop, receiver) as unknown;
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
}

/** `driver`, recording what is sent through it from inside `record` (and nothing outside it). */
export function recordingDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') return (config?: SessionConfig) => recordingSession(target.session(config), config);
      if (prop === 'executeQuery')
        return (query: string, params?: Record<string, unknown>, config?: { database?: string; routing?: string }) => {
          const tx = open(config?.routing === 'READ' ? 'READ' : 'WRITE', config?.database);
          tx?.statements.push(statement(query, params));
          return closeWhenSettled(
            tx,
            (target.executeQuery as (q: string, p?: unknown, c?: unknown) => Promise<unknown>)(query, params, config),
          );
        };
      return passThrough(target, prop, receiver);
    },
  });
}

/** How many transactions and statements a recording holds. */
export function recordingSize(rec: Recording): { transactions: number; statements: number; waves: number } {
  const txs = rec.waves.flat();
  return {
    transactions: txs.length,
    statements: txs.reduce((n, t) => n + t.statements.length, 0),
    waves: rec.waves.length,
  };
}

/**
 * Sends a recording again: wave after wave, the transactions of a wave concurrently, each in its
 * own session with its access mode, every result read to the end (as the API reads them). A
 * transaction still running after `timeoutMs` is ended by the database.
 */
export async function replay(
  driver: Driver,
  fallbackDatabase: string,
  rec: Recording,
  timeoutMs: number,
): Promise<void> {
  for (const wave of rec.waves) {
    await Promise.all(
      wave.map(async (tx) => {
        const session = driver.session({
          database: tx.database ?? fallbackDatabase,
          defaultAccessMode: tx.mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
        });
        try {
          const work = async (t: ManagedTransaction) => {
            const results: QueryResult[] = [];
            for (const s of tx.statements) results.push(await t.run(s.query, s.params));
            return results;
          };
          await (tx.mode === 'READ'
            ? session.executeRead(work, { timeout: timeoutMs })
            : session.executeWrite(work, { timeout: timeoutMs }));
        } finally {
          await session.close();
        }
      }),
    );
  }
}
