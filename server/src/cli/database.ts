import type { Driver } from 'neo4j-driver';
import { config } from '../config/config.js';
import { createDriver } from '../db/driver.js';
import { applyMigrations } from '../db/migrations.js';
import { localNeo4jFromConfig } from '../neo4j-runtime/from-config.js';

export interface CliDatabase {
  readonly driver: Driver;
  readonly database: string;
}

export interface OpenDatabase extends CliDatabase {
  readonly uri: string;
  /** Closes the driver, and stops the local Neo4j if it was started for this run. */
  close(): Promise<void>;
}

/**
 * The configured database — `NEO4J_URI`, or the local Neo4j, started for the run when it was not
 * running — for the commands and the benchmarks alike (docs/architecture.md#one-copy-of-each).
 */
export async function openDatabase(): Promise<OpenDatabase> {
  const cfg = config();
  const local = cfg.neo4j.uri ? undefined : localNeo4jFromConfig(cfg, (m) => console.error(m));
  const running = local ? await local.start() : undefined;
  const uri = cfg.neo4j.uri ?? running!.uri;
  const driver = createDriver({ uri, username: cfg.neo4j.username, password: cfg.neo4j.password });
  return {
    driver,
    database: cfg.neo4j.database,
    uri,
    close: async () => {
      await driver.close();
      if (running?.startedHere) await local!.stop();
    },
  };
}

/**
 * Runs one command's work against the configured database (openDatabase), with the migrations
 * applied unless the work only reads. The driver is closed however the work ends.
 */
export async function withDatabase<T>(
  work: (db: CliDatabase) => Promise<T>,
  options: { readonly migrate?: boolean } = {},
): Promise<T> {
  const db = await openDatabase();
  try {
    if (options.migrate !== false) await applyMigrations(db.driver, db.database);
    return await work(db);
  } finally {
    await db.close();
  }
}
