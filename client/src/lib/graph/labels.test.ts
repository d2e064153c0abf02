import { describe, expect, it } from 'vitest';
import { LABEL_MARGIN, fitScale, labelPriority, placeLabels, type LabelCandidate } from './labels.js';

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
      for (const l of placed) {
        expect(l.x).toBeGreaterThanOrEqual(LABEL_MARGIN);
        expect(l.y).toBeGreaterThanOrEqual(LABEL_MARGIN);
        expect(l.x + l.width).toBeLessThanOrEqual(VIEW.width - LABEL_MARGIN + 1e-9);
        expect(l.y + l.height).toBeLessThanOrEqual(VIEW.height - LABEL_MARGIN + 1e-9);
      }
      for (let i = 0; i < placed.length; i++)
        for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!)).toBe(false);
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
      for (const c of all.filter((c) => !kept.has(c.id))) {
        const above = all.filter((o) => o.priority > c.priority);
        const again = new Set(placeLabels(above, VIEW, 12).map((l) => l.id));
        for (const id of again) expect(kept.has(id)).toBe(true);
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
  it('zooms out just enough that every node and label fits (any seed)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const r = random(seed);
      const extents = Array.from({ length: 20 }, () => {
        const x = r() * VIEW.width;
        const y = r() * VIEW.height;
        const w = 10 + r() * 100;
        return { x, y, left: x - 4, right: x + 4 + w, top: y - 7, bottom: y + 7 };
      });
      const s = fitScale(extents, VIEW);
      expect(s).toBeGreaterThanOrEqual(1);
      const cx = VIEW.width / 2;
      const cy = VIEW.height / 2;
      for (const e of extents) {
        const x = cx + (e.x - cx) / s;
        const y = cy + (e.y - cy) / s;
        expect(x + (e.right - e.x)).toBeLessThanOrEqual(VIEW.width - LABEL_MARGIN + 1e-6);
        expect(x - (e.x - e.left)).toBeGreaterThanOrEqual(LABEL_MARGIN - 1e-6);
        expect(y + (e.bottom - e.y)).toBeLessThanOrEqual(VIEW.height - LABEL_MARGIN + 1e-6);
        expect(y - (e.y - e.top)).toBeGreaterThanOrEqual(LABEL_MARGIN - 1e-6);
      }
    }
  });

  it('does not zoom when everything already fits', () => {
    expect(fitScale([{ x: 200, y: 150, left: 196, right: 260, top: 143, bottom: 157 }], VIEW)).toBe(1);
  });
});
