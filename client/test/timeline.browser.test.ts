// The canvas's timeline in a real browser (issue #14): on a small graph whose dates are known, the
// histogram counts the ties active each year by the rule of time, Play slides the years and stops
// at the last year with data, and playing neither moves a node nor asks the API again; stepping
// the brush by keyboard fades ties in and out exactly as the server's rule says. Setting "as of"
// on a view goes into the URL and changes the answer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isNodeActiveOn, isTieActiveOn } from '../../server/src/network/time.js';
import { ARTEFACTS, useExplorer } from './helpers/explorer.js';

type Life = { founded?: string; closed?: string; date?: string };
const NODES: Record<string, { labels: string; name: string; country: string; life: Life; extra?: string }> = {
  'assoc-a': { labels: 'Association:Actor', name: 'Associazione Alfa', country: 'IT', life: { founded: '2004-03-01' } },
  'funder-f': { labels: 'Funder:Actor', name: 'Fondation Fès', country: 'MA', life: { founded: '2007-06-01' } },
  'firm-b': { labels: 'Firm:Actor', name: 'Cooperativa Beta', country: 'IT', life: {} },
  'event-e': { labels: 'Event', name: 'Incontro di Roma', country: 'IT', life: { date: '2008-05-10' } },
  'pa-p': {
    labels: 'PublicAdministration:Actor',
    name: 'Comune di Prova',
    country: 'IT',
    life: { founded: '2003-01-01', closed: '2009-12-31' },
  },
};
const TIES: { type: string; from: string; to: string; since?: string; until?: string }[] = [
  // Dated before the funder existed: active from its founding only.
  { type: 'FUNDS', from: 'funder-f', to: 'assoc-a', since: '2005-01-01' },
  { type: 'PARTNERS_WITH', from: 'firm-b', to: 'assoc-a', since: '2003-01-01', until: '2005-06-30' },
  // Attendance: the event's day only.
  { type: 'ATTENDED', from: 'assoc-a', to: 'event-e' },
  { type: 'ATTENDED', from: 'firm-b', to: 'event-e' },
  // Undated: within both ends' lifetimes.
  { type: 'FUNDS', from: 'pa-p', to: 'assoc-a' },
  { type: 'PARTNERS_WITH', from: 'pa-p', to: 'firm-b', since: '2006-01-01' },
];

