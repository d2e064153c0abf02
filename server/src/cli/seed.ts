// npm run seed [-- DIR]: validate and load a seed folder (default seeds/data) into the database.
// Idempotent; all-or-nothing. Uses NEO4J_URI, or the local Neo4j (started for the load if needed).
import path from 'node:path';
import { config } from '../config/config.js';
import { createDriver } from '../db/driver.js';
import { applyMigrations } from '../db/migrations.js';
import { localNeo4jFromConfig } from '../neo4j-runtime/from-config.js';
import { paths } from '../paths.js';
import { loadSeeds } from '../seeds/load.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  const cfg = config();
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : paths.seedData;
  const local = cfg.neo4j.uri ? undefined : localNeo4jFromConfig(cfg, (m) => console.log(m));
  const running = local ? await local.start() : undefined;
  const driver = createDriver({
    uri: cfg.neo4j.uri ?? running!.uri,
    username: cfg.neo4j.username,
    password: cfg.neo4j.password,
  });
  try {
    await applyMigrations(driver, cfg.neo4j.database);
    const summary = await loadSeeds(driver, { database: cfg.neo4j.database, dir });
    console.log(
      `Loaded ${summary.files.length} files: ${summary.totals.nodes} nodes and ${summary.totals.relationships} relationships (${summary.created.nodes} nodes and ${summary.created.relationships} relationships new) in ${summary.ms} ms.`,
    );
  } finally {
    await driver.close();
    if (running?.startedHere) await local!.stop();
  }
});
