import { describe, expect, it } from 'vitest';
import { corridorSankey, type CorridorRow } from './corridors.js';

const row = (it: string, ma: string, migrants: number): CorridorRow => ({
  italianRegion: it,
  italianRegionId: `region-${it.toLowerCase()}`,
  moroccanRegion: ma,
  moroccanRegionId: `region-${ma.toLowerCase()}`,
  migrants,
  associations: 1,
  projects: 0,
});

describe('corridorSankey', () => {
  it('puts Italian regions on the left and Moroccan regions on the right, one link per corridor', () => {
    const layout = corridorSankey(
      [
        row('Piemonte', 'Oriental', 3),
        row('Piemonte', 'Souss', 1),
        row('Lombardia', 'Souss', 2),
        row('Lazio', 'Fes', 0),
      ],
      600,
      300,
    );
    expect(layout.nodes).toHaveLength(4);
    const left = layout.nodes.filter((n) => n.side === 'IT');
    const right = layout.nodes.filter((n) => n.side === 'MA');
    expect(Math.max(...left.map((n) => n.x1))).toBeLessThan(Math.min(...right.map((n) => n.x0)));
    expect(layout.nodes.find((n) => n.name === 'Piemonte')?.value).toBe(4);
    expect(layout.links.map((l) => [l.from, l.to, l.value])).toEqual(
      expect.arrayContaining([
        ['Piemonte', 'Oriental', 3],
        ['Lombardia', 'Souss', 2],
      ]),
    );
    expect(layout.links.every((l) => l.path.startsWith('M'))).toBe(true);
  });
  it('is empty without migrants', () => {
    expect(corridorSankey([row('Lazio', 'Fes', 0)], 600, 300)).toEqual({ nodes: [], links: [] });
  });
});
