// Network analytics in a real browser on the seeded test database (docs/analytics.md#in-the-explorer):
// the canvas sized by PageRank and filtered to one community, then the ranked table and its CSV.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTEFACTS, useExplorer } from './helpers/explorer.js';

const explorer = useExplorer();
const HASSAN = 'funder-hassan-ii-foundation';

describe('network analytics in the explorer', () => {
  it('sizes the canvas by PageRank and shows one community only', async () => {
    const { page, base } = explorer;
    await page.goto(`${base}/#/explore?ids=${HASSAN}`);
    const canvas = page.getByTestId('graph-canvas');
    const nodes = async () => Number(await canvas.getAttribute('data-nodes'));
    await expect.poll(nodes, { timeout: 30_000 }).toBeGreaterThan(3);
    const panel = page.getByTestId('canvas-metrics');
    await page.getByTestId('size-by-metric').selectOption('PAGE_RANK');
    // The nodes active today have metrics (the canvas also holds past events and ties, which the
    // day's graph does not; they keep their usual look).
    const styled = async () => Number(await panel.getAttribute('data-styled'));
    await expect.poll(styled, { timeout: 30_000 }).toBeGreaterThan(1);
    expect(await styled()).toBeLessThanOrEqual(await nodes());
    // The five largest by PageRank, largest first: the first takes the largest size, and no
    // node of lower PageRank is drawn larger.
    const top = page.getByTestId('canvas-metrics-top').locator('li');
    await expect.poll(() => top.count()).toBeGreaterThan(1);
    const sizes = (await top.evaluateAll((items) =>
      items.map((li) => Number(li.getAttribute('data-size'))),
    )) as number[];
    expect(sizes[0]).toBe(22);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]!);
    await page.screenshot({ path: path.join(ARTEFACTS, 'analytics-pagerank.png') });

    // One community: every node outside it is hidden, its members stay; the choice undone, the
    // canvas is drawn as before (past events stay hidden, as the canvas's filters say).
    const drawnBefore = await nodes();
    const held = Number(await canvas.getAttribute('data-held-nodes'));
    const filter = page.getByTestId('community-filter');
    const option = filter.locator('option').nth(1);
    const members = Number(/\((\d+)\)\s*$/.exec((await option.textContent()) ?? '')![1]);
    expect(members).toBeGreaterThan(0);
    expect(members).toBeLessThan(drawnBefore);
    await filter.selectOption({ index: 1 });
    await expect.poll(async () => Number(await panel.getAttribute('data-hidden'))).toBe(held - members);
    await expect.poll(nodes).toBeLessThanOrEqual(members);
    expect(await nodes()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTEFACTS, 'analytics-community.png') });
    await filter.selectOption({ index: 0 });
    await expect.poll(nodes).toBe(drawnBefore);
    await expect.poll(async () => Number(await panel.getAttribute('data-hidden'))).toBe(0);
  });

  it('ranks every node in the analytics view and exports the ranking as CSV', async () => {
    const { page, base } = explorer;
    await page.goto(`${base}/#/analytics`);
    const table = page.getByTestId('metrics-table');
    await table.waitFor({ timeout: 30_000 });
    expect(Number(await table.getAttribute('data-total'))).toBeGreaterThan(50);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(50);
    await page.getByTestId('order-by').selectOption('BETWEENNESS');
    await expect.poll(() => page.getByRole('heading', { name: 'Betweenness' }).count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the table (CSV)' }).click(),
    ]);
    const file = path.join(ARTEFACTS, 'metrics.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('rank,id,name,kind,country,degree,weightedDegree,pageRank,betweenness,community');
    expect(lines.length - 1).toBe(Math.min(1000, Number(await table.getAttribute('data-total'))));
    expect(lines[1]!.startsWith('1,')).toBe(true);
    // The brokerage roles of the brokers of the view's day: the programme's last year.
    await page.getByLabel('On the day').fill('2009-06-01');
    await expect
      .poll(() => page.getByTestId('brokerage-table').locator('tbody tr').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTEFACTS, 'analytics-view.png'), fullPage: true });
  });
});
