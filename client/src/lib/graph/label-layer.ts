/**
 * Sigma's node labels replaced by the canvas's own (graph/labels.ts): after each render, the
 * labels layer is written with the labels `placeLabels` keeps — most important first, no overlaps,
 * inside the canvas — and fit to screen zooms out until nodes and labels fit (`fitCamera`).
 */
import type { CameraState } from 'sigma/types';
import { fitScale, placeLabels, type Extent, type LabelCandidate, type PlacedLabel } from './labels.js';
import type { ExplorerSigma } from './snapshot.js';

export const LABEL_FONT = 'system-ui, sans-serif';
export const LABEL_SIZE = 12;
/** Nodes drawn smaller than this (in pixels) get no label unless it is important. */
const SMALL = 5;

export interface LabelRules {
  /** A node's priority (labels.ts `labelPriority`); nodes not worth a label may return -Infinity. */
  priority: (id: string, degree: number, size: number) => number;
  /** Whether labels are written now (large canvases leave them out while moving). */
  enabled: () => boolean;
}

const RESET: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

export function labelCandidates(
  sigma: ExplorerSigma,
  rules: LabelRules,
  measure: (text: string) => number,
  cameraState?: CameraState,
): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  const ratio = cameraState?.ratio ?? sigma.getCamera().ratio;
  const graph = sigma.getGraph();
  graph.forEachNode((id, attributes) => {
    const data = sigma.getNodeDisplayData(id);
    if (!data || data.hidden || !data.label) return;
    const size = sigma.scaleSize(data.size, ratio);
    const priority = rules.priority(id, attributes.degree, size);
    if (priority === Number.NEGATIVE_INFINITY || (size < SMALL && priority < 1e6)) return;
    const { x, y } = sigma.framedGraphToViewport(data, cameraState ? { cameraState } : {});
    out.push({ id, text: data.label, x, y, size, width: measure(data.label), priority });
  });
  return out;
}

/** Writes the placed labels: dark text on a white halo, readable over ties. */
export function drawLabels(context: CanvasRenderingContext2D, labels: readonly PlacedLabel[]): void {
  context.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  context.fillStyle = '#1b1b1b';
  for (const l of labels) {
    context.strokeText(l.text, l.x, l.y + l.height / 2);
    context.fillText(l.text, l.x, l.y + l.height / 2);
  }
}

/**
 * Sigma's hover (and highlighted-node) drawing without its label box, which it places right of
 * the node whatever the canvas edge: a halo only, the label being written by the labels layer.
 */
export function drawHalo(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number }): void {
  context.save();
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fillStyle = '#ffffff';
  context.shadowColor = 'rgba(0, 0, 0, 0.45)';
  context.shadowBlur = 8;
  context.fill();
  context.restore();
}

/** Takes over sigma's labels layer; returns the detach function and the fit-to-screen. */
export function attachLabelLayer(sigma: ExplorerSigma, rules: LabelRules) {
  const context = sigma.getCanvases().labels!.getContext('2d')!;
  const widths = new Map<string, number>();
  const measure = (text: string) => {
    let w = widths.get(text);
    if (w === undefined) {
      context.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
      w = context.measureText(text).width;
      widths.set(text, w);
    }
    return w;
  };
  let placed: PlacedLabel[] = [];
  const render = () => {
    placed = [];
    if (!rules.enabled()) return;
    const { width, height } = sigma.getDimensions();
    placed = placeLabels(labelCandidates(sigma, rules, measure), { width, height }, LABEL_SIZE);
    drawLabels(context, placed);
  };
  sigma.setSetting('renderLabels', false);
  sigma.on('afterRender', render);
  return {
    detach: () => sigma.off('afterRender', render),
    /** The labels written in the last frame (tests and exports read them). */
    placed: () => placed,
    /** Fits the graph and its labels: the camera reset, then zoomed out until every label fits. */
    fit: (duration = 300) => {
      const viewport = sigma.getDimensions();
      const candidates = labelCandidates(sigma, rules, measure, RESET);
      const kept = new Set(placeLabels(candidates, viewport, LABEL_SIZE).map((l) => l.id));
      const extents: Extent[] = candidates.map((c) => ({
        x: c.x,
        y: c.y,
        size: c.size,
        width: kept.has(c.id) ? c.width : 0,
        height: LABEL_SIZE * 1.25,
      }));
      const scale = fitScale(extents, viewport);
      return sigma.getCamera().animate({ ...RESET, ratio: scale }, { duration });
    },
  };
}
