/**
 * The walk graph of each database, per version of the graph (docs/graph-questions.md#the-walk-index):
 * read once after a write, in the background, and used only while it is the database's current
 * version, so a path search on it answers what the Cypher search would at that moment. Until the
 * graph of the current version is ready, the searches ask Neo4j as before (network/find-paths.ts).
 *
 * The version is network/answer-cache.ts's: Neo4j's bookmark after a trivial read, which moves with
 * every committed write, whoever makes it. It is read before and after the graph is read: Neo4j
 * reads are read-committed, so a graph whose read saw a write in the middle is thrown away.
 */
import type { Driver } from 'neo4j-driver';
import { databaseVersion } from '../answer-cache.js';
import { readWalkGraph } from './read-walk-graph.js';
import type { WalkGraph } from './walk-graph.js';

/**
 * The least time between the end of one build and the start of the next. A graph that is written
 * to all the time would otherwise be read again and again (at 100,000 actors a read costs seconds
 * of both processes' time) for a graph that is stale before it is used; meanwhile Neo4j answers.
 */
export const MIN_REBUILD_INTERVAL_MS = 30_000;

/** The walk graph and the version of the database it is. */
export interface CurrentWalkGraph {
  readonly graph: WalkGraph;
  readonly version: string;
}

/** What the path searches need of the walk index (walk-paths.ts). */
export interface Walks {
  /** The graph when it is of the database's current version (else undefined). */
  current(): Promise<CurrentWalkGraph | undefined>;
  /** Whether `version` is still the database's. */
  isCurrent(version: string): Promise<boolean>;
}

/**
 * The index as one question sees it: the graph of the version current at its first search, for
 * all its searches. A question makes up to five (opportunityMatches deepens one hop at a time),
 * and each would otherwise read the version again. Its searches then answer as of that version,
 * as Cypher reads made at that moment would; the check after each read-back (isCurrent) still
 * hands a listing to Neo4j when a write landed before it.
 */
export function forOneQuestion(index: Walks): Walks {
  let current: Promise<CurrentWalkGraph | undefined> | undefined;
  return {
    current: () => (current ??= index.current()),
    isCurrent: (version) => index.isCurrent(version),
  };
}

/** What the last build did, for logs and diagnostics. */
export interface WalkBuild {
  readonly ms: number;
  readonly nodes?: number;
  readonly ties?: number;
  /** 'stale': a write landed while it read, so it was thrown away; 'failed': the read failed. */
  readonly outcome: 'ready' | 'stale' | 'failed';
  readonly error?: string;
}

export interface WalkIndexOptions {
  readonly version?: () => Promise<string>;
  readonly read?: () => Promise<WalkGraph>;
  readonly minRebuildIntervalMs?: number;
  readonly now?: () => number;
  readonly onBuild?: (build: WalkBuild) => void;
}

export class WalkIndex implements Walks {
  readonly #version: () => Promise<string>;
  readonly #read: () => Promise<WalkGraph>;
  readonly #minInterval: number;
  readonly #now: () => number;
  readonly #onBuild: (build: WalkBuild) => void;
  #current: CurrentWalkGraph | undefined;
  #building: Promise<CurrentWalkGraph | undefined> | undefined;
  #lastBuildEnd = Number.NEGATIVE_INFINITY;

  constructor(driver: Driver, database: string, options: WalkIndexOptions = {}) {
    this.#version = options.version ?? (() => databaseVersion(driver, database));
    this.#read = options.read ?? (() => readWalkGraph(driver, database));
    this.#minInterval = options.minRebuildIntervalMs ?? MIN_REBUILD_INTERVAL_MS;
    this.#now = options.now ?? Date.now;
    this.#onBuild = options.onBuild ?? (() => undefined);
  }

  /**
   * The walk graph when it is of the database's current version; otherwise undefined, and a build
   * starts in the background (one at a time, at most once per MIN_REBUILD_INTERVAL_MS).
   */
  async current(): Promise<CurrentWalkGraph | undefined> {
    const version = await this.#version();
    if (this.#current?.version === version) return this.#current;
    if (!this.#building && this.#now() - this.#lastBuildEnd >= this.#minInterval) {
      // Its failure is recorded by onBuild, not this request's: the search asks Neo4j meanwhile.
      this.build().catch(() => undefined);
    }
    return undefined;
  }

  /**
   * 'current': the graph held is of the database's current version; 'stale': it is of an older
   * one; 'reading': none is held yet and one is being read; 'none'. Asks nothing to be read: for
   * /ready, which benchmarks poll before timing path questions.
   */
  async status(): Promise<'current' | 'stale' | 'reading' | 'none'> {
    if (!this.#current) return this.#building ? 'reading' : 'none';
    return (await this.#version()) === this.#current.version ? 'current' : 'stale';
  }

  /** Whether `version` is still the database's (after reading what a search found). */
  async isCurrent(version: string): Promise<boolean> {
    return (await this.#version()) === version;
  }

  /** Builds the graph of the current version now (or waits for the build under way); undefined when a write landed meanwhile. */
  build(): Promise<CurrentWalkGraph | undefined> {
    this.#building ??= this.#build().finally(() => {
      this.#building = undefined;
      this.#lastBuildEnd = this.#now();
    });
    return this.#building;
  }

  async #build(): Promise<CurrentWalkGraph | undefined> {
    const started = this.#now();
    try {
      const before = await this.#version();
      const graph = await this.#read();
      const after = await this.#version();
      const counts = { nodes: graph.size, ties: graph.tieFrom.length };
      if (before !== after) {
        this.#onBuild({ ms: this.#now() - started, ...counts, outcome: 'stale' });
        return undefined;
      }
      this.#current = { graph, version: before };
      this.#onBuild({ ms: this.#now() - started, ...counts, outcome: 'ready' });
      return this.#current;
    } catch (e) {
      this.#onBuild({ ms: this.#now() - started, outcome: 'failed', error: (e as Error).message });
      throw e;
    }
  }
}

// One index per driver and database, i.e. per booted API (tests boot several in one process).
const indexes = new WeakMap<Driver, Map<string, WalkIndex>>();
const disabled = new WeakSet<Driver>();
const buildListeners = new WeakMap<Driver, (build: WalkBuild) => void>();

/** From now on the API that owns `driver` keeps no walk graph: every search asks Neo4j (config `walkIndex`). */
export function disableWalkIndex(driver: Driver): void {
  disabled.add(driver);
}

/** Where the API that owns `driver` reports its walk graph builds (its log). */
export function onWalkBuild(driver: Driver, listener: (build: WalkBuild) => void): void {
  buildListeners.set(driver, listener);
}

/** The walk index of the API that owns `driver`, or undefined when it keeps none. */
export function walkIndexFor(driver: Driver, database: string): WalkIndex | undefined {
  if (disabled.has(driver)) return undefined;
  let byDatabase = indexes.get(driver);
  if (!byDatabase) indexes.set(driver, (byDatabase = new Map()));
  let index = byDatabase.get(database);
  if (!index) {
    index = new WalkIndex(driver, database, { onBuild: (b) => buildListeners.get(driver)?.(b) });
    byDatabase.set(database, index);
  }
  return index;
}
