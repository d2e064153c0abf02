// npm run db:start | db:stop | db:status | db:reset — the local Neo4j that Ponte runs itself.
import { config } from '../config/config.js';
import { localNeo4jFromConfig } from '../neo4j-runtime/from-config.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  const cfg = config();
  const command = process.argv[2];
  if (cfg.neo4j.uri) {
    console.log(`NEO4J_URI is set (${cfg.neo4j.uri}): Ponte uses that database and runs no Neo4j of its own.`);
    return;
  }
  const db = localNeo4jFromConfig(cfg, (msg) => console.log(msg));
  switch (command) {
    case 'start': {
      const started = Date.now();
      const running = await db.start({ detached: true });
      console.log(
        running.startedHere
          ? `Neo4j started on ${running.uri} (pid ${running.pid}) in ${((Date.now() - started) / 1000).toFixed(1)} s; data in ${cfg.localNeo4j.home}/data.`
          : `Neo4j already runs on ${running.uri} (pid ${running.pid}).`,
      );
      break;
    }
    case 'stop':
      console.log((await db.stop()) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      break;
    case 'status': {
      const status = await db.status();
      console.log(
        status.running
          ? `Neo4j runs on bolt://127.0.0.1:${status.boltPort} (pid ${status.pid}); data in ${status.home}/data.`
          : `Neo4j is not running (home ${status.home}).`,
      );
      process.exitCode = status.running ? 0 : 3;
      break;
    }
    case 'reset':
      await db.reset();
      console.log(
        `Neo4j stopped and its data deleted (${cfg.localNeo4j.home}/data). The next start seeds a fresh database.`,
      );
      break;
    default:
      throw new Error(`Unknown command "${command ?? ''}": use start, stop, status or reset.`);
  }
});