const ACTOR = 'altNames: [], tags: [], services: [], sources: [], synthetic: false';
const props = (o: Record<string, string | undefined>) =>
  Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: date('${v}')`);
const GRAPH = `CREATE ${[
  ...Object.entries(NODES).map(
    ([id, n]) =>
      `(\`${id}\`:${n.labels} {${[`id: '${id}'`, `name: '${n.name}'`, `country: '${n.country}'`, ...props(n.life), ...(n.labels.includes('Actor') ? [ACTOR] : [])].join(', ')}})`,
  ),
  ...TIES.map(
    (t) =>
      `(\`${t.from}\`)-[:${t.type} {${['confidence: 0.8', ...props({ since: t.since, until: t.until })].join(', ')}}]->(\`${t.to}\`)`,
  ),
].join(',\n')}`;

/** Every day of a range of years. */
function days(first: number, last: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(first, 0, 1); new Date(t).getUTCFullYear() <= last; t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
/** What the server's rule says is active on at least one day of the years, counted the slow way. */
function expected(first: number, last: number): { ties: number; nodes: number } {
  const all = days(first, last);
  return {
    ties: TIES.filter((t) => all.some((d) => isTieActiveOn(t, NODES[t.from]!.life, NODES[t.to]!.life, d))).length,
    nodes: Object.values(NODES).filter((n) => all.some((d) => isNodeActiveOn(n.life, d))).length,
  };
}

const explorer = useExplorer({ graph: GRAPH });
const timeline = () => explorer.page.getByTestId('timeline');
const attr = async (name: string) => (await timeline().getAttribute(name)) ?? '';

/** The picture's geometry, from the SVG export: where every node and tie is drawn. */
async function geometry(page: Page, name: string): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'SVG image' }).click(),
  ]);
  const file = path.join(ARTEFACTS, name);
  await download.saveAs(file);
  return [...readFileSync(file, 'utf8').matchAll(/ (?:d|x1|y1|x2|y2)="[^"]*"/g)].map((m) => m[0]);
}

describe('the timeline', () => {
  it('counts ties by year by the rule, over the years the data covers', async () => {
    const { page, base } = explorer;
    await page.goto(`${base}/#/explore?ids=assoc-a`);
    const canvas = page.getByTestId('graph-canvas');
    await expect.poll(async () => Number(await canvas.getAttribute('data-held-nodes')), { timeout: 60_000 }).toBe(5);
    expect(Number(await canvas.getAttribute('data-held-edges'))).toBe(TIES.length);
    await timeline().waitFor();
    // From the first bound (the administration founded in 2003) to the last (closed in 2009): not to today.
    expect(await attr('data-covered')).toBe('2003-2009');
    const bars = timeline().locator('.bar');
    expect(await bars.count()).toBe(7);
    for (let year = 2003; year <= 2009; year++) {
      const bar = timeline().locator(`.bar[data-year="${year}"]`);
      expect(Number(await bar.getAttribute('data-count')), String(year)).toBe(expected(year, year).ties);
    }
    // All years brushed: nothing is faded.
    expect(Number(await attr('data-active-ties'))).toBe(TIES.length);
  });

  it('plays without moving a node or asking the API, and stops at the last year with data', async () => {
    const { page } = explorer;
    // The layout that follows the first load settles first (ForceAtlas2 for a few seconds).
    await expect.poll(() => page.getByTestId('graph-canvas').getAttribute('data-held-nodes')).toBe('5');
    await page.locator('[data-testid=graph-canvas][data-layout=idle]').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    const before = await geometry(page, 'timeline-before.svg');
    expect(before.length).toBeGreaterThan(5);
    let requests = 0;
    const count = (request: { url(): string }) => {
      if (request.url().includes('/graphql')) requests++;
    };
    page.on('request', count);
    const layouts = new Set<string>();
    const ranges: string[] = [];
    await page.getByRole('button', { name: 'Play' }).click();
    // Watch the years go by (each step shows for over a second).
    await expect
      .poll(
        async () => {
          const range = await attr('data-range');
          if (ranges.at(-1) !== range) ranges.push(range);
          layouts.add((await page.getByTestId('graph-canvas').getAttribute('data-layout')) ?? '');
          return range;
        },
        { timeout: 20_000, interval: 100 },
      )
      .toBe('2005-2005');
    await page.getByRole('button', { name: 'Pause' }).click();
    const range = await attr('data-range');
    const [first, last] = range.split('-').map(Number) as [number, number];
    expect(Number(await attr('data-active-ties'))).toBe(expected(first, last).ties);
    expect(Number(await attr('data-active-nodes'))).toBe(expected(first, last).nodes);
    await page.screenshot({ path: path.join(ARTEFACTS, 'timeline-paused.png') });
    expect(await geometry(page, 'timeline-paused.svg')).toEqual(before);

    // Play on to the end: it stops at 2009, the last year with data.
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => attr('data-playing'), { timeout: 30_000 }).toBe('false');
    expect(await attr('data-range')).toBe('2009-2009');
    expect(ranges.slice(0, 3)).toEqual(['2003-2003', '2004-2004', '2005-2005']);
    expect([...layouts]).toEqual(['idle']);
    expect(requests).toBe(0);
    page.off('request', count);
    expect(await geometry(page, 'timeline-played.svg')).toEqual(before);
    expect(page.url()).not.toContain('asOf');
  });

  it('fades ties in and out by the rule as the brush moves by keyboard', async () => {
    const { page } = explorer;
    const brush = page.getByRole('slider', { name: 'Years shown' });
    await brush.focus();
    await page.keyboard.press('Home');
    for (let year = 2003; year <= 2009; year++) {
      await expect.poll(() => attr('data-range')).toBe(`${year}-${year}`);
      expect(Number(await attr('data-active-ties')), String(year)).toBe(expected(year, year).ties);
      expect(Number(await attr('data-active-nodes')), String(year)).toBe(expected(year, year).nodes);
      if (year === 2008) await page.screenshot({ path: path.join(ARTEFACTS, 'timeline-2008.png') });
      await page.keyboard.press('ArrowRight');
    }
    // Never past the data.
    expect(await attr('data-range')).toBe('2009-2009');
    // Widen with the first handle: 2006–2009.
    const start = page.getByRole('slider', { name: 'First year shown' });
    await start.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => attr('data-range')).toBe('2006-2009');
    expect(Number(await attr('data-active-ties'))).toBe(expected(2006, 2009).ties);
    expect(await start.getAttribute('aria-valuenow')).toBe('2006');
    await page.getByRole('button', { name: 'All years' }).click();
    await expect.poll(() => attr('data-active-ties')).toBe(String(TIES.length));
  });
});

