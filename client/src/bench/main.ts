/**
 * The canvas benchmark page (bench.html?n=5000): a synthetic subgraph of n nodes drawn exactly as
 * the explorer draws one (same model, styling and sigma settings), then panned for three seconds.
 * It publishes time to first render and frames per second on `window.__bench`.
 */
import Sigma from 'sigma';
import { createGraph, mergeSubgraph, RELATIONSHIP_TYPES, SHAPES_UP_TO, type SubgraphEdge, type SubgraphNode } from '../lib/graph/model.js';
import { shapeNodeSettings } from '../lib/graph/node-program.js';
import { ACTOR_KINDS } from '../lib/kinds.js';

interface BenchResult {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  fps: number;
}

/** A deterministic pseudo-random sequence (mulberry32) so runs compare. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synthetic(n: number) {
  const rand = random(42);
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
    for (const j of [Math.floor(rand() * i), Math.floor(rand() * i)]) {
      const type = RELATIONSHIP_TYPES[Math.floor(rand() * 10)]!;
      edges.push({ id: `${type}:n${i}:n${j}`, type, from: `n${i}`, to: `n${j}`, crossesBorder: (i + j) % 2 === 1 });
    }
  }
  return { nodes, edges, rand };
}

async function run(): Promise<BenchResult> {
  const params = new URLSearchParams(location.search);
  const n = Number(params.get('n') ?? '1000');
  // `nodes=circle` draws sigma's default discs instead of the kind shapes, to price the shapes in the same run.
  const circles = params.get('nodes') === 'circle';
  // `move=hide` pans as a mouse drag does with the explorer's large-canvas settings: edges and
  // labels left out while the camera moves (sigma's hideEdgesOnMove / hideLabelsOnMove).
  const hideOnMove = params.get('move') === 'hide';
  const { nodes, edges, rand } = synthetic(n);
  const graph = createGraph();
  mergeSubgraph(graph, { nodes, edges });
  // A spread like a settled layout: positions on a disc.
  graph.forEachNode((id) => {
    const r = Math.sqrt(rand()) * Math.sqrt(n) * 10;
    const a = rand() * Math.PI * 2;
    graph.mergeNodeAttributes(id, { x: Math.cos(a) * r, y: Math.sin(a) * r });
  });
  const start = performance.now();
  const renderer = new Sigma(graph, document.getElementById('stage')!, {
    // The explorer's node shapes (the same WebGL program the canvas uses), or discs past SHAPES_UP_TO as there.
    ...(circles || n > SHAPES_UP_TO ? {} : shapeNodeSettings),
    defaultEdgeType: 'arrow',
    renderEdgeLabels: false,
    labelDensity: 0.6,
    labelRenderedSizeThreshold: 7,
    zIndex: true,
    hideEdgesOnMove: hideOnMove,
    hideLabelsOnMove: hideOnMove,
  });
  renderer.refresh();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const firstRenderMs = performance.now() - start;

  // Pan for three seconds; every frame moves the camera, so every frame re-renders.
  const camera = renderer.getCamera();
  let frames = 0;
  // Setting the camera directly is not "moving" for sigma; a drag is (its mouse captor says so).
  if (hideOnMove) renderer.getMouseCaptor().isMoving = true;
  const panStart = performance.now();
  await new Promise<void>((resolve) => {
    const step = (now: number) => {
      const t = (now - panStart) / 1000;
      camera.setState({ x: 0.5 + 0.2 * Math.cos(t * 2), y: 0.5 + 0.2 * Math.sin(t * 2) });
      frames++;
      if (now - panStart < 3000) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  const fps = frames / ((performance.now() - panStart) / 1000);
  renderer.kill();
  return { nodes: graph.order, edges: graph.size, firstRenderMs: Math.round(firstRenderMs), fps: Math.round(fps * 10) / 10 };
}

declare global {
  interface Window {
    __bench?: BenchResult | { error: string };
  }
}

run().then(
  (result) => (window.__bench = result),
  (error: Error) => (window.__bench = { error: error.message }),
);
