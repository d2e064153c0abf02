import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lifetimeOrderProblem } from '../../server/src/network/history.js';
import { anachronism, type Lifetime } from '../../server/src/network/time.js';
import { paths } from '../../server/src/paths.js';
import { TIE_ENDS, TIE_TYPES } from '../../server/src/seeds/seed-schema.js';
import { generateScale } from './scale.js';

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ponte-scale-unit-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const regionsFile = path.join(paths.seedData, 'regions.json');

describe('the scale generator', () => {
  it('writes byte-identical files for the same seed and other files for another', () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    generateScale({ actors: 500, ties: 3_000, seed: 42, out: a, regionsFile });
    generateScale({ actors: 500, ties: 3_000, seed: 42, out: b, regionsFile });
    generateScale({ actors: 500, ties: 3_000, seed: 43, out: c, regionsFile });
    for (const file of ['nodes.ndjson', 'ties.ndjson', 'manifest.json']) {
      expect(readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))), file).toBe(true);
    }
    expect(readFileSync(path.join(a, 'ties.ndjson')).equals(readFileSync(path.join(c, 'ties.ndjson')))).toBe(false);
  });

  it('has exactly the requested actors and ties, every type, valid ends, no duplicates', () => {
    const out = tmp();
    const manifest = generateScale({ actors: 1_000, ties: 6_000, seed: 1, out, regionsFile });
    expect(manifest.nodesByLabel.Actor).toBe(1_000);
    expect(manifest.ties).toBe(6_000);
    expect(Object.keys(manifest.tiesByType).sort()).toEqual([...TIE_TYPES].sort());
    const kinds = new Map<string, string>();
    for (const line of readFileSync(path.join(out, 'nodes.ndjson'), 'utf8').trim().split('\n')) {
      const node = JSON.parse(line) as { k: string; id: string };
      expect(kinds.has(node.id)).toBe(false);
      kinds.set(node.id, node.k);
    }
    const keys = new Set<string>();
    for (const line of readFileSync(path.join(out, 'ties.ndjson'), 'utf8').trim().split('\n')) {
      const tie = JSON.parse(line) as { t: keyof typeof TIE_ENDS; f: string; to: string };
      expect(TIE_ENDS[tie.t].from as readonly string[], line).toContain(kinds.get(tie.f));
      expect(TIE_ENDS[tie.t].to as readonly string[], line).toContain(kinds.get(tie.to));
      const key = `${tie.t}|${tie.f}|${tie.to}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
  });

  it('dates every tie inside both ends’ lifetimes, and every lifetime in order (seeds 1–3)', () => {
    const problems: string[] = [];
    for (const seed of [1, 2, 3]) {
      const out = tmp();
      generateScale({ actors: 300, ties: 2_000, seed, out, regionsFile });
      const life = new Map<string, Lifetime>();
      for (const line of readFileSync(path.join(out, 'nodes.ndjson'), 'utf8').trim().split('\n')) {
        const node = JSON.parse(line) as { id: string; p: Lifetime };
        if (lifetimeOrderProblem(node.p)) problems.push(line);
        life.set(node.id, node.p);
      }
      for (const line of readFileSync(path.join(out, 'ties.ndjson'), 'utf8').trim().split('\n')) {
        const tie = JSON.parse(line) as { f: string; to: string; p: { since?: string; until?: string } };
        if (anachronism(tie.p, life.get(tie.f)!, life.get(tie.to)!)) problems.push(line);
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses fewer ties than the geography needs', () => {
    expect(() => generateScale({ actors: 1_000, ties: 100, seed: 1, out: tmp(), regionsFile })).toThrow(
      /--ties must be at least/,
    );
  });
});
