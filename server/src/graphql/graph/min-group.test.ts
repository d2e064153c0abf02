import { describe, expect, it } from 'vitest';
import { foldSmallCorridors, isShowable, MIN_GROUP_SIZE, suppressSmall, suppressStats, type CorridorCell } from './min-group.js';

const cell = (it: string, ma: string, migrants: number, associations = 1, projects = 2): CorridorCell => ({
  italianRegion: it, italianRegionId: `region-${it}`, moroccanRegion: ma, moroccanRegionId: `region-${ma}`, migrants, associations, projects,
});

describe('minimum group size', () => {
  it('is 5, and shows 0 or at least 5', () => {
    expect(MIN_GROUP_SIZE).toBe(5);
    expect([0, 1, 4, 5, 6].map(isShowable)).toEqual([true, false, false, true, true]);
    expect([0, 1, 4, 5].map((n) => suppressSmall(n, false))).toEqual([0, null, null, 5]);
    expect(suppressSmall(3, true)).toBe(3);
  });

  it('folds corridors of fewer than 5 migrants into one row of their sums, after the others', () => {
    const rows = foldSmallCorridors([cell('a', 'x', 9), cell('b', 'y', 5), cell('c', 'z', 4), cell('d', 'w', 2)], false);
    expect(rows.map((r) => [r.italianRegionId, r.moroccanRegionId, r.migrants, r.associations, r.projects, r.folded])).toEqual([
      ['region-a', 'region-x', 9, 1, 2, false],
      ['region-b', 'region-y', 5, 1, 2, false],
      ['other-it', 'other-ma', 6, 2, 4, true],
    ]);
  });

  it('leaves the folded row out when it would itself be a group of fewer than 5', () => {
    expect(foldSmallCorridors([cell('a', 'x', 7), cell('c', 'z', 1), cell('d', 'w', 3)], false).map((r) => r.migrants)).toEqual([7]);
  });

  it('shows staff every corridor as it is', () => {
    expect(foldSmallCorridors([cell('a', 'x', 7), cell('c', 'z', 1)], true).map((r) => [r.migrants, r.folded])).toEqual([[7, false], [1, false]]);
  });

  it('suppresses small counts of migrants and of ties that can reach them in networkStats', () => {
    const stats = {
      asOf: null,
      actorTies: 3,
      actorsByKind: [{ name: 'Migrant', count: 3 }, { name: 'Funder', count: 2 }],
      tiesByType: [{ name: 'LEADS', count: 2 }, { name: 'TARGETS', count: 1 }, { name: 'MEMBER_OF', count: 12 }],
      growth: [{ year: 2007, newTies: 1, activeTies: 6 }],
    };
    const below = suppressStats(stats, false);
    expect(below.actorsByKind).toEqual([{ name: 'Migrant', count: null }, { name: 'Funder', count: 2 }]);
    expect(below.tiesByType).toEqual([{ name: 'LEADS', count: null }, { name: 'TARGETS', count: 1 }, { name: 'MEMBER_OF', count: 12 }]);
    expect(below.growth).toEqual([{ year: 2007, newTies: null, activeTies: 6 }]);
    expect(below.actorTies).toBe(3);
    expect(suppressStats(stats, true).actorsByKind[0]!.count).toBe(3);
  });
});
