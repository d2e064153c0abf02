import type { Driver } from 'neo4j-driver';
import type { Config } from './config/config.js';
import { LoginLimiter } from './auth/login-limiter.js';
import { signInPolicy, SignInThrottle } from './auth/sign-in-throttle.js';
import { TokenService } from './auth/tokens.js';
import { createDemoUsers, DEMO_PARTNER_ORG, UserStore, type DemoUser } from './auth/users.js';
import { createDriver } from './db/driver.js';
import { Readiness } from './db/readiness.js';
import { buildSchema } from './graphql/schema.js';
import { INTRODUCTIONS_PER_HOUR } from './graphql/resolvers/introduction-requests.js';
import type { AuthServices } from './graphql/context.js';
import { createServer, type PonteServer } from './http/app.js';
import { disableAnswerCache } from './network/answer-cache.js';
import { disableWalkIndex, onWalkBuild, walkIndexFor } from './network/walks/walk-index.js';
import type { Logger } from './logger.js';
import { DisclosureControl } from './privacy/disclosure.js';
import { isDatabaseEmpty, loadSeeds } from './seeds/load.js';
import { paths } from './paths.js';

export interface BootOptions {
  readonly config: Config;
  readonly log: Logger;
  /** The Bolt URI to use: NEO4J_URI, or the local Neo4j's. */
  readonly uri: string;
  /**
   * Wraps the driver before anything uses it: the benchmark records the Cypher each question sends
   * this way (server/bench/capture.ts). Must return a driver that behaves as the one it gets.
   */
  readonly instrumentDriver?: (driver: Driver) => Driver;
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
  /** Development only: one user per role with this start's password (printed by npm start). */
  readonly demoUsers: readonly DemoUser[];
  readonly users: UserStore;
  readonly tokens: TokenService;
  /** What the HTTP layer passes to each request's context (graphql/context.ts). */
  readonly services: AuthServices;
  shutdown(): Promise<void>;
}

/**
 * Everything between a reachable database and a listening API: one driver, migrations, seeding an
 * empty database, the schema, the HTTP server. Shared by `npm start`, the tests and the benchmarks.
 */
export async function bootPonte(options: BootOptions): Promise<BootedPonte> {
  const { config, log } = options;
  // @neo4j/graphql 7's Date scalar reads "2008-01-01" as UTC midnight, then keeps the *local*
  // calendar day of that instant: west of Greenwich every date written through the API would be
  // stored a day early. Ponte's dates are calendar days, so the API process keeps its clock in UTC
  // whatever the machine's zone (server/test/integration/dates.int.test.ts runs it from New York).
  process.env.TZ = 'UTC';
  const plainDriver = createDriver({
    uri: options.uri,
    username: config.neo4j.username,
    password: config.neo4j.password,
  });
  const driver = options.instrumentDriver ? options.instrumentDriver(plainDriver) : plainDriver;
  if (!config.answerCache) disableAnswerCache(driver);
  if (config.walkIndex) {
    const walkLog = log.child({ component: 'walk-index' });
    onWalkBuild(driver, (build) =>
      build.outcome === 'failed'
        ? walkLog.warn({ build }, 'walk graph build failed')
        : walkLog.info({ build }, 'walk graph built'),
    );
  } else disableWalkIndex(driver);
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

  const users = new UserStore(driver, database, config.auth.accountRecheckMs);
  const tokens = new TokenService({
    secret: config.auth.jwtSecret,
    ttlSeconds: config.auth.tokenTtlSeconds,
    jwksUrl: config.auth.jwksUrl,
  });
  const signInThrottle = new SignInThrottle(signInPolicy(config.auth.loginLimit));
  const introductionLimiter = new LoginLimiter(INTRODUCTIONS_PER_HOUR, 60 * 60_000);
  // Demo accounts exist only in development, never in production (nor in tests, which make their own).
  let demoUsers: DemoUser[] = [];
  if (config.env === 'development' && readiness.migrated) {
    demoUsers = await createDemoUsers(users, DEMO_PARTNER_ORG);
    log.info({ users: demoUsers.map((u) => u.email) }, 'demo users created (development only)');
  }
  if (config.auth.jwtSecretGenerated)
    log.warn('PONTE_JWT_SECRET is not set: tokens are signed with a random key and die with this process');
  const disclosure = new DisclosureControl(config.disclosure.key);
  if (config.disclosure.keyGenerated)
    log.warn(
      'PONTE_DISCLOSURE_KEY is not set: statistics below staff are rounded with a random key, so they change at each restart',
    );

  const services: AuthServices = { tokens, users, signInThrottle, introductionLimiter, disclosure };
  const schema = await buildSchema(driver, config.auth.jwtSecret);
  const server = await createServer({
    config,
    driver,
    schema,
    readiness,
    log: log.child({ component: 'http' }),
    auth: services,
    ...(options.staticRoot ? { staticRoot: options.staticRoot } : {}),
  });
  const port = await server.listen(config.port, config.host);
  // The first path questions need not wait for a write: the graph is read now, in the background
  // (until it is ready, searches ask Neo4j; a failure is logged and the next question retries).
  if (readiness.migrated)
    walkIndexFor(driver, database)
      ?.build()
      .catch(() => undefined);

  let closed = false;
  return {
    driver,
    server,
    readiness,
    port,
    seeded,
    demoUsers,
    users,
    tokens,
    services,
    shutdown: async () => {
      if (closed) return;
      closed = true;
      readiness.stop();
      await server.stop();
      await driver.close();
    },
  };
}
