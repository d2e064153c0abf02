import { describe, expect, it } from 'vitest';
import {
  IDENTITY,
  cssTransform,
  isIdentity,
  panBy,
  sourceOf,
  wheelFactor,
  zoomAt,
  type Point,
  type ViewTransform,
} from './view-transform.js';

/** Where `t` shows the viewport point p of the committed camera. */
const apply = (t: ViewTransform, p: Point): Point => ({ x: t.scale * p.x + t.tx, y: t.scale * p.y + t.ty });

describe('view transform', () => {
  it('adds pans up', () => {
    const t = panBy(panBy(IDENTITY, 10, -4), -3, 9);
    expect(t).toEqual({ scale: 1, tx: 7, ty: 5 });
    expect(sourceOf(t, { x: 107, y: 105 })).toEqual({ x: 100, y: 100 });
  });

  it('keeps the point under the wheel where it is', () => {
    const at = { x: 300, y: 200 };
    const t = zoomAt(panBy(IDENTITY, 40, 10), at, 2);
    // The picture point shown at `at` before the zoom is still shown there after it.
    const before = sourceOf(panBy(IDENTITY, 40, 10), at);
    expect(apply(t, before)).toEqual(at);
    expect(t.scale).toBe(2);
  });

  it('composes zooms at different points like one affine map', () => {
    const t = zoomAt(zoomAt(IDENTITY, { x: 100, y: 100 }, 1.5), { x: 500, y: 300 }, 0.5);
    const p = { x: 640, y: 400 };
    const byHand = { x: 500 + 0.5 * (100 + 1.5 * (p.x - 100) - 500), y: 300 + 0.5 * (100 + 1.5 * (p.y - 100) - 300) };
    expect(apply(t, p).x).toBeCloseTo(byHand.x, 9);
    expect(apply(t, p).y).toBeCloseTo(byHand.y, 9);
    expect(sourceOf(t, apply(t, p)).x).toBeCloseTo(p.x, 9);
  });

  it('writes CSS only when something moved', () => {
    expect(isIdentity(IDENTITY)).toBe(true);
    expect(cssTransform(IDENTITY)).toBe('');
    expect(cssTransform({ scale: 2, tx: 3, ty: -4 })).toBe('translate(3px, -4px) scale(2)');
  });

  it('bounds wheel zooming by the camera ratio limits', () => {
    const bound = (r: number) => Math.max(0.1, Math.min(10, r));
    // One mouse notch in sigma's units zooms in by zoomingRatio^0.83.
    expect(wheelFactor(IDENTITY, 0.8333, 1, 1.7, bound)).toBeCloseTo(Math.pow(1.7, 0.8333), 9);
    // Huge deltas count as one full step.
    expect(wheelFactor(IDENTITY, 50, 1, 1.7, bound)).toBeCloseTo(1.7, 9);
    // Near the limit: the ratio may go down to 0.1 and no further, whatever is already pending.
    const pending = { scale: 8, tx: 0, ty: 0 };
    const factor = wheelFactor(pending, 1, 1, 1.7, bound);
    expect(1 / (pending.scale * factor)).toBeCloseTo(0.1, 9);
    expect(wheelFactor({ scale: 10, tx: 0, ty: 0 }, 1, 1, 1.7, bound)).toBeCloseTo(1, 9);
  });
});
