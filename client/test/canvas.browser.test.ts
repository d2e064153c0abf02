// The large-canvas camera (client/src/lib/graph/bitmap-camera.ts) driven with Chromium's real mouse
// on the benchmark page at 5,000 nodes: while a drag or a wheel gesture runs the drawn picture
// moves and the camera does not; at the end the camera lands exactly where the picture was.
// No database: the page builds its graph itself, and plain static files serve it.
import express from 'express';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient, clientNeedsBuild } from '../../server/src/client-build.js';
import { paths } from '../../server/src/paths.js';
import { launchChromium } from './helpers/browser.js';
import { ARTEFACTS } from './helpers/explorer.js';

const artefacts = ARTEFACTS;
let server: Server;
let browser: Browser;
let page: Page;

interface Point {
  x: number;
  y: number;
}

// What the functions below, run in the page, use of its globals (bench page, `hold` mode). This
// file compiles with Node's types, not the DOM's, so the slice is spelled out here.
interface PageCanvas {
  renderer: {
    getCamera(): { getState(): { x: number; y: number; ratio: number } };
    getCanvases(): Record<string, { style: { transform: string; visibility: string } }>;
    graphToViewport(point: Point): Point;
    viewportToGraph(point: Point): Point;
    on(event: 'clickStage', listener: () => void): void;
  };
  graph: { getNodeAttributes(id: string): Point };
}
declare const window: { __canvas?: PageCanvas; __clicks: number };
declare function requestAnimationFrame(callback: () => void): number;
declare const document: { dispatchEvent(event: unknown): boolean };
declare const MouseEvent: new (
  type: string,
  init: { clientX: number; clientY: number; buttons: number; bubbles: boolean },
) => unknown;

interface CanvasState {
  camera: { x: number; y: number; ratio: number };
  /** Where node n1 is drawn, in viewport pixels. */
  node: Point;
  /** The graph point under the viewport point asked about. */
  under: Point;
  transform: string;
  hoversHidden: boolean;
  clicks: number;
}

/** Reads the canvas through the page's sigma (bench page only: the explorer's CSP forbids this). */
function state(at = { x: 400, y: 300 }): Promise<CanvasState> {
  return page.evaluate((point) => {
    const { renderer, graph } = window.__canvas!;
    const { x, y, ratio } = renderer.getCamera().getState();
    const canvases = renderer.getCanvases();
    const n1 = graph.getNodeAttributes('n1');
    return {
      camera: { x, y, ratio },
      node: renderer.graphToViewport({ x: n1.x, y: n1.y }),
      under: renderer.viewportToGraph(point),
      transform: canvases.nodes!.style.transform,
      hoversHidden: canvases.hovers!.style.visibility === 'hidden',
      clicks: window.__clicks,
    };
  }, at);
}

/** Two animation frames: sigma draws in the next one. */
const frames = () =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

