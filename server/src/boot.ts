import type { Driver } from 'neo4j-driver';
import type { Config } from './config/config.js';
import { createDriver } from './db/driver.js';
import { Readiness } from './db/readiness.js';
import { buildSchema } from './graphql/schema.js';
import { createServer, type PonteServer } from './http/app.js';
import type { Logger } from './logger.js';
import { isDatabaseEmpty, loadSeeds } from './seeds/load.js';
import { paths } from './paths.js';

export interface BootOptions {
  readonly config: Config;
  readonly log: Logger;
  /** The Bolt URI to use: NEO4J_URI, or the local Neo4j's. */
  readonly uri: string;
  /** Where the explorer's built files are (tests point this elsewhere). */
  readonly staticRoot?: string;
  readonly seedDir?: string;
}

export interface BootedPonte {
  readonly driver: Driver;
  readonly server: PonteServer;
  readonly readiness: Readiness;
  readonly port: number;
  readonly seeded: boolean;
  shutdown(): Promise<void>;
}

/**
 * Everything between a reachable database and a listening API: one driver, migrations, seeding an
 * empty database, the schema, the HTTP server. Shared by `npm start`, the tests and the benchmarks.
 */
export async function bootPonte(options: BootOptions): Promise<BootedPonte> {
  const { config, log } = options;
  const driver = createDriver({ uri: options.uri, username: config.neo4j.username, password: config.neo4j.password });
  const database = config.neo4j.database;
  const readiness = new Readiness(driver, database, log.child({ component: 'readiness' }));

  let seeded = false;
  if (await readiness.migrate()) {
    if (config.seed === 'auto' && (await isDatabaseEmpty(driver, database))) {
      const summary = await loadSeeds(driver, { database, dir: options.seedDir ?? paths.seedData });
      log.info({ summary }, 'seeded an empty database');
      seeded = true;
    }
  }

  const schema = await buildSchema(driver);
  const server = await createServer({ config, driver, schema, readiness, log: log.child({ component: 'http' }), ...(options.staticRoot ? { staticRoot: options.staticRoot } : {}) });
  const port = await server.listen(config.port, config.host);

  let closed = false;
  return {
    driver,
    server,
    readiness,
    port,
    seeded,
    shutdown: async () => {
      if (closed) return;
      closed = true;
      readiness.stop();
      await server.stop();
      await driver.close();
    },
  };
}
