import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { applyMigrations } from './migrations.js';

export interface ReadinessReport {
  readonly ready: boolean;
  readonly database: 'reachable' | 'unreachable';
  readonly migrations: 'applied' | 'pending';
  readonly reason?: string;
}

/**
 * Whether this process can serve: the database answers and the migrations have been applied.
 * Migrations are retried in the background until they succeed, so an API started while the
 * database is still coming up (or restarting) becomes ready by itself.
 */
export class Readiness {
  readonly #driver: Driver;
  readonly #database: string;
  readonly #log: Logger;
  #migrated = false;
  #retry: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(driver: Driver, database: string, log: Logger) {
    this.#driver = driver;
    this.#database = database;
    this.#log = log;
  }

  get migrated(): boolean {
    return this.#migrated;
  }

  /** Tries once now; on failure keeps trying every few seconds. Resolves true when applied now. */
  async migrate(): Promise<boolean> {
    try {
      const report = await applyMigrations(this.#driver, this.#database);
      this.#migrated = true;
      this.#log.info({ migrations: report.applied, ms: report.ms }, 'migrations applied');
      return true;
    } catch (error) {
      this.#log.warn({ err: error }, 'migrations not applied yet; retrying in 3 s');
      if (!this.#stopped) this.#retry = setTimeout(() => void this.migrate(), 3_000);
      return false;
    }
  }

  async check(timeoutMs = 2_000): Promise<ReadinessReport> {
    try {
      await this.#driver.executeQuery(
        'RETURN 1',
        {},
        { database: this.#database, routing: 'READ', transactionConfig: { timeout: timeoutMs } },
      );
    } catch (error) {
      const reason = error instanceof Error ? firstLine(error.message) : 'unknown error';
      return {
        ready: false,
        database: 'unreachable',
        migrations: this.#migrated ? 'applied' : 'pending',
        reason: `Neo4j is unreachable: ${reason}`,
      };
    }
    if (!this.#migrated)
      return {
        ready: false,
        database: 'reachable',
        migrations: 'pending',
        reason: 'Database migrations have not been applied yet.',
      };
    return { ready: true, database: 'reachable', migrations: 'applied' };
  }

  stop(): void {
    this.#stopped = true;
    if (this.#retry) clearTimeout(this.#retry);
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 200);
}
