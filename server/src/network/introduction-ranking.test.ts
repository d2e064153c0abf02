import { describe, expect, it } from 'vitest';
import {
  bestScoreBeyond,
  compareTargets,
  introductionScore,
  stillInReach,
  type RankedTarget,
} from './introduction-ranking.js';
import { HOP_LIMIT, round } from './path.js';

/** The real score of a target `hops` away by a path of mean tie quality `q`, matching with `quality`. */
const scoreOf = (hops: number, q: number, quality: number) =>
  introductionScore(round((HOP_LIMIT + 1 - hops + q) / (HOP_LIMIT + 1)), quality);

describe('the bound on targets beyond a depth', () => {
  it('is the score of a perfect path one hop deeper, so it is reached and never exceeded', () => {
    for (let depth = 1; depth <= 4; depth++) {
      for (const quality of [0, 0.25, 0.5, 0.75, 1]) {
        expect(bestScoreBeyond(depth, quality)).toBe(scoreOf(depth + 1, 1, quality));
        for (let hops = depth + 1; hops <= HOP_LIMIT; hops++) {
          for (let q = 0; q <= 1; q += 0.01)
            expect(scoreOf(hops, q, quality)).toBeLessThanOrEqual(bestScoreBeyond(depth, quality));
        }
      }
    }
  });

  it('is what the brief says for a perfect match: 0.8 × (7 − d) / 7 + 0.2', () => {
    expect(bestScoreBeyond(1, 1)).toBe(round(0.8 * round(6 / 7) + 0.2));
    expect(bestScoreBeyond(2, 1)).toBe(0.7714);
    expect(bestScoreBeyond(3, 0.5)).toBe(round(0.8 * round(4 / 7) + 0.1));
  });
});

describe('which unreached targets are still in reach', () => {
  const found = (...scores: number[]): RankedTarget[] =>
    scores.map((score, i) => ({ id: `found-${i}`, hops: 2, score }));
  const unreached = [
    { id: 'perfect', quality: 1 },
    { id: 'half', quality: 0.5 },
  ];

  it('all of them while fewer than `limit` targets are found', () => {
    expect(stillInReach(unreached, found(0.99, 0.98), 3, 2)).toEqual(unreached);
    expect(stillInReach(unreached, [], 1, 1)).toEqual(unreached);
  });

  it('none once the `limit`-th found target scores above what any deeper target can', () => {
    expect(stillInReach(unreached, found(0.9, 0.8, 0.78), 3, 2)).toEqual([]);
  });

  it('a deeper target that could only tie with the `limit`-th is out: at equal score fewer hops rank first', () => {
    const bound = bestScoreBeyond(2, 1);
    expect(stillInReach(unreached, found(0.9, bound), 2, 2)).toEqual([]);
    const deeperTie: RankedTarget = { id: 'a-deeper', hops: 3, score: bound };
    const limitth: RankedTarget = { id: 'z-found', hops: 2, score: bound };
    // Even with an id that sorts first, the deeper target ranks after the found one.
    expect([deeperTie, limitth].sort(compareTargets)).toEqual([limitth, deeperTie]);
  });

  it('a deeper target that could beat the `limit`-th by the last digit stays in reach', () => {
    const bound = bestScoreBeyond(2, 1);
    expect(stillInReach(unreached, found(0.9, round(bound - 0.0001)), 2, 2)).toEqual([{ id: 'perfect', quality: 1 }]);
  });

  it('weighs each target by its own match quality', () => {
    const bar = round((bestScoreBeyond(2, 1) + bestScoreBeyond(2, 0.5)) / 2);
    expect(stillInReach(unreached, found(bar), 1, 2)).toEqual([{ id: 'perfect', quality: 1 }]);
  });
});

describe('deepening with stillInReach keeps the exhaustive answer', () => {
  // Seeded pseudo-random graphs of targets (hops, path quality, match quality), some tied on
  // purpose; the first `limit` after stopping early must equal the first `limit` of all.
  function random(seed: number) {
    let s = seed;
    return () => (s = (s * 48271) % 2147483647) / 2147483647;
  }
  it('on 500 random questions, ties included', () => {
    const rand = random(7);
    let stoppedEarly = 0;
    for (let question = 0; question < 500; question++) {
      const maxHops = 1 + Math.floor(rand() * 4);
      const limit = 1 + Math.floor(rand() * 10);
      const coarse = rand() < 0.5; // few distinct values, so equal scores are common
      const pick = (values: number) => (coarse ? Math.floor(rand() * values) / (values - 1) : rand());
      const targets = Array.from({ length: Math.floor(rand() * 30) }, (_, i) => {
        const hops = 1 + Math.floor(rand() * 5); // some beyond maxHops: never reached
        const quality = pick(3);
        return { id: `t${String(i).padStart(2, '0')}`, hops, quality, score: scoreOf(hops, pick(3), quality) };
      });
      const reachable = targets.filter((t) => t.hops <= maxHops);
      const exhaustive = [...reachable].sort(compareTargets).slice(0, limit);

      const found: typeof targets = [];
      let inReach = targets;
      // The first round may search more than one hop (the resolver's searches two).
      const first = Math.min(maxHops, 1 + Math.floor(rand() * 2));
      for (let depth = first; depth <= maxHops && inReach.length > 0; depth++) {
        found.push(...inReach.filter((t) => t.hops <= depth));
        inReach = stillInReach(
          inReach.filter((t) => t.hops > depth),
          found,
          limit,
          depth,
        );
        if (inReach.length === 0 && depth < maxHops && targets.some((t) => t.hops > depth && t.hops <= maxHops))
          stoppedEarly++;
      }
      expect([...found].sort(compareTargets).slice(0, limit)).toEqual(exhaustive);
    }
    // The rule did cut searches short (reachable targets were left unsearched), not just agree.
    expect(stoppedEarly).toBeGreaterThan(50);
  });
});
