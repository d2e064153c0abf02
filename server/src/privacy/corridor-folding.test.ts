import { describe, expect, it } from 'vitest';
import { publishCorridors, type CorridorMembers } from './corridor-folding.js';
import { DisclosureControl } from './disclosure.js';

const disclosure = new DisclosureControl(new TextEncoder().encode('corridor folding unit test key, 32+ bytes'));
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
const cell = (
  it: string,
  ma: string,
  migrants: number,
  associations: string[] = [],
  projects: string[] = [],
): CorridorMembers => ({
  italianRegion: it,
  italianRegionId: `region-${it}`,
  moroccanRegion: ma,
  moroccanRegionId: `region-${ma}`,
  migrantIds: ids(`${it}-${ma}`, migrants),
  associationIds: associations,
  projectIds: projects,
});

const CELLS = [
  cell('lombardia', 'oriental', 12, ['a1', 'a2'], ['p1']),
  cell('lombardia', 'souss', 3, ['a1', 'a3'], ['p2']),
  cell('lombardia', 'rabat', 2, ['a1'], ['p3']),
  cell('piemonte', 'souss', 2, ['a4'], []),
  cell('liguria', 'oriental', 1, ['a4'], ['p4']),
];

describe('corridors below staff', () => {
  it('folds small corridors within their Italian region first, then what is still small into one last row', () => {
    const rows = publishCorridors(CELLS, false, disclosure);
    expect(rows.map((r) => [r.italianRegionId, r.moroccanRegionId, r.folded])).toEqual([
      ['region-lombardia', 'region-oriental', false],
      ['region-lombardia', 'other-ma', true], // 3 + 2 migrants from Souss and Rabat
      ...(rows.length === 3 ? [['other-it', 'other-ma', true]] : []), // Piemonte 2 + Liguria 1 (shown unless rounded to 0)
    ]);
    for (const r of rows) for (const n of [r.migrants, r.associations, r.projects]) expect(n % 5).toBe(0);
  });

  it('counts distinct associations and projects in a folded row, not sums (staff see the exact figures)', () => {
    // Exact: fold decisions are the same, figures unrounded. a1 is shared by Souss and Rabat.
    const control = { publish: (_m: string, c: { count: number }) => c.count } as unknown as DisclosureControl;
    const rows = publishCorridors(CELLS, false, control);
    expect(rows.find((r) => r.italianRegionId === 'region-lombardia' && r.folded)).toMatchObject({
      migrants: 5,
      associations: 2,
      projects: 2,
    });
    expect(rows.find((r) => r.italianRegionId === 'other-it')).toMatchObject({
      migrants: 3,
      associations: 1,
      projects: 1,
    });
    expect(
      publishCorridors(CELLS, true, disclosure).map((r) => [r.migrants, r.associations, r.projects, r.folded]),
    ).toEqual([
      [12, 2, 1, false],
      [3, 2, 1, false],
      [2, 1, 1, false],
      [2, 1, 0, false],
      [1, 1, 1, false],
    ]);
  });

  it('gives the same rows for the same people, whatever the order they are read in', () => {
    expect(
      publishCorridors([...CELLS].reverse(), false, disclosure).sort((a, b) =>
        a.italianRegionId.localeCompare(b.italianRegionId),
      ),
    ).toEqual(
      publishCorridors(CELLS, false, disclosure).sort((a, b) => a.italianRegionId.localeCompare(b.italianRegionId)),
    );
  });
});
