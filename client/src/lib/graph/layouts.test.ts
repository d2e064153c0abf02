import { describe, expect, it } from 'vitest';
import { flow, radial, twoShores, type LayoutNode, type Tie } from './layouts.js';

function random(seed: number) {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % 10000) / 10000;
}

const COUNTRIES = ['IT', 'MA', 'INTL', null] as const;

function graph(seed: number, n = 60): { nodes: LayoutNode[]; ties: Tie[] } {
  const r = random(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    country: COUNTRIES[Math.floor(r() * 4)]!,
    x: r() * 100,
    y: r() * 100,
  }));
  const ties: Tie[] = [];
  for (let i = 1; i < n; i++) ties.push([`n${Math.floor(r() * i)}`, `n${i}`]);
  return { nodes, ties };
}

describe('layouts', () => {
  it('two shores: Italy left, Morocco right, international between (any seed)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { nodes, ties } = graph(seed);
      const p = twoShores(nodes, ties);
      expect(p.size).toBe(nodes.length);
      const xs = (c: string) => nodes.filter((n) => n.country === c).map((n) => p.get(n.id)!.x);
      const maxItaly = Math.max(...xs('IT'));
      const minMorocco = Math.min(...xs('MA'));
      for (const x of xs('INTL')) {
        expect(x).toBeGreaterThan(maxItaly);
        expect(x).toBeLessThan(minMorocco);
      }
      expect(maxItaly).toBeLessThan(0);
      expect(minMorocco).toBeGreaterThan(0);
      // No two nodes of one side share a place.
      const places = nodes.filter((n) => n.country).map((n) => `${p.get(n.id)!.x},${p.get(n.id)!.y}`);
      expect(new Set(places).size).toBe(places.length);
    }
  });

  it('two shores keeps each side’s top-to-bottom order', () => {
    const { nodes, ties } = graph(7);
    const p = twoShores(nodes, ties);
    const italy = nodes.filter((n) => n.country === 'IT').sort((a, b) => b.y - a.y);
    const firstColumn = italy.slice(0, 24).map((n) => p.get(n.id)!.y);
    expect(firstColumn).toEqual([...firstColumn].sort((a, b) => b - a));
  });

  it('radial: the centre in the middle, each node on the ring of its distance (any seed)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { nodes, ties } = graph(seed);
      const p = radial('n0', nodes, ties);
      expect(p.get('n0')).toEqual({ x: 0, y: 0 });
      const radius = (id: string) => Math.hypot(p.get(id)!.x, p.get(id)!.y);
      // A node's neighbour that is one tie further from the centre is on a ring further out.
      for (const [a, b] of ties) {
        if (a === 'n0') expect(radius(b)).toBeGreaterThan(0);
      }
      const rings = new Map<number, number[]>();
      for (const n of nodes) {
        const r = Math.round(radius(n.id) * 1000) / 1000;
        (rings.get(r) ?? rings.set(r, []).get(r)!).push(1);
      }
      expect([...rings.keys()].sort((a, b) => a - b)[0]).toBe(0);
    }
  });

  it('flow: the path in order from left to right on one line', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { nodes, ties } = graph(seed);
      const path = ['n0', 'n1', 'n2'].filter((id) => nodes.some((n) => n.id === id));
      const p = flow(path, nodes, ties);
      const xs = path.map((id) => p.get(id)!.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      for (const id of path) expect(p.get(id)!.y).toBe(0);
      for (const n of nodes) if (!path.includes(n.id)) expect(p.get(n.id)!.y).not.toBe(0);
      expect(p.size).toBe(nodes.length);
    }
  });
});
