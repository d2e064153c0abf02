/**
 * Whole-graph answers (brokers, networkStats) remembered per API process and per version of the
 * database, so that a question that reads every tie is computed once per change of the graph
 * rather than once per request.
 *
 * The version is the bookmark Neo4j returns for a trivial read: it names the last committed
 * transaction, so it moves with every write, whoever makes it (this process, another replica, a
 * bulk load, the seed loader). Nothing has to remember to bump a stamp, and replicas share no
 * state: each one keeps its own answers and checks the version (one round trip) on every request.
 *
 * While no write lands, an answer is exact. After a write, the first request starts one
 * recomputation (single flight: concurrent requests share it); until it is done, requests get the
 * previous answer when it was last known current less than `staleMs` ago (STALE_AFTER_WRITE_MS by
 * default), and otherwise wait for the new one. So an answer misses at most the writes of the last
 * `staleMs`, and a busy graph does not make every request pay for the whole-graph read.
 *
 * What is cached is never masked: each request masks for its own viewer (docs/privacy.md), so no
 * viewer sees another's view. An answer computed on the graph a viewer sees (brokers: without the
 * migrants hidden from them) is keyed by the viewer's visibility class too
 * (network/visibility.ts `visibilityClass`), so an answer computed for staff never serves an analyst. A cached answer that names people must not outlive an erasure or a
 * withdrawn consent: brokers caches only its ranking (ids and scores) and reads names and consent
 * at every request.
 */
import neo4j, { type Driver } from 'neo4j-driver';

/** How long after a write the previous answer may still be served while the new one is computed. */
export const STALE_AFTER_WRITE_MS = 60_000;

/** Answers kept per process (per question and arguments); the least recently used go first. */
export const MAX_ANSWERS = 64;

/** Per-question answers kept per process (network/question-cache.ts): small, and many more of them. */
export const MAX_QUESTION_ANSWERS = 512;

export interface AnswerCacheOptions {
  /** The database's current version (any string that changes with every committed write). */
  readonly version: () => Promise<string>;
  readonly staleMs?: number;
  readonly maxEntries?: number;
  readonly now?: () => number;
}

interface Entry {
  readonly version: string;
  /** Order of the computation that made it: a slower, older one never replaces a newer answer. */
  readonly seq: number;
  readonly value: unknown;
  /** When the version was last seen unchanged (answers older than that may miss writes). */
  checkedAt: number;
}

interface Refresh {
  readonly version: string;
  readonly promise: Promise<unknown>;
}

export class AnswerCache {
  readonly #version: () => Promise<string>;
  readonly #staleMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();
  readonly #refreshing = new Map<string, Refresh>();
  #seq = 0;

  constructor(options: AnswerCacheOptions) {
    this.#version = options.version;
    this.#staleMs = options.staleMs ?? STALE_AFTER_WRITE_MS;
    this.#maxEntries = options.maxEntries ?? MAX_ANSWERS;
    this.#now = options.now ?? Date.now;
  }

  /**
   * The answer for `key` at the current version, computing it with `compute` when needed. With
   * `exact`, a previous version's answer is never served (answers that name people or that a
   * question must give as of the last write: network/questions/answer-keys.ts).
   */
  async get<T>(key: string, compute: () => Promise<T>, options: { readonly exact?: boolean } = {}): Promise<T> {
    // The version is read before computing: an answer is stored under a version no newer than the
    // data it read, so a write that lands during the computation is seen at the next request.
    const version = await this.#version();
    const entry = this.#entries.get(key);
    if (entry?.version === version) {
      entry.checkedAt = this.#now();
      this.#touch(key, entry);
      return entry.value as T;
    }
    if (entry && !options.exact && this.#now() - entry.checkedAt <= this.#staleMs) {
      // A background refresh; its failure is not this request's (the next one tries again).
      this.#refresh(key, version, compute, false).catch(() => undefined);
      return entry.value as T;
    }
    return (await this.#refresh(key, version, compute, true)) as T;
  }

  /** How many answers are held (for tests and diagnostics). */
  get size(): number {
    return this.#entries.size;
  }

  #refresh(key: string, version: string, compute: () => Promise<unknown>, mustBeCurrent: boolean): Promise<unknown> {
    const running = this.#refreshing.get(key);
    // One computation per key at a time; a caller that needs the current version does not wait
    // for a computation that started before it.
    if (running && (!mustBeCurrent || running.version === version)) return running.promise;
    const seq = ++this.#seq;
    const promise = compute().then((value) => {
      const current = this.#entries.get(key);
      if (!current || current.seq < seq) this.#touch(key, { version, seq, value, checkedAt: this.#now() });
      return value;
    });
    const refresh: Refresh = { version, promise };
    this.#refreshing.set(key, refresh);
    const done = () => {
      if (this.#refreshing.get(key) === refresh) this.#refreshing.delete(key);
    };
    promise.then(done, done);
    return promise;
  }

  #touch(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
  }
}

/** The database's version as Neo4j's bookmark after a read that touches nothing. */
export async function databaseVersion(driver: Driver, database: string): Promise<string> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run('RETURN 1'));
    return session.lastBookmarks().join(',');
  } finally {
    await session.close();
  }
}

// One cache per driver and database, i.e. per booted API (tests boot several in one process, each
// on its own graph); it goes when the driver does.
const caches = new WeakMap<Driver, Map<string, AnswerCache>>();
// APIs booted with PONTE_ANSWER_CACHE=off (benchmarks): every request computes its answer.
const uncached = new WeakSet<Driver>();

/** Keeps nothing: `get` computes at every call (what the benchmarks time, docs/benchmarks.md). */
class NoAnswerCache extends AnswerCache {
  constructor() {
    super({ version: async () => '' });
  }

  override async get<T>(_key: string, compute: () => Promise<T>): Promise<T> {
    return compute();
  }
}

/** From now on the API that owns `driver` remembers no answer, of either kind (config `answerCache`). */
export function disableAnswerCache(driver: Driver): void {
  uncached.add(driver);
}

/**
 * The answer cache of the API that owns `driver`: the whole-graph answers, or (`kind` questions)
 * the many small per-question answers of network/question-cache.ts, kept apart so that they never
 * push a whole-graph answer out.
 */
export function answerCacheFor(
  driver: Driver,
  database: string,
  kind: 'whole-graph' | 'questions' = 'whole-graph',
): AnswerCache {
  if (uncached.has(driver)) return new NoAnswerCache();
  let byDatabase = caches.get(driver);
  if (!byDatabase) caches.set(driver, (byDatabase = new Map()));
  const key = `${kind}|${database}`;
  let cache = byDatabase.get(key);
  if (!cache) {
    const version = () => databaseVersion(driver, database);
    cache = new AnswerCache(kind === 'questions' ? { version, maxEntries: MAX_QUESTION_ANSWERS } : { version });
    byDatabase.set(key, cache);
  }
  return cache;
}
