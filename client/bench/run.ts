// The canvas benchmark: serves the built explorer, opens bench.html?n=… in headless Chromium for
// 1,000, 5,000 and 20,000 nodes and prints time to first render and frames per second while
// dragging the canvas with the mouse, as a Markdown table (docs/explorer-benchmark.md records one run). No database needed.
import express from 'express';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { buildClient, clientNeedsBuild } from '../../server/src/client-build.js';
import { paths } from '../../server/src/paths.js';
import { launchChromium } from '../test/helpers/browser.js';

const sizes = (process.argv[2] ?? '1000,5000,20000').split(',').map(Number);

if (clientNeedsBuild() || !existsSync(path.join(paths.clientDist, 'bench.html'))) await buildClient();
const app = express().use(express.static(paths.clientDist));
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();

type Move = 'draw' | 'hide' | 'bitmap';
type Result = { nodes: number; edges: number; firstRenderMs: number; fps: number };
const MOVES: Record<Move, string> = {
  draw: 'sigma redraws everything on every step',
  hide: 'sigma redraws without edges and labels',
  bitmap: 'the drawn picture moves, one redraw at the end',
};

async function measure(n: number, nodes: 'shape' | 'circle', move: Move): Promise<Result> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/bench.html?n=${n}&nodes=${nodes}&move=${move}`);
  await page.waitForFunction('window.__bench !== undefined', undefined, { timeout: 180_000 });
  const result = (await page.evaluate('window.__bench')) as Result | { error: string };
  await page.close();
  if ('error' in result) throw new Error(`n=${n}: ${result.error}`);
  console.log(
    `n=${n} (${nodes}s; dragging: ${MOVES[move]}): first render ${result.firstRenderMs} ms, ${result.fps} fps`,
  );
  return result;
}

type Row = Result & { circleFps: number; hiddenFps: number; bitmapFps: number };
const results: Row[] = [];
try {
  // A first small run compiles the shaders and warms the browser up; it is not reported.
  await measure(100, 'shape', 'draw');
  await measure(100, 'circle', 'draw');
  // Each size drawn with kind shapes as the explorer draws them up to SHAPES_UP_TO (discs past it),
  // then with plain discs, then dragged the other two ways, all in the same run, so that every
  // difference is a ratio measured under the same load.
  for (const n of sizes) {
    const drawn = await measure(n, 'shape', 'draw');
    const circleFps = (await measure(n, 'circle', 'draw')).fps;
    const hiddenFps = (await measure(n, 'shape', 'hide')).fps;
    const bitmapFps = (await measure(n, 'shape', 'bitmap')).fps;
    results.push({ ...drawn, circleFps, hiddenFps, bitmapFps });
  }
} finally {
  await browser.close();
  server.close();
}
// Ratios against the smallest graph of the same run, and against sigma's own redraw-every-step
// dragging of the same graph: comparable across machines, unlike raw numbers.
const baseline = results[0]!;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const rows = results.map(
  (r) =>
    `| ${r.nodes.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${r.firstRenderMs} | ${(r.firstRenderMs / baseline.firstRenderMs).toFixed(1)}× | ${r.fps} | ${ratio(r.fps, baseline.fps)} | ${r.circleFps} | ${ratio(r.fps, r.circleFps)} | ${r.hiddenFps} | ${ratio(r.hiddenFps, r.fps)} | ${r.bitmapFps} | ${ratio(r.bitmapFps, r.fps)} |`,
);
console.log(
  [
    '',
    '| nodes | ties | first render (ms) | vs smallest | fps dragging, all redrawn | vs smallest | same with plain discs | shapes vs discs | fps, edges and labels hidden while moving | vs all redrawn | fps, picture moved | vs all redrawn |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n'),
);
