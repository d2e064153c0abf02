// npm start: the local Neo4j when NEO4J_URI is not set, migrations, seeds on an empty database,
// the explorer built when needed, and the API on http://localhost:4000.
import { bootPonte, type BootedPonte } from '../boot.js';
import { buildClient, clientNeedsBuild } from '../client-build.js';
import { config } from '../config/config.js';
import { createLogger } from '../logger.js';
import type { LocalNeo4j } from '../neo4j-runtime/local-neo4j.js';
import { localNeo4jFromConfig } from '../neo4j-runtime/from-config.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  const started = Date.now();
  const cfg = config();
  const log = createLogger(cfg.logLevel);
  let localDb: LocalNeo4j | undefined;
  let startedDbHere = false;
  let ponte: BootedPonte | undefined;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await ponte?.shutdown();
    log.info('API stopped');
    if (localDb && startedDbHere) await localDb.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // If this process dies some other way, do not leave a Java process behind.
  process.once('exit', () => {
    if (startedDbHere) localDb?.killSync();
  });

  let uri = cfg.neo4j.uri;
  if (!uri) {
    localDb = localNeo4jFromConfig(cfg, (msg) => log.info(msg));
    const running = await localDb.start();
    startedDbHere = running.startedHere;
    uri = running.uri;
    log.info(
      { uri, pid: running.pid, reused: !running.startedHere },
      running.startedHere ? 'local Neo4j started' : 'using the local Neo4j already running',
    );
  }

  try {
    if (clientNeedsBuild()) {
      log.info('building the explorer (client/dist)…');
      await buildClient();
    }
    ponte = await bootPonte({ config: cfg, log, uri });
  } catch (error) {
    if (localDb && startedDbHere) await localDb.stop();
    startedDbHere = false;
    throw error;
  }
  const base = `http://${cfg.host === '127.0.0.1' || cfg.host === '0.0.0.0' ? 'localhost' : cfg.host}:${ponte.port}`;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    [
      '',
      `Ponte is up (${seconds} s${ponte.seeded ? ', seeded a fresh database' : ''}).`,
      `  Explorer   ${base}/`,
      `  GraphQL    ${base}/graphql`,
      `  GraphiQL   ${base}/graphiql`,
      `  Health     ${base}/health   Ready ${base}/ready`,
      `  Neo4j      ${uri}${startedDbHere ? ' (stops with Ctrl-C)' : ''}`,
      ...(ponte.demoUsers.length > 0
        ? [
            '',
            'Demo users (development only; new passwords at every start). Sign in with the login mutation',
            'and send the token as "Authorization: Bearer <token>":',
            ...ponte.demoUsers.map(
              (u) =>
                `  ${u.role.padEnd(8)} ${u.email.padEnd(22)} ${u.password}${u.org ? `   (organisation ${u.org})` : ''}`,
            ),
          ]
        : []),
      '',
    ].join('\n'),
  );
});
