/**
 * Pan and zoom a large canvas by moving its last picture, then draw once when the gesture ends.
 *
 * Why: sigma redraws every node and edge on every camera change. Without a GPU (software WebGL)
 * that is a few frames per second at 5,000 nodes, and even with one a big graph can fall behind
 * the pointer. While a mouse drag or wheel gesture runs, this moves the already drawn layers with
 * a CSS transform instead (the compositor does that without redrawing anything), and sets the
 * camera once at the end, so sigma draws once. Cytoscape.js calls the same idea
 * `textureOnViewport`. docs/explorer-benchmark.md measures it against sigma's own dragging.
 *
 * Only mouse gestures started on the empty stage are taken over: dragging a node, touch gestures,
 * the keyboard and animated camera moves stay sigma's.
 */
import type Sigma from 'sigma';
import type { MouseCoords, WheelCoords } from 'sigma/types';
import {
  IDENTITY,
  cssTransform,
  isIdentity,
  panBy,
  sourceOf,
  wheelFactor,
  zoomAt,
  type ViewTransform,
} from './view-transform.js';

export interface BitmapCameraOptions {
  /** Whether gestures are taken over right now (the explorer: past SHAPES_UP_TO nodes). */
  active: () => boolean;
  /** How long after the last wheel step the zoom is drawn for real. */
  wheelIdleMs?: number;
}

// Any attributes: the camera never reads them (the explorer's canvas and the bench page both use this).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: any attributes, never read
type AnySigma = Sigma<any, any, any>;

export function attachBitmapCamera(sigma: AnySigma, options: BitmapCameraOptions): () => void {
  const wheelIdleMs = options.wheelIdleMs ?? 150;
  const camera = sigma.getCamera();
  const captor = sigma.getMouseCaptor();
  // The drawn layers move. The hover layers (the highlighted node, drawn again at the end) and
  // edge labels when they are off are left out while moving: each composited layer costs frames
  // without a GPU (58 instead of 36 fps at 5,000 nodes, docs/explorer-benchmark.md). The mouse
  // layer stays put, so pointer positions keep meaning the viewport.
  const canvases = Object.entries(sigma.getCanvases());
  const moving = (name: string) =>
    ['edges', 'nodes', 'labels'].includes(name) || (name === 'edgeLabels' && sigma.getSetting('renderEdgeLabels'));
  const layers = canvases.filter(([name]) => moving(name)).map(([, canvas]) => canvas);
  const hidden = canvases.filter(([name]) => name !== 'mouse' && !moving(name)).map(([, canvas]) => canvas);

  let transform: ViewTransform = IDENTITY;
  /** The camera the pending transform is relative to. */
  let base = camera.getState();
  /** The last pointer position of a stage drag under way, in viewport pixels. */
  let dragging: { x: number; y: number } | null = null;
  let wheelTimer: ReturnType<typeof setTimeout> | undefined;

  function show(next: ViewTransform) {
    if (isIdentity(transform)) base = camera.getState();
    transform = next;
    const css = cssTransform(next);
    for (const layer of layers) {
      layer.style.transformOrigin = '0 0';
      layer.style.willChange = css ? 'transform' : '';
      layer.style.transform = css;
    }
    for (const layer of hidden) layer.style.visibility = css ? 'hidden' : '';
  }

  /** Sets the camera the transform stands for; sigma draws it in the next frame, as the transform goes. */
  function commit() {
    clearTimeout(wheelTimer);
    if (isIdentity(transform)) return;
    const { width, height } = sigma.getDimensions();
    const centre = sigma.viewportToFramedGraph(sourceOf(transform, { x: width / 2, y: height / 2 }));
    const ratio = base.ratio / transform.scale;
    show(IDENTITY);
    camera.setState({ x: centre.x, y: centre.y, ratio });
  }

  // Something else moved the camera (the keyboard, "fit", an animation): the pending picture no
  // longer stands for anything, so it is dropped rather than applied on top.
  const onCameraUpdated = () => {
    if (isIdentity(transform)) return;
    const now = camera.getState();
    if (now.x !== base.x || now.y !== base.y || now.ratio !== base.ratio || now.angle !== base.angle) {
      clearTimeout(wheelTimer);
      show(IDENTITY);
    }
  };

  const onDownStage = ({ event }: { event: MouseCoords }) => {
    if (!options.active() || !(event.original instanceof MouseEvent) || event.original.button !== 0) return;
    dragging = { x: event.x, y: event.y };
  };

  const onMoveBody = (event: MouseCoords) => {
    if (!dragging) return;
    event.preventSigmaDefault();
    // The button was released where no mouseup reached the page (another window took the focus):
    // the drag ends here, and sigma is told too (it would otherwise pan on every later move),
    // rather than the canvas following a pointer with no button held.
    if (event.original instanceof MouseEvent && (event.original.buttons & 1) === 0) {
      dragging = null;
      captor.isMouseDown = false;
      commit();
      return;
    }
    event.original.preventDefault();
    // Counted as sigma counts its own drags, so releasing the drag is not taken for a click.
    captor.draggedEvents++;
    show(panBy(transform, event.x - dragging.x, event.y - dragging.y));
    dragging = { x: event.x, y: event.y };
  };

  const onUp = () => {
    if (!dragging) return;
    dragging = null;
    commit();
  };

  const onWheel = (event: WheelCoords) => {
    if (!options.active()) return;
    // Sigma 3.0.3 builds the wheel event by copying the mouse coordinates, so its
    // preventSigmaDefault() marks the copied object, not the one the captor then checks: the flag
    // is set by hand as well, or sigma's own animated zoom would run on top of this one.
    event.preventSigmaDefault();
    event.sigmaDefaultPrevented = true;
    const factor = wheelFactor(
      transform,
      event.delta,
      isIdentity(transform) ? camera.getState().ratio : base.ratio,
      sigma.getSetting('zoomingRatio'),
      (r) => camera.getBoundedRatio(r),
    );
    if (factor !== 1) show(zoomAt(transform, { x: event.x, y: event.y }, factor));
    clearTimeout(wheelTimer);
    // A drag under way keeps going from the committed camera: its steps are relative.
    wheelTimer = setTimeout(commit, wheelIdleMs);
  };

  sigma.on('downStage', onDownStage);
  captor.on('mousemovebody', onMoveBody);
  captor.on('mouseup', onUp);
  captor.on('wheel', onWheel);
  camera.on('updated', onCameraUpdated);

  return () => {
    clearTimeout(wheelTimer);
    sigma.off('downStage', onDownStage);
    captor.off('mousemovebody', onMoveBody);
    captor.off('mouseup', onUp);
    captor.off('wheel', onWheel);
    camera.off('updated', onCameraUpdated);
    show(IDENTITY);
  };
}
