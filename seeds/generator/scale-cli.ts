// npm run seeds:generate [-- --actors N --ties M --seed S --out DIR]: a synthetic graph of the
// curated dataset's shape at any size, as NDJSON (default 100,000 actors, 1,000,000 ties, into
// .data/generated, which git ignores). Load it with npm run seeds:bulk-load -- DIR.
import path from 'node:path';
import { paths, repoRoot } from '../../server/src/paths.js';
import { parseArgs } from './args.js';
import { generateScale } from './scale.js';

try {
  const args = parseArgs(process.argv.slice(2), {
    actors: 100_000,
    ties: 1_000_000,
    seed: 1,
    out: path.join(repoRoot, '.data', 'generated'),
  });
  const started = Date.now();
  const manifest = generateScale({
    actors: args.actors,
    ties: args.ties,
    seed: args.seed,
    out: path.resolve(args.out),
    regionsFile: path.join(paths.seedData, 'regions.json'),
  });
  const mib = (b: number) => (b / 1024 / 1024).toFixed(1);
  console.log(
    `Wrote ${manifest.nodes.toLocaleString('en')} nodes (${manifest.actors.toLocaleString('en')} actors) and ${manifest.ties.toLocaleString('en')} ties to ${path.relative(process.cwd(), path.resolve(args.out)) || '.'} ` +
      `(${mib(manifest.bytes.nodes)} + ${mib(manifest.bytes.ties)} MiB) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error(`ponte: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
