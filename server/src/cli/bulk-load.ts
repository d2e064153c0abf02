// npm run seeds:bulk-load [-- DIR] [--batch N]: loads a generated graph (npm run seeds:generate;
// default .data/generated) in batched UNWIND transactions, with a progress bar on stderr.
// Re-runnable: nodes merge on id and ties on (type, from, to), so a second run changes nothing.
// Uses NEO4J_URI, or the local Neo4j (started for the load if needed), like npm run seed.
import path from 'node:path';
import { config } from '../config/config.js';
import { createDriver } from '../db/driver.js';
import { applyMigrations } from '../db/migrations.js';
import { localNeo4jFromConfig } from '../neo4j-runtime/from-config.js';
import { repoRoot } from '../paths.js';
import { type BulkProgress, bulkLoad } from '../seeds/bulk-load.js';
import { runCli } from './run-cli.js';

await runCli(async () => {
  const argv = process.argv.slice(2);
  let dir = path.join(repoRoot, '.data', 'generated');
  let batchSize = 10_000;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--batch') batchSize = Number(argv[++i]);
    else dir = path.resolve(argv[i]!);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('--batch must be a positive whole number of rows');

  const cfg = config();
  const local = cfg.neo4j.uri ? undefined : localNeo4jFromConfig(cfg, (m) => console.error(m));
  const running = local ? await local.start() : undefined;
  const driver = createDriver({ uri: cfg.neo4j.uri ?? running!.uri, username: cfg.neo4j.username, password: cfg.neo4j.password });
  const bar = progressBar();
  try {
    await applyMigrations(driver, cfg.neo4j.database);
    const summary = await bulkLoad(driver, { database: cfg.neo4j.database, dir, batchSize, onProgress: bar.update });
    bar.done();
    const n = (x: number) => x.toLocaleString('en');
    console.log(
      `Loaded ${n(summary.nodes)} nodes in ${(summary.ms.nodes / 1000).toFixed(1)} s (${n(summary.rate.nodes)} rows/s) and ${n(summary.ties)} ties in ${(summary.ms.ties / 1000).toFixed(1)} s (${n(summary.rate.ties)} ties/s); ` +
        `${n(summary.created.nodes)} nodes and ${n(summary.created.ties)} ties were new.`,
    );
  } finally {
    await driver.close();
    if (running?.startedHere) await local!.stop();
  }
});

/** `[#####-----] 52%  523,000/1,000,000 ties  41,234 rows/s  ETA 12 s` on stderr, redrawn at most 5 times a second. */
function progressBar() {
  const started = Date.now();
  let last = 0;
  let lastLine = '';
  const tty = process.stderr.isTTY;
  let lastDecile = -1;
  const render = (p: BulkProgress) => {
    const ratio = p.total === 0 ? 1 : p.done / p.total;
    const width = 30;
    const filled = Math.round(ratio * width);
    const seconds = (Date.now() - started) / 1000;
    const rate = p.done / Math.max(seconds, 0.001);
    const eta = rate > 0 ? (p.total - p.done) / rate : 0;
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}%  ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} rows (${p.phase})  ${Math.round(rate).toLocaleString('en')} rows/s  ETA ${eta.toFixed(0)} s`;
  };
  return {
    update(p: BulkProgress) {
      const now = Date.now();
      if (tty) {
        if (now - last < 200 && p.done < p.total) return;
        last = now;
        lastLine = render(p);
        process.stderr.write(`\r${lastLine}`);
      } else {
        const decile = Math.floor((p.done / Math.max(1, p.total)) * 10);
        if (decile !== lastDecile) {
          lastDecile = decile;
          process.stderr.write(`${render(p)}\n`);
        }
      }
    },
    done() {
      if (tty && lastLine) process.stderr.write('\n');
    },
  };
}
