import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  arcWidth,
  corridorsMap,
  curve,
  regionShapes,
  type BoundaryCollection,
  type MapRegion,
} from './corridors-map.js';

// Ponte's own regions, as seeded: the map must have a shape for each of them.
const seeded = (
  JSON.parse(readFileSync(new URL('../../../../seeds/data/regions.json', import.meta.url), 'utf8')) as {
    nodes: MapRegion[];
  }
).nodes;
const boundaries = [
  JSON.parse(readFileSync(new URL('./boundaries/regions.geo.json', import.meta.url), 'utf8')),
] as BoundaryCollection[];

const row = (it: string, ma: string, migrants: number) => ({
  italianRegion: it,
  italianRegionId: it,
  moroccanRegion: ma,
  moroccanRegionId: ma,
  migrants,
  associations: 0,
  projects: 0,
});

describe('the corridors map', () => {
  it('has a boundary for each of the 20 Italian and 12 Moroccan seeded regions, and nothing else', () => {
    expect(seeded.filter((r) => r.country === 'IT')).toHaveLength(20);
    expect(seeded.filter((r) => r.country === 'MA')).toHaveLength(12);
    const { features, byCode } = regionShapes(boundaries, seeded);
    expect(features).toHaveLength(32);
    expect(features.every((f) => byCode.has(f.properties.code))).toBe(true);
    const map = corridorsMap(boundaries, seeded, [], 600, 700);
    expect(map.missing).toEqual([]);
    expect(map.shapes.find((s) => s.code === 'MA-09')?.region?.name).toBe('Souss-Massa');
    // Every shape is a real outline inside the picture.
    for (const shape of map.shapes) {
      expect(shape.path).toMatch(/^M/);
      const numbers = shape.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(7);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(700);
    }
    // Each country fills its own panel: Italy's shapes lie in the top right, Morocco's in the bottom left.
    const xs = (country: string) =>
      map.shapes
        .filter((s) => s.country === country)
        .flatMap((s) =>
          [...s.path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const),
        );
    expect(Math.min(...xs('IT').map(([x]) => x))).toBeGreaterThanOrEqual(0.38 * 600);
    expect(Math.max(...xs('IT').map(([, y]) => y))).toBeLessThanOrEqual(0.56 * 700);
    expect(Math.max(...xs('MA').map(([x]) => x))).toBeLessThanOrEqual(0.66 * 600);
    expect(Math.min(...xs('MA').map(([, y]) => y))).toBeGreaterThanOrEqual(0.4 * 700);
  });

  it('draws each corridor from the Italian region to the Moroccan one, largest first, width by count', () => {
    const map = corridorsMap(
      boundaries,
      seeded,
      [
        row('region-piemonte', 'region-beni-mellal-khenifra', 10),
        row('region-lombardia', 'region-casablanca-settat', 40),
        row('region-nowhere', 'region-souss-massa', 3),
      ],
      600,
      700,
    );
    expect(map.arcs.map((a) => a.key)).toEqual([
      'region-lombardia→region-casablanca-settat',
      'region-piemonte→region-beni-mellal-khenifra',
    ]);
    expect(map.arcs[0]!.width).toBe(12);
    expect(map.arcs[1]!.width).toBe(arcWidth(10, 40));
    // Italy's panel is north-east of Morocco's: the curve starts up and right of where it ends.
    const [x0, y0, , , x1, y1] = map.arcs[0]!.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(x0).toBeGreaterThan(x1!);
    expect(y0).toBeLessThan(y1!);
  });

  it('bows curves to one side and scales widths by square root', () => {
    expect(curve([0, 0], [100, 0])).toBe('M0 0Q50 -18 100 0');
    expect(curve([0, 0], [0, 100], 0.5)).toBe('M0 0Q50 50 0 100');
    expect(arcWidth(0, 10)).toBe(1.5);
    expect(arcWidth(10, 10)).toBe(12);
    expect(arcWidth(25, 100)).toBe(6.75);
    expect(arcWidth(3, 0)).toBe(1.5);
  });
});
