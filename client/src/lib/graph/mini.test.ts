import { describe, expect, it } from 'vitest';
import { hasActorPage, miniGraph, ringPositions } from './mini.js';

describe('the actor page mini-graph', () => {
  it('puts the actor in the middle and its neighbours on a ring, grouped by kind', () => {
    const pos = ringPositions('a', [
      { id: 'a', kind: 'Association', name: 'A' },
      { id: 'f', kind: 'Funder', name: 'F' },
      { id: 'm', kind: 'Migrant', name: 'M' },
      { id: 'r', kind: 'Region', name: 'R' },
      { id: 'x', kind: 'Unknown', name: 'X' },
    ]);
    expect(pos.get('a')).toEqual({ x: 0, y: 0 });
    // Migrant first (at the top), then Funder, Region, unknown kinds last.
    expect(pos.get('m')).toEqual({ x: 0, y: -1 });
    for (const id of ['f', 'r', 'x']) expect(Math.hypot(pos.get(id)!.x, pos.get(id)!.y)).toBeCloseTo(1, 5);
    expect(pos.get('r')).toEqual({ x: 0, y: 1 });
  });

  it('keeps only the ties that touch the actor and scopes masked people apart', () => {
    const graph = miniGraph('a', {
      nodes: [
        { id: 'a', name: 'A', kind: 'Association', masked: false, degree: 3 },
        { id: 'b', name: 'B', kind: 'Firm', masked: false, degree: 1 },
        { id: 'masked-1', name: 'a migrant (no consent to be named)', kind: 'Migrant', masked: true, degree: 1 },
      ],
      edges: [
        { id: 'PARTNERS_WITH:a:b', type: 'PARTNERS_WITH', from: 'a', to: 'b', crossesBorder: false },
        { id: 'MEMBER_OF:masked-1:a', type: 'MEMBER_OF', from: 'masked-1', to: 'a', crossesBorder: false },
        { id: 'EMPLOYS:b:masked-1', type: 'EMPLOYS', from: 'b', to: 'masked-1', crossesBorder: false },
      ],
    });
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.hasNode('masked-1@mini')).toBe(true);
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 0, y: 0 });
    expect(hasActorPage({ kind: 'Firm', masked: false })).toBe(true);
    expect(hasActorPage({ kind: 'Migrant', masked: true })).toBe(false);
    expect(hasActorPage({ kind: 'Event', masked: false })).toBe(false);
    expect(hasActorPage({ kind: 'Migrant', masked: false }, false)).toBe(false);
    expect(hasActorPage({ kind: 'Migrant', masked: false }, true)).toBe(true);
    expect(hasActorPage({ kind: 'Funder', masked: false }, false)).toBe(true);
  });
});
