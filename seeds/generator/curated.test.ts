import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../server/src/paths.js';
import { validateSeedFiles } from '../../server/src/seeds/validate.js';
import { DEFAULT_CURATED_SEED, GENERATED_FILES, generateCurated } from './curated.js';
import { Rng } from './prng.js';

const small = {
  seed: 7,
  curatedDir: paths.seedData,
  migrants: 150,
  diasporaAssociations: 10,
  supportProviders: 12,
  agencies: 8,
  meetings: 20,
  projects: 6,
  opportunities: 6,
  trainees: { italy: 10, casablanca: 5 },
};

describe('the seeded PRNG', () => {
  it('repeats for a seed and differs between seeds', () => {
    const draw = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (rng) => () =>
            rng.next()
        )(new Rng(seed)),
      );
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(1).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('the curated synthetic generator', () => {
  it('gives byte-identical files for the same seed, other files for another seed', () => {
    const a = generateCurated(small);
    const b = generateCurated(small);
    expect([...a.keys()]).toEqual([...GENERATED_FILES]);
    for (const name of GENERATED_FILES) expect(a.get(name), name).toBe(b.get(name));
    expect(generateCurated({ ...small, seed: 8 }).get('synthetic-ties.json')).not.toBe(a.get('synthetic-ties.json'));
  });

  it('writes files that pass the seed validator together with the hand-curated ones', () => {
    const generated = generateCurated(small);
    const curated = readdirSync(paths.seedData)
      .filter((name) => name.endsWith('.json') && !(GENERATED_FILES as readonly string[]).includes(name))
      .map((name) => ({
        file: path.join(paths.seedData, name),
        text: readFileSync(path.join(paths.seedData, name), 'utf8'),
      }));
    const set = validateSeedFiles([
      ...curated,
      ...[...generated].map(([name, text]) => ({ file: path.join('/tmp/generated', name), text })),
    ]);
    expect(set.nodes.filter((n) => n.kind === 'Migrant').length).toBeGreaterThanOrEqual(150);
  });

  it('reproduces the committed files of seeds/data exactly (regenerate with npm run seeds:curated)', () => {
    const files = generateCurated({ seed: DEFAULT_CURATED_SEED, curatedDir: paths.seedData });
    for (const [name, text] of files) {
      expect(
        text === readFileSync(path.join(paths.seedData, name), 'utf8'),
        `${name} differs from a fresh generation; run npm run seeds:curated and commit`,
      ).toBe(true);
    }
  });
});
