/**
 * The canvas benchmark page (bench.html?n=5000): a synthetic subgraph of n nodes drawn exactly as
 * the explorer draws one (same model, styling and sigma settings), then dragged with the mouse for three seconds.
 * It publishes time to first render and frames per second on `window.__bench`. With `hold`, it
 * leaves the canvas on screen for a test instead (`window.__canvas`).
 */
import Sigma from 'sigma';
import {
  createGraph,
  mergeSubgraph,
  RELATIONSHIP_TYPES,
  SHAPES_UP_TO,
  type EdgeAttributes,
  type NodeAttributes,
  type SubgraphEdge,
  type SubgraphNode,
} from '../lib/graph/model.js';
import { attachBitmapCamera } from '../lib/graph/bitmap-camera.js';
import { shapeNodeSettings } from '../lib/graph/node-program.js';
import { ACTOR_KINDS } from '../lib/kinds.js';
import { mulberry32 } from '../lib/random.js';

interface BenchResult {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  fps: number;
  /** From the end of the gesture (mouseup) to the frame that shows the canvas redrawn. */
  settleMs: number;
}

/** n nodes, each tied to `perNode` earlier ones at random (4 per node: 5,000 nodes, about 20,000 ties). */
function synthetic(n: number, perNode: number) {
  const rand = mulberry32(42);
  const nodes: SubgraphNode[] = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    name: `Actor ${i}`,
    kind: ACTOR_KINDS[i % ACTOR_KINDS.length]!,
    country: i % 2 ? 'IT' : 'MA',
    masked: i % 17 === 0,
    degree: 1 + Math.floor(rand() * 20),
  }));
  const edges: SubgraphEdge[] = [];
  for (let i = 1; i < n; i++) {
    for (const j of Array.from({ length: perNode }, () => Math.floor(rand() * i))) {
      const type = RELATIONSHIP_TYPES[Math.floor(rand() * 10)]!;
      edges.push({ id: `${type}:n${i}:n${j}`, type, from: `n${i}`, to: `n${j}`, crossesBorder: (i + j) % 2 === 1 });
    }
  }
  return { nodes, edges, rand };
}

type Move = 'draw' | 'hide' | 'bitmap';

/** The canvas as the explorer sets it up for a graph of this size, with the chosen way of moving. */
function draw(graph: ReturnType<typeof createGraph>, circles: boolean, move: Move) {
  const n = graph.order;
  const renderer = new Sigma(graph, document.getElementById('stage')!, {
    // The explorer's node shapes (the same WebGL program the canvas uses), or discs past SHAPES_UP_TO as there.
    ...(circles || n > SHAPES_UP_TO ? {} : shapeNodeSettings),
    defaultEdgeType: 'arrow',
    renderEdgeLabels: false,
    labelDensity: 0.6,
    labelRenderedSizeThreshold: 7,
    zIndex: true,
    hideEdgesOnMove: move !== 'draw',
    hideLabelsOnMove: move !== 'draw',
  });
  const detach = move === 'bitmap' ? attachBitmapCamera(renderer, { active: () => true }) : () => {};
  return { renderer, detach };
}

/** A left-button mouse event at viewport point (x, y) of the stage, as the browser would send it. */
function mouse(type: string, x: number, y: number): MouseEvent {
  const box = document.getElementById('stage')!.getBoundingClientRect();
  return new MouseEvent(type, {
    clientX: box.left + x,
    clientY: box.top + y,
    button: 0,
    buttons: type === 'mouseup' ? 0 : 1,
    bubbles: true,
    cancelable: true,
  });
}

/**
 * Drags the stage in circles for three seconds with mouse events, one per frame, through sigma's
 * own mouse handling (and the bitmap camera when it is on), and counts the frames the browser made.
 */
async function dragForThreeSeconds(
  renderer: Sigma<NodeAttributes, EdgeAttributes>,
): Promise<{ fps: number; settleMs: number }> {
  const target = renderer.getCanvases().mouse!;
  const { width, height } = renderer.getDimensions();
  const centre = { x: width / 2, y: height / 2 };
  // Start on the empty stage: the bench graph leaves the middle of the screen crowded, a corner not.
  const start = { x: 12, y: 12 };
  target.dispatchEvent(mouse('mousedown', start.x, start.y));
  let frames = 0;
  const panStart = performance.now();
  await new Promise<void>((resolve) => {
    const step = (now: number) => {
      const t = (now - panStart) / 1000;
      document.dispatchEvent(
        mouse('mousemove', start.x + 150 * Math.sin(t * 2), start.y + 150 * (1 - Math.cos(t * 2))),
      );
      frames++;
      if (now - panStart < 3000) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  const fps = frames / ((performance.now() - panStart) / 1000);
  // The gesture ends: sigma (or the bitmap camera, which then lands the camera) redraws everything
  // once; two frames later that drawing is on screen.
  const released = performance.now();
  document.dispatchEvent(mouse('mouseup', centre.x, centre.y));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { fps, settleMs: performance.now() - released };
}

async function run(): Promise<BenchResult> {
  const params = new URLSearchParams(location.search);
  const n = Number(params.get('n') ?? '1000');
  // `nodes=circle` draws sigma's default discs instead of the kind shapes, to price the shapes in the same run.
  const circles = params.get('nodes') === 'circle';
  // How a drag moves the canvas: `draw` redraws everything on every step (sigma's default), `hide`
  // redraws without edges and labels (hideEdgesOnMove / hideLabelsOnMove), `bitmap` moves the last
  // picture and draws once at the end (bitmap-camera.ts, what the explorer does past SHAPES_UP_TO).
  const move = (params.get('move') ?? 'draw') as Move;
  const perNode = Number(params.get('ties') ?? '2');
  const { nodes, edges, rand } = synthetic(n, perNode);
  const graph = createGraph();
  mergeSubgraph(graph, { nodes, edges });
  // A spread like a settled layout: positions on a disc.
  graph.forEachNode((id) => {
    const r = Math.sqrt(rand()) * Math.sqrt(n) * 10;
    const a = rand() * Math.PI * 2;
    graph.mergeNodeAttributes(id, { x: Math.cos(a) * r, y: Math.sin(a) * r });
  });
  const start = performance.now();
  const { renderer, detach } = draw(graph, circles, move);
  renderer.refresh();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const firstRenderMs = performance.now() - start;

  if (params.get('hold') !== null) {
    // Left on screen for a browser test to drive with a real mouse (client/test/canvas.browser.test.ts).
    window.__canvas = { renderer, graph };
    return { nodes: graph.order, edges: graph.size, firstRenderMs: Math.round(firstRenderMs), fps: 0, settleMs: 0 };
  }
  const { fps, settleMs } = await dragForThreeSeconds(renderer);
  detach();
  renderer.kill();
  return {
    nodes: graph.order,
    edges: graph.size,
    firstRenderMs: Math.round(firstRenderMs),
    fps: Math.round(fps * 10) / 10,
    settleMs: Math.round(settleMs),
  };
}

declare global {
  interface Window {
    __bench?: BenchResult | { error: string };
    __canvas?: { renderer: Sigma<NodeAttributes, EdgeAttributes>; graph: ReturnType<typeof createGraph> };
  }
}

run().then(
  (result) => (window.__bench = result),
  (error: Error) => (window.__bench = { error: error.message }),
);