describe('"as of" on a view', () => {
  it('goes into the URL and changes the answer', async () => {
    const { page, base } = explorer;
    await page.goto(`${base}/#/explore?ids=assoc-a`);
    const canvas = page.getByTestId('graph-canvas');
    await expect.poll(async () => Number(await canvas.getAttribute('data-held-nodes')), { timeout: 60_000 }).toBe(5);
    await page.getByLabel('As of').fill('2005-03-01');
    await expect.poll(() => page.url()).toContain('asOf=2005-03-01');
    // In March 2005 the funder did not exist yet and the event was three years away: only the
    // administration's and the firm's ties to the association were active.
    await expect.poll(async () => Number(await canvas.getAttribute('data-held-nodes')), { timeout: 60_000 }).toBe(3);
    expect(Number(await canvas.getAttribute('data-held-edges'))).toBe(2);
    // The link, opened afresh, asks the same question.
    const other = await explorer.browser.newPage();
    try {
      await other.goto(page.url());
      const again = other.getByTestId('graph-canvas');
      await expect.poll(async () => Number(await again.getAttribute('data-held-nodes')), { timeout: 20_000 }).toBe(3);
      expect(await other.getByLabel('As of').inputValue()).toBe('2005-03-01');
    } finally {
      await other.close();
    }
  }, 180_000);

  it('asks common connections as of the day in the URL', async () => {
    const { page, base } = explorer;
    await page.goto(`${base}/#/common?actors=assoc-a,firm-b`);
    const table = page.getByTestId('common-connections');
    // Attributes read one by one: the explorer's CSP leaves no room for evaluating code in the page.
    const rows = async () => {
      const trs = table.locator('tr[data-id]');
      const ids: string[] = [];
      for (let i = 0; i < (await trs.count()); i++) ids.push((await trs.nth(i).getAttribute('data-id')) ?? '');
      return ids.sort();
    };
    // Over all of history: the administration both are tied to, and the event both attended.
    await expect.poll(rows, { timeout: 60_000 }).toEqual(['event-e', 'pa-p']);
    const asOf = page.getByLabel('As of');
    // In 2007 the event was a year away; the administration partnered the firm since 2006.
    await asOf.fill('2007-01-01');
    await expect.poll(() => page.url()).toContain('asOf=2007-01-01');
    await expect.poll(rows, { timeout: 20_000 }).toEqual(['pa-p']);
    // In March 2005 nothing was shared yet.
    await asOf.fill('2005-03-01');
    await expect.poll(() => page.url()).toContain('asOf=2005-03-01');
    await expect.poll(rows, { timeout: 20_000 }).toEqual([]);
    await expect.poll(() => table.textContent()).toContain('Nothing found.');
    // Moving to another view that asks as of a day keeps the day.
    await page.getByRole('navigation').getByRole('link', { name: 'Brokers & statistics' }).click();
    await expect.poll(() => page.url()).toContain('#/stats?asOf=2005-03-01');
    expect(await page.getByLabel('As of').inputValue()).toBe('2005-03-01');
  });
});
