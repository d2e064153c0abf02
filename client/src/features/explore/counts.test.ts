import { describe, expect, it } from 'vitest';
import { countsByKind } from './counts.js';

describe('countsByKind', () => {
  it('turns the actorCounts answer into one row per kind in the legend order, with the total', () => {
    const result = countsByKind({
      actorCounts: [
        { name: 'Funder', count: 0 },
        { name: 'Migrant', count: 6 },
        { name: 'Association', count: 3 },
        { name: 'Firm', count: 1 },
        { name: 'PublicAdministration', count: 2 },
      ],
    });
    expect(result.total).toBe(12);
    expect(result.suppressed).toBe(false);
    expect(result.rows.map((r) => `${r.kind}=${r.count}`)).toEqual([
      'Migrant=6',
      'Association=3',
      'Firm=1',
      'PublicAdministration=2',
      'Funder=0',
    ]);
  });

  it('keeps a suppressed count as null, leaves it out of the total and says so; a missing kind is 0', () => {
    const result = countsByKind({
      actorCounts: [
        { name: 'Migrant', count: null },
        { name: 'Association', count: 3 },
      ],
    });
    expect(result.rows[0]).toEqual({ kind: 'Migrant', count: null });
    expect(result.rows.find((r) => r.kind === 'Firm')!.count).toBe(0);
    expect(result.total).toBe(3);
    expect(result.suppressed).toBe(true);
  });
});
