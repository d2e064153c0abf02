// npm run seeds:curated [-- --seed S --out DIR]: regenerates the synthetic files of seeds/data
// (GENERATED_FILES) from the hand-curated ones, deterministically: same seed, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { paths } from '../../server/src/paths.js';
import { DEFAULT_CURATED_SEED, generateCurated } from './curated.js';
import { parseArgs } from './args.js';

const args = parseArgs(process.argv.slice(2), { seed: DEFAULT_CURATED_SEED, out: paths.seedData });
const out = path.resolve(String(args.out));
mkdirSync(out, { recursive: true });
const files = generateCurated({ seed: Number(args.seed), curatedDir: paths.seedData });
for (const [name, text] of files) {
  writeFileSync(path.join(out, name), text);
  console.log(`${path.relative(process.cwd(), path.join(out, name))}: ${(text.length / 1024).toFixed(0)} KiB`);
}
