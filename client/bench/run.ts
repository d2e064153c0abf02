// The canvas benchmark: serves the built explorer, opens bench.html?n=…&ties=… in headless Chromium
// and prints, per size, the time to first render, the frames per second while dragging the canvas
// with the mouse (the bitmap camera; sigma's full redraw on every step; edges and labels hidden),
// and the redraw after the gesture ends, with the machine's load average, as Markdown
// (docs/explorer-benchmark.md records runs). No database needed.
//
//   npm run bench:explorer                  5,000 nodes, 4 ties per node (about 20,000 ties)
//   npm run bench:explorer -- 1000,5000 2   other sizes, 2 ties per node
import express from 'express';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildClient, clientNeedsBuild } from '../../server/src/client-build.js';
import { paths } from '../../server/src/paths.js';
import { launchChromium } from '../test/helpers/browser.js';

const sizes = (process.argv[2] ?? '5000').split(',').map(Number);
const tiesPerNode = Number(process.argv[3] ?? '4');

if (clientNeedsBuild() || !existsSync(path.join(paths.clientDist, 'bench.html'))) await buildClient();
const app = express().use(express.static(paths.clientDist));
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();

type Move = 'draw' | 'hide' | 'bitmap';
type Result = { nodes: number; edges: number; firstRenderMs: number; fps: number; settleMs: number };
const MOVES: Record<Move, string> = {
  draw: 'sigma redraws everything on every step',
  hide: 'sigma redraws without edges and labels',
  bitmap: 'the bitmap camera: the drawn picture moves, one redraw at the end',
};

async function measure(n: number, move: Move): Promise<Result> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/bench.html?n=${n}&ties=${tiesPerNode}&move=${move}`);
  await page.waitForFunction('window.__bench !== undefined', undefined, { timeout: 300_000 });
  const result = (await page.evaluate('window.__bench')) as Result | { error: string };
  await page.close();
  if ('error' in result) throw new Error(`n=${n}: ${result.error}`);
  console.log(
    `n=${n}, ${result.edges} ties (dragging: ${MOVES[move]}): first render ${result.firstRenderMs} ms, ${result.fps} fps, redraw after the gesture ${result.settleMs} ms`,
  );
  return result;
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
const loadBefore = load();
type Row = { nodes: number; edges: number; firstRenderMs: number; bitmap: Result; draw: Result; hide: Result };
const rows: Row[] = [];
let version = '';
try {
  version = browser.version();
  // A first small run compiles the shaders and warms the browser up; it is not reported.
  await measure(100, 'draw');
  for (const n of sizes) {
    const bitmap = await measure(n, 'bitmap');
    const draw = await measure(n, 'draw');
    const hide = await measure(n, 'hide');
    rows.push({ nodes: bitmap.nodes, edges: bitmap.edges, firstRenderMs: bitmap.firstRenderMs, bitmap, draw, hide });
  }
} finally {
  await browser.close();
  server.close();
}
const loadAfter = load();
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
console.log(
  [
    '',
    `${new Date().toISOString().slice(0, 10)}, Chromium ${version}, ${os.cpus().length} cores, load average (1 / 5 / 15 min) ${loadBefore} before and ${loadAfter} after.`,
    '',
    '| nodes | ties | first render (ms) | fps dragging, bitmap camera | redraw after the gesture, bitmap camera (ms) | fps dragging, full redraw | redraw after the gesture, full redraw (ms) | fps, edges and labels hidden | bitmap vs full redraw |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.nodes.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${r.firstRenderMs} | ${r.bitmap.fps} | ${r.bitmap.settleMs} | ${r.draw.fps} | ${r.draw.settleMs} | ${r.hide.fps} | ${ratio(r.bitmap.fps, r.draw.fps)} |`,
    ),
  ].join('\n'),
);
