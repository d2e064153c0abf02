import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import neo4j from 'neo4j-driver';
import { ErrorCode, PonteError } from '../errors.js';
import { jvmArgs, layoutOf, renderNeo4jConf, type LocalNeo4jSettings } from './conf.js';
import { isListening, isPortFree } from './ports.js';
import { resolveRuntime } from './resolve.js';

export interface RunningNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** False when an instance started earlier (npm run db:start) was found and reused. */
  readonly startedHere: boolean;
}

export interface Neo4jStatus {
  readonly running: boolean;
  readonly pid?: number;
  readonly boltPort?: number;
  readonly home: string;
}

interface PidRecord {
  pid: number;
  boltPort: number;
}

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * The Neo4j that Ponte runs itself when NEO4J_URI is not set: Neo4j 5.26 Community + APOC from
 * Maven Central, on Java 17, bound to 127.0.0.1, with its data in a git-ignored folder.
 * One instance per home folder; a pid record in <home>/run lets db:start/db:stop/npm start find it.
 */
export class LocalNeo4j {
  readonly settings: LocalNeo4jSettings;
  readonly #log: (msg: string) => void;
  readonly #startTimeoutMs: number;
  #child: ChildProcess | undefined;

  /**
   * `startTimeoutMs`: how long to wait for Bolt to answer; tests on a loaded machine (several
   * Neo4j and test runs sharing two cores) give it more than the default 120 s.
   */
  constructor(
    settings: LocalNeo4jSettings,
    log: (msg: string) => void = () => {},
    options: { readonly startTimeoutMs?: number } = {},
  ) {
    this.settings = settings;
    this.#log = log;
    this.#startTimeoutMs = options.startTimeoutMs ?? START_TIMEOUT_MS;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.settings.boltPort}`;
  }

  async status(): Promise<Neo4jStatus> {
    const record = this.#readPidRecord();
    if (record && isOurNeo4j(record.pid, this.settings.home)) {
      return { running: true, pid: record.pid, boltPort: record.boltPort, home: this.settings.home };
    }
    return { running: false, home: this.settings.home };
  }

  /**
   * Starts Neo4j and resolves once Bolt answers. `detached` keeps it running after this process
   * ends (db:start); otherwise it is a child that stop() — or Ctrl-C on the terminal — ends.
   */
  async start(options: { detached?: boolean } = {}): Promise<RunningNeo4j> {
    const current = await this.status();
    if (current.running && current.pid !== undefined) {
      if (current.boltPort !== this.settings.boltPort) {
        throw new PonteError(
          ErrorCode.PortInUse,
          `The local Neo4j in ${this.settings.home} already runs on Bolt port ${current.boltPort}, not ${this.settings.boltPort}: run "npm run db:stop" first, or set PONTE_NEO4J_BOLT_PORT=${current.boltPort}.`,
        );
      }
      return { uri: this.uri, pid: current.pid, startedHere: false };
    }
    if (!(await isPortFree(this.settings.boltPort))) {
      throw new PonteError(
        ErrorCode.PortInUse,
        `Bolt port ${this.settings.boltPort} on 127.0.0.1 is taken by another process: set PONTE_NEO4J_BOLT_PORT to a free port, stop that process, or set NEO4J_URI if it is a Neo4j you want Ponte to use.`,
      );
    }

    const runtime = await resolveRuntime(this.#log);
    const layout = layoutOf(this.settings.home);
    await Promise.all(
      [layout.conf, layout.data, layout.logs, layout.run, layout.import].map((dir) => mkdir(dir, { recursive: true })),
    );
    await writeFile(`${layout.conf}/neo4j.conf`, renderNeo4jConf(this.settings, runtime.pluginsDir));

    const out = openSync(layout.consoleLog, 'a');
    const child = spawn(runtime.java, jvmArgs(this.settings, runtime.classpath, layout.conf), {
      cwd: this.settings.home,
      detached: options.detached ?? false,
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    if (child.pid === undefined) throw new PonteError(ErrorCode.RuntimeFailed, `Could not start ${runtime.java}.`);
    const pid = child.pid;
    this.#child = child;
    if (options.detached) child.unref();
    await writeFile(layout.pidFile, JSON.stringify({ pid, boltPort: this.settings.boltPort } satisfies PidRecord));

    try {
      await this.#waitForBolt(child);
    } catch (error) {
      await this.stop();
      throw error;
    }
    return { uri: this.uri, pid, startedHere: true };
  }

  async #waitForBolt(child: ChildProcess): Promise<void> {
    let exited: number | null | undefined;
    child.once('exit', (code) => {
      exited = code;
    });
    const deadline = Date.now() + this.#startTimeoutMs;
    while (Date.now() < deadline) {
      if (exited !== undefined) {
        throw new PonteError(
          ErrorCode.RuntimeFailed,
          `Neo4j stopped while starting (exit code ${exited}). Last lines of ${layoutOf(this.settings.home).consoleLog}:\n${this.#tail()}`,
        );
      }
      if (await isListening(this.settings.boltPort)) {
        const driver = neo4j.driver(this.uri);
        try {
          await driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
          return;
        } catch {
          // Bolt is up before the default database: keep polling.
        } finally {
          await driver.close();
        }
      }
      await sleep(250);
    }
    throw new PonteError(
      ErrorCode.RuntimeFailed,
      `Neo4j did not answer on Bolt port ${this.settings.boltPort} within ${this.#startTimeoutMs / 1000} s. Last lines of its log:\n${this.#tail()}`,
    );
  }

  /** Stops the instance of this home folder, whoever started it; waits until the process is gone. */
  async stop(): Promise<boolean> {
    const record = this.#readPidRecord();
    const pid = this.#child?.pid ?? record?.pid;
    if (pid === undefined || !isAlive(pid)) {
      await rm(layoutOf(this.settings.home).pidFile, { force: true });
      return false;
    }
    // SIGTERM runs Neo4j's shutdown hook: a clean checkpoint, no recovery at next start.
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
    this.#child = undefined;
    await rm(layoutOf(this.settings.home).pidFile, { force: true });
    return true;
  }

  /** Last resort from a process 'exit' handler, where nothing asynchronous runs any more. */
  killSync(): void {
    const pid = this.#child?.pid;
    if (pid !== undefined && isAlive(pid)) process.kill(pid, 'SIGTERM');
  }

  /** Deletes the data folder (the instance must be stopped). */
  async reset(): Promise<void> {
    await this.stop();
    await rm(layoutOf(this.settings.home).data, { recursive: true, force: true });
  }

  /** Deletes the whole home folder (throwaway test instances). */
  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.settings.home, { recursive: true, force: true });
  }

  #readPidRecord(): PidRecord | undefined {
    const file = layoutOf(this.settings.home).pidFile;
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as PidRecord;
    } catch {
      return undefined;
    }
  }

  #tail(): string {
    try {
      const lines = readFileSync(layoutOf(this.settings.home).consoleLog, 'utf8').split('\n');
      return lines
        .filter((l) => !/^\s+at /.test(l))
        .slice(-15)
        .join('\n');
    } catch {
      return '(no log)';
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Guards against pid reuse: the process must be a Neo4j whose home is this folder. */
function isOurNeo4j(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(`--home-dir=${home}`);
  } catch {
    // No /proc (macOS): trust the pid record.
    return true;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