beforeAll(async () => {
  mkdirSync(artefacts, { recursive: true });
  if (clientNeedsBuild()) await buildClient();
  server = express().use(express.static(paths.clientDist)).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/bench.html?n=5000&move=bitmap&hold`);
  await page.waitForFunction(() => window.__canvas !== undefined, undefined, { timeout: 60_000 });
  await page.evaluate(() => {
    window.__clicks = 0;
    window.__canvas!.renderer.on('clickStage', () => window.__clicks++);
  });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the large-canvas camera', () => {
  it('moves the picture during a drag and lands the camera where the picture was', async () => {
    const before = await state();
    // A corner of the stage: the synthetic graph is a disc in the middle, so the drag starts on no node.
    await page.mouse.move(20, 20);
    await page.mouse.down();
    await page.mouse.move(80, 45, { steps: 4 });
    await page.mouse.move(140, 70, { steps: 4 });
    const during = await state();
    expect(during.camera).toEqual(before.camera);
    expect(during.transform).toBe('translate(120px, 50px) scale(1)');
    expect(during.hoversHidden).toBe(true);
    await page.screenshot({ path: path.join(artefacts, 'canvas-5000-dragging.png') });
    await page.mouse.up();
    await frames();
    const after = await state();
    expect(after.transform).toBe('');
    expect(after.hoversHidden).toBe(false);
    expect(after.camera).not.toEqual(before.camera);
    // The node that was drawn at p is now drawn at p + the drag, as it was shown during the drag.
    expect(after.node.x - before.node.x).toBeCloseTo(120, 1);
    expect(after.node.y - before.node.y).toBeCloseTo(50, 1);
    await page.screenshot({ path: path.join(artefacts, 'canvas-5000-dropped.png') });
    // Releasing a drag is not a click on the stage (which would deselect in the explorer)...
    expect(after.clicks).toBe(0);
    // ...and a click without a drag still is (once sigma's double-click window has passed: the
    // release counts as the first click of a double click, as after sigma's own drags).
    await page.waitForTimeout(400);
    await page.mouse.click(20, 20);
    await expect.poll(async () => (await state()).clicks).toBe(1);
  });

  it('ends a drag whose button was released outside the page at the next move', async () => {
    await page.waitForTimeout(400);
    const before = await state();
    await page.mouse.move(20, 20);
    await page.mouse.down();
    await page.mouse.move(60, 40, { steps: 4 });
    expect((await state()).transform).toBe('translate(40px, 20px) scale(1)');
    // As when another window took the mouseup: the next move comes with no button held.
    await page.evaluate(() =>
      document.dispatchEvent(new MouseEvent('mousemove', { clientX: 90, clientY: 90, buttons: 0, bubbles: true })),
    );
    await frames();
    const after = await state();
    expect(after.transform).toBe('');
    expect(after.node.x - before.node.x).toBeCloseTo(40, 1);
    expect(after.node.y - before.node.y).toBeCloseTo(20, 1);
    // Nor does sigma go on panning with later moves.
    await page.evaluate(() =>
      document.dispatchEvent(new MouseEvent('mousemove', { clientX: 150, clientY: 160, buttons: 0, bubbles: true })),
    );
    await frames();
    expect((await state()).camera).toEqual(after.camera);
    await page.mouse.up();
  });

  it('zooms the picture around the pointer while the wheel turns, then the camera', async () => {
    const at = { x: 400, y: 300 };
    const before = await state(at);
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -100);
    await page.mouse.wheel(0, -100);
    const during = await state(at);
    expect(during.camera).toEqual(before.camera);
    expect(during.transform).toMatch(/scale\((\d|\.)+\)/);
    const scale = Number(/scale\(([\d.]+)\)/.exec(during.transform)![1]);
    expect(scale).toBeGreaterThan(1.5);
    // Once the wheel rests, the camera takes the picture's zoom, and the point under the pointer stays there.
    await expect.poll(async () => (await state(at)).transform, { timeout: 5_000 }).toBe('');
    await frames();
    const after = await state(at);
    // (The scale read back from CSS is rounded to six significant digits.)
    expect(after.camera.ratio).toBeCloseTo(before.camera.ratio / scale, 4);
    const graphUnit = Math.abs(
      before.under.x - (await page.evaluate(() => window.__canvas!.renderer.viewportToGraph({ x: 401, y: 300 }).x)),
    );
    expect(Math.abs(after.under.x - before.under.x)).toBeLessThan(graphUnit);
    expect(Math.abs(after.under.y - before.under.y)).toBeLessThan(graphUnit);
  });

  it('leaves a drag that starts on a node to sigma', async () => {
    const { node } = await state();
    await page.mouse.move(node.x, node.y);
    await page.mouse.down();
    await page.mouse.move(node.x + 60, node.y + 30, { steps: 4 });
    expect((await state()).transform).toBe('');
    await page.mouse.up();
  });
});
