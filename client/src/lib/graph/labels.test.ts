import { describe, expect, it } from 'vitest';
import {
  LABEL_GAP,
  LABEL_MARGIN,
  MAX_FIT_SCALE,
  fitScale,
  labelPriority,
  placeLabels,
  type LabelCandidate,
} from './labels.js';

const VIEW = { width: 400, height: 300 };

function random(seed: number) {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % 10000) / 10000;
}

function candidates(seed: number, n = 80): LabelCandidate[] {
  const r = random(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    text: `node ${i}`,
    x: r() * VIEW.width,
    y: r() * VIEW.height,
    size: 2 + r() * 8,
    width: 20 + r() * 90,
    priority: Math.floor(r() * 50),
  }));
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('label placement', () => {
  it('never overlaps two labels and keeps every one inside the canvas (any seed)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const placed = placeLabels(candidates(seed), VIEW, 12);
      expect(placed.length).toBeGreaterThan(5);
      const outside = placed.filter(
        (l) =>
          l.x < LABEL_MARGIN ||
          l.y < LABEL_MARGIN ||
          l.x + l.width > VIEW.width - LABEL_MARGIN + 1e-9 ||
          l.y + l.height > VIEW.height - LABEL_MARGIN + 1e-9,
      );
      expect(outside).toEqual([]);
      const clashes: string[] = [];
      for (let i = 0; i < placed.length; i++)
        for (let j = i + 1; j < placed.length; j++)
          if (overlap(placed[i]!, placed[j]!)) clashes.push(`${placed[i]!.id}/${placed[j]!.id}`);
      expect(clashes).toEqual([]);
    }
  });

  it('hides less important labels first: a label is left out only for a more important one', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const all = candidates(seed);
      const placed = placeLabels(all, VIEW, 12);
      const kept = new Set(placed.map((l) => l.id));
      // The most important candidate always gets its label.
      const top = [...all].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1))[0]!;
      expect(kept.has(top.id)).toBe(true);
      // Dropping every label less important than a dropped one changes nothing above it.
      for (const c of all.filter((c) => !kept.has(c.id)).slice(0, 5)) {
        const above = all.filter((o) => o.priority > c.priority);
        const again = placeLabels(above, VIEW, 12).map((l) => l.id);
        expect(again.filter((id) => !kept.has(id))).toEqual([]);
      }
    }
  });

  it('writes the selected node’s label even at the canvas edge and over others', () => {
    const crowd = candidates(3);
    const selected: LabelCandidate = {
      id: 'sel',
      text: 'A very long selected name',
      x: VIEW.width - 2,
      y: VIEW.height - 2,
      size: 6,
      width: 160,
      priority: labelPriority({ selected: true, highlighted: false, degree: 0, size: 1 }),
    };
    const placed = placeLabels([...crowd, selected], VIEW, 12);
    const label = placed.find((l) => l.id === 'sel')!;
    expect(label).toBeDefined();
    expect(label.x + label.width).toBeLessThanOrEqual(VIEW.width - LABEL_MARGIN);
    expect(label.y + label.height).toBeLessThanOrEqual(VIEW.height - LABEL_MARGIN);
    // On the left of its node, since the right would leave the canvas.
    expect(label.x + label.width).toBeLessThanOrEqual(selected.x);
  });

  it('ranks the selection above the path, the path above ties', () => {
    const p = (o: Partial<Parameters<typeof labelPriority>[0]>) =>
      labelPriority({ selected: false, highlighted: false, degree: 0, size: 1, ...o });
    expect(p({ selected: true })).toBeGreaterThan(p({ highlighted: true, degree: 1000 }));
    expect(p({ highlighted: true })).toBeGreaterThan(p({ degree: 1000 }));
    expect(p({ degree: 10 })).toBeGreaterThan(p({ degree: 9 }));
  });
});

describe('fit to screen with labels', () => {
  it('zooms out just enough that every node and its label fit, on one side or the other (any seed)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const r = random(seed);
      const extents = Array.from({ length: 20 }, () => ({
        x: r() * VIEW.width,
        y: r() * VIEW.height,
        size: 2 + r() * 6,
        width: 10 + r() * 100,
        height: 15,
      }));
      const s = fitScale(extents, VIEW);
      expect(s).toBeGreaterThanOrEqual(1);
      const cx = VIEW.width / 2;
      const cy = VIEW.height / 2;
      const inside = (a: number, b: number, length: number) =>
        a >= LABEL_MARGIN - 1e-6 && b <= length - LABEL_MARGIN + 1e-6;
      for (const e of extents) {
        const x = cx + (e.x - cx) / s;
        const y = cy + (e.y - cy) / s;
        const onRight = inside(x - e.size, x + e.size + LABEL_GAP + e.width, VIEW.width);
        const onLeft = inside(x - e.size - LABEL_GAP - e.width, x + e.size, VIEW.width);
        if (s < MAX_FIT_SCALE) expect(onRight || onLeft).toBe(true);
        expect(inside(y - Math.max(e.size, 7.5), y + Math.max(e.size, 7.5), VIEW.height)).toBe(true);
      }
    }
  });

  it('does not zoom when everything already fits, nor for a label no zoom can fit', () => {
    expect(fitScale([{ x: 200, y: 150, size: 4, width: 60, height: 15 }], VIEW)).toBe(1);
    expect(fitScale([{ x: 399, y: 150, size: 4, width: 60, height: 15 }], VIEW)).toBeGreaterThan(1);
    // Wider than half the canvas: it cannot sit beside a node near the edge; the node alone counts.
    expect(fitScale([{ x: 300, y: 150, size: 4, width: 500, height: 15 }], VIEW)).toBe(1);
  });
});
