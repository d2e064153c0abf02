import { describe, expect, it } from 'vitest';
import { shapePath } from './shapes.js';
import { toSvg, type SvgNode } from './svg.js';

describe('toSvg', () => {
  it('fits the whole graph in the picture, y up, labels escaped', () => {
    const a: SvgNode = { x: 0, y: 0, size: 5, color: '#E69F00', label: 'A & B' };
    const b: SvgNode = { x: 10, y: 10, size: 8, color: '#0072B2', label: '', kind: 'Association' };
    const svg = toSvg([a, b], [{ from: a, to: b, size: 2, color: '#111111' }], { width: 400, height: 300 });
    // The graph fills the area left by margins and label room (84 px each side), centred vertically.
    expect(svg).toContain(`<path d="${shapePath('circle', 84, 266, 5)}" fill="#E69F00" stroke="#ffffff" data-kind=""`);
    expect(svg).toContain(
      `<path d="${shapePath('square', 316, 34, 8)}" fill="#0072B2" stroke="#ffffff" data-kind="Association"`,
    );
    expect(svg.match(/data-kind=/g)).toHaveLength(2);
    expect(svg).toContain('<line x1="84" y1="266" x2="316" y2="34" stroke="#111111" stroke-width="2"/>');
    expect(svg).toContain('>A &amp; B</text>');
    expect(svg.match(/<text /g)).toHaveLength(1);
  });

  it('adds a title, subtitle and legend, and keeps the graph out of their space', () => {
    const nodes: SvgNode[] = Array.from({ length: 30 }, (_, i) => ({
      x: i % 6,
      y: Math.floor(i / 6),
      size: 6,
      color: '#0072B2',
      label: `Association number ${i}`,
      kind: 'Association',
    }));
    const svg = toSvg(nodes, [], {
      width: 800,
      height: 600,
      title: 'Partners <2026>',
      subtitle: '30 actors',
      legend: {
        heading: 'Legend',
        kinds: [{ kind: 'Association', label: 'Association', color: '#0072B2' }],
        tiesHeading: 'Ties',
        ties: [{ label: 'member of', color: '#2166AC' }],
      },
    });
    expect(svg).toContain('class="title">Partners &lt;2026&gt;</text>');
    expect(svg).toContain('class="subtitle">30 actors</text>');
    expect(svg).toContain('>member of</text>');
    for (const [, x, y] of svg.matchAll(/data-x="([\d.]+)" data-y="([\d.]+)"/g)) {
      expect(Number(x)).toBeLessThan(800 - 220);
      expect(Number(y)).toBeGreaterThan(56);
    }
    // Thirty long labels on a tight grid: some are left out rather than drawn over each other.
    const labels = [...svg.matchAll(/<text x="[\d.]+" y="[\d.]+">Association number/g)];
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThanOrEqual(30);
  });

  it('draws an empty canvas without failing', () => {
    expect(toSvg([], [])).toContain('<svg');
  });
});
