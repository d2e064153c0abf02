import { describe, expect, it } from 'vitest';
import { shapePath } from './shapes.js';
import { toSvg, type SvgNode } from './svg.js';

describe('toSvg', () => {
  it('fits the graph in the picture, y up, labels escaped', () => {
    const a: SvgNode = { x: 0, y: 0, size: 5, color: '#E69F00', label: 'A & B' };
    const b: SvgNode = { x: 10, y: 10, size: 8, color: '#0072B2', label: '', kind: 'Association' };
    const svg = toSvg([a, b], [{ from: a, to: b, size: 2, color: '#111111' }], 200, 200);
    // A node without a kind is a circle; an association a square, as on the canvas and in the legend.
    expect(svg).toContain(
      `<path d="${shapePath('circle', 40, 160, 5)}" fill="#E69F00" stroke="#ffffff" data-kind=""/>`,
    );
    expect(svg).toContain(
      `<path d="${shapePath('square', 160, 40, 8)}" fill="#0072B2" stroke="#ffffff" data-kind="Association"/>`,
    );
    expect(svg.match(/data-kind=/g)).toHaveLength(2);
    expect(svg).toContain('<line x1="40" y1="160" x2="160" y2="40" stroke="#111111" stroke-width="2"/>');
    expect(svg).toContain('>A &amp; B</text>');
    expect(svg.match(/<text /g)).toHaveLength(1);
  });
  it('draws an empty canvas without failing', () => {
    expect(toSvg([], [])).toContain('<svg');
  });
});
