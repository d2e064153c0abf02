import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random.js';
import { boxesOverlap, estimateWidth, placeLabels, type LabelRequest } from './label-placement.js';

function crowd(seed: number, n: number): LabelRequest[] {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    text: 'Actor '.repeat(1 + Math.floor(rand() * 3)) + i,
    x: rand() * 600,
    y: rand() * 400,
    radius: 3 + rand() * 10,
    priority: Math.floor(rand() * 20),
  }));
}

const bounds = { left: 0, top: 0, right: 600, bottom: 400 };

describe('placeLabels', () => {
  it('never places two labels over each other, nor outside the picture (any crowd)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const placed = placeLabels(crowd(seed, 20 + seed * 5), { bounds });
      const outside = placed.filter((p) => p.box.left < 0 || p.box.top < 0 || p.box.right > 600 || p.box.bottom > 400);
      const overlapping = placed.flatMap((a, i) =>
        placed.slice(i + 1).flatMap((b) => (boxesOverlap(a.box, b.box) ? [`${a.id} / ${b.id}`] : [])),
      );
      expect({ seed, outside, overlapping }).toEqual({ seed, outside: [], overlapping: [] });
    }
  });

  it('gives the most important label its place, and does not depend on input order', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const requests = crowd(seed, 120).map((r) => ({ ...r, x: 100 + (r.x % 300), y: 50 + (r.y % 250) }));
      const top = { ...requests[7]!, priority: 1000 };
      requests[7] = top;
      const placed = placeLabels(requests, { bounds });
      expect(placed.map((p) => p.id)).toContain(top.id);
      expect(placeLabels([...requests].reverse(), { bounds })).toEqual(placed);
    }
  });

  it('places a lone label right of its node, baseline near its centre', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Casa', x: 100, y: 100, radius: 5, priority: 1 }], { bounds });
    expect(label!.x).toBe(108);
    expect(Math.abs(label!.y - 100)).toBeLessThan(12);
  });

  it('moves a label to the left of its node at the right edge, and skips empty texts', () => {
    const placed = placeLabels(
      [
        { id: 'a', text: 'Edge', x: 595, y: 100, radius: 4, priority: 1 },
        { id: 'b', text: '  ', x: 300, y: 100, radius: 4, priority: 1 },
      ],
      { bounds },
    );
    expect(placed).toHaveLength(1);
    expect(placed[0]!.box.right).toBeLessThanOrEqual(595);
  });

  it('estimates widths generously from the number of characters', () => {
    expect(estimateWidth('abcd', 10)).toBeCloseTo(24.8);
    expect(estimateWidth('جمعية', 10)).toBeCloseTo(31);
  });
});
