// The canvas benchmark: serves the built explorer, opens bench.html?n=… in headless Chromium for
// 1,000, 5,000 and 20,000 nodes and prints time to first render and frames per second while
// panning, as a Markdown table (docs/explorer-benchmark.md records one run). No database needed.
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

type Result = { nodes: number; edges: number; firstRenderMs: number; fps: number };
async function measure(n: number, nodes: 'shape' | 'circle', move: 'draw' | 'hide' = 'draw'): Promise<Result> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/bench.html?n=${n}&nodes=${nodes}&move=${move}`);
  await page.waitForFunction('window.__bench !== undefined', undefined, { timeout: 180_000 });
  const result = (await page.evaluate('window.__bench')) as Result | { error: string };
  await page.close();
  if ('error' in result) throw new Error(`n=${n}: ${result.error}`);
  console.log(`n=${n} (${nodes}s, ${move === 'hide' ? 'edges hidden while moving' : 'edges drawn'}): first render ${result.firstRenderMs} ms, ${result.fps} fps`);
  return result;
}

const results: (Result & { circleFps: number; hiddenFps: number })[] = [];
try {
  // A first small run compiles the shaders and warms the browser up; it is not reported.
  await measure(100, 'shape');
  await measure(100, 'circle');
  // Each size drawn as the explorer draws it (kind shapes), then with plain discs in the same run,
  // so that the price of the shapes is a ratio measured under the same load.
  for (const n of sizes) {
    results.push({ ...(await measure(n, 'shape')), circleFps: (await measure(n, 'circle')).fps, hiddenFps: (await measure(n, 'shape', 'hide')).fps });
  }
} finally {
  await browser.close();
  server.close();
}
// Ratios against the smallest graph of the same run: comparable across machines, unlike raw numbers.
const baseline = results[0]!;
const rows = results.map(
  (r) =>
    `| ${r.nodes.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${r.firstRenderMs} | ${(r.firstRenderMs / baseline.firstRenderMs).toFixed(1)}× | ${r.fps} | ${(r.fps / baseline.fps).toFixed(2)}× | ${r.circleFps} | ${(r.fps / r.circleFps).toFixed(2)}× | ${r.hiddenFps} | ${(r.hiddenFps / r.fps).toFixed(2)}× |`,
);
console.log(['', '| nodes | ties | first render (ms) | vs smallest | frames per second while panning | vs smallest | fps with plain discs | shapes vs discs | fps, edges and labels hidden while moving | vs drawn |', '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|', ...rows].join('\n'));
