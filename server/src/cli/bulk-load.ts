// npm run seeds:bulk-load [-- DIR] [--batch N]: loads a generated graph (npm run seeds:generate;
// default .data/generated) in batched UNWIND transactions, with a progress bar on stderr.
// Re-runnable: nodes merge on id and ties on (type, from, to), so a second run changes nothing.
// Uses NEO4J_URI, or the local Neo4j (started for the load if needed), like npm run seed.
import path from 'node:path';
import { repoRoot } from '../paths.js';
import { type BulkProgress, bulkLoad } from '../seeds/bulk-load.js';
import { withDatabase } from './database.js';
import { progressBar } from './progress-bar.js';
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

  const bar = progressBar<BulkProgress>((p) => p.phase);
  await withDatabase(async ({ driver, database }) => {
    const summary = await bulkLoad(driver, { database, dir, batchSize, onProgress: (p) => bar.update(p) });
    bar.done();
    const n = (x: number) => x.toLocaleString('en');
    console.log(
      `Loaded ${n(summary.nodes)} nodes in ${(summary.ms.nodes / 1000).toFixed(1)} s (${n(summary.rate.nodes)} rows/s) and ${n(summary.ties)} ties in ${(summary.ms.ties / 1000).toFixed(1)} s (${n(summary.rate.ties)} ties/s); ` +
        `${n(summary.created.nodes)} nodes and ${n(summary.created.ties)} ties were new.`,
    );
  });
});
