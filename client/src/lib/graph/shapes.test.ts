import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS } from '../kinds.js';
import { OTHER_KINDS } from './model.js';
import { SHAPES, kindImage, kindShape, shapeImage, shapePath } from './shapes.js';

describe('node shapes', () => {
  it('gives every kind its own shape, unknown kinds a circle', () => {
    const kinds = [...ACTOR_KINDS, ...OTHER_KINDS];
    const shapes = kinds.map(kindShape);
    expect(new Set(shapes).size).toBe(kinds.length);
    expect(kindShape('Migrant')).toBe('circle');
    expect(kindShape('Spaceship')).toBe('circle');
  });

  it('draws closed outlines centred where asked', () => {
    expect(shapePath('circle', 10, 20, 5)).toBe('M5 20A5 5 0 1 0 15 20A5 5 0 1 0 5 20Z');
    for (const shape of SHAPES.filter((s) => s !== 'circle')) {
      const d = shapePath(shape, 10, 20, 5);
      expect(d).toMatch(/^M[\d.]+ [\d.]+.*Z$/);
      const numbers = [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      // Every point stays within the shape's reach of the centre.
      for (const [x, y] of numbers) expect(Math.hypot(x - 10, y - 20)).toBeLessThanOrEqual(5 * 1.4);
    }
    expect(shapePath('square', 0, 0, 10)).toBe('M-9 -9L9 -9L9 9L-9 9Z');
    expect(shapePath('diamond', 0, 0, 10)).toBe('M0 -11.5L11.5 0L0 11.5L-11.5 0Z');
  });

  it('makes inline SVG pictograms, one per shape, nothing fetched', () => {
    const image = decodeURIComponent(shapeImage('star').replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
    expect(image).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="64" height="64"/);
    expect(image).toContain('fill="#fff"');
    expect(new Set(SHAPES.map(shapeImage)).size).toBe(SHAPES.length);
    expect(kindImage('Firm')).toBe(shapeImage('diamond'));
  });
});
