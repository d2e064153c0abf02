import type { Driver } from 'neo4j-driver';
import { config } from '../config/config.js';
import { createDriver } from '../db/driver.js';
import { applyMigrations } from '../db/migrations.js';
import { localNeo4jFromConfig } from '../neo4j-runtime/from-config.js';

export interface CliDatabase {
  readonly driver: Driver;
  readonly database: string;
}

/**
 * Runs one command's work against the configured database — `NEO4J_URI`, or the local Neo4j,
 * started for the run (and stopped afterwards) when it was not running — with the migrations
 * applied unless the work only reads. The driver is closed however the work ends.
 */
export async function withDatabase<T>(work: (db: CliDatabase) => Promise<T>, options: { readonly migrate?: boolean } = {}): Promise<T> {
  const cfg = config();
  const local = cfg.neo4j.uri ? undefined : localNeo4jFromConfig(cfg, (m) => console.error(m));
  const running = local ? await local.start() : undefined;
  const driver = createDriver({ uri: cfg.neo4j.uri ?? running!.uri, username: cfg.neo4j.username, password: cfg.neo4j.password });
  try {
    if (options.migrate !== false) await applyMigrations(driver, cfg.neo4j.database);
    return await work({ driver, database: cfg.neo4j.database });
  } finally {
    await driver.close();
    if (running?.startedHere) await local!.stop();
  }
}
