/**
 * A pending move of the canvas picture, kept as one affine map of the screen while a drag or a
 * wheel gesture is under way (see bitmap-camera.ts): the point drawn at viewport position p under
 * the committed camera is shown at `scale * p + (tx, ty)`. Panning and zooming compose into it,
 * and committing turns it back into a camera state. Pure: no sigma, no DOM.
 */

export interface Point {
  x: number;
  y: number;
}

export interface ViewTransform {
  readonly scale: number;
  readonly tx: number;
  readonly ty: number;
}

export const IDENTITY: ViewTransform = { scale: 1, tx: 0, ty: 0 };

export function isIdentity(t: ViewTransform): boolean {
  return t.scale === 1 && t.tx === 0 && t.ty === 0;
}

/** The picture moved by (dx, dy) screen pixels after `t`. */
export function panBy(t: ViewTransform, dx: number, dy: number): ViewTransform {
  return { scale: t.scale, tx: t.tx + dx, ty: t.ty + dy };
}

/** The picture scaled by `factor` around the screen point `at` (which stays where it is) after `t`. */
export function zoomAt(t: ViewTransform, at: Point, factor: number): ViewTransform {
  return { scale: t.scale * factor, tx: factor * t.tx + (1 - factor) * at.x, ty: factor * t.ty + (1 - factor) * at.y };
}

/** The viewport point, under the committed camera, that `t` shows at screen point `p`. */
export function sourceOf(t: ViewTransform, p: Point): Point {
  return { x: (p.x - t.tx) / t.scale, y: (p.y - t.ty) / t.scale };
}

/** The CSS that shows `t` on an element whose transform origin is its top-left corner. */
export function cssTransform(t: ViewTransform): string {
  return isIdentity(t) ? '' : `translate(${t.tx}px, ${t.ty}px) scale(${t.scale})`;
}

/**
 * The zoom factor a wheel step asks for, bounded so that the committed ratio divided by the new
 * scale stays within the camera's limits. `delta` is sigma's wheel delta (one mouse notch ≈ ±0.83,
 * trackpads send many small ones); positive zooms in.
 */
export function wheelFactor(
  t: ViewTransform,
  delta: number,
  committedRatio: number,
  zoomingRatio: number,
  boundRatio: (ratio: number) => number,
): number {
  const wanted = Math.pow(zoomingRatio, Math.max(-1, Math.min(1, delta)));
  const bounded = boundRatio(committedRatio / (t.scale * wanted));
  return committedRatio / bounded / t.scale;
}
