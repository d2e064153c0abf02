// The directory, the actor page and tablet widths in a real browser: Chromium loads the built
// explorer from the API server, which reads the seeded test Neo4j. Screenshots go to test-results/.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BootedPonte } from '../../server/src/boot.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTEFACTS, closeExplorer, openExplorer } from './helpers/explorer.js';
import { associationWithHiddenMembers } from './helpers/hidden-members.js';

const artefacts = ARTEFACTS;
let ponte: BootedPonte;
let browser: Browser;
let page: Page;
let base: string;

async function cypherCount(query: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await ponte.driver.executeQuery(query, params, { database: inject('neo4jDatabase') });
  return Number(records[0]!.get('n'));
}

async function shownTotal(): Promise<number> {
  return Number(await page.getByTestId('directory-count').getAttribute('data-total'));
}

/** The directory has answered for the current URL (no request in flight). */
async function settled(): Promise<void> {
  await page
    .locator('[data-testid=directory-table][aria-busy=false], [data-testid=directory-count]')
    .first()
    .waitFor({ timeout: 20_000 });
  await expect
    .poll(() => page.getByRole('status').filter({ hasText: 'Loading…' }).count(), { timeout: 20_000 })
    .toBe(0);
}

beforeAll(async () => {
  ({ ponte, browser, page, base } = await openExplorer());
});

afterAll(() => closeExplorer({ browser, ponte }));

describe('the directory', () => {
  it('lists every actor an anonymous visitor may see, migrants only as counts', async () => {
    await page.goto(`${base}/#/directory`);
    await page.getByTestId('directory-table').waitFor({ timeout: 20_000 });
    await settled();
    expect(await shownTotal()).toBe(await cypherCount('MATCH (a:Actor) WHERE NOT a:Migrant RETURN count(a) AS n'));
    expect(await page.getByTestId('directory-table').locator('tbody tr').count()).toBe(25);
    await page.getByRole('navigation', { name: 'Actor kinds' }).getByRole('button', { name: 'Migrant' }).click();
    await expect.poll(shownTotal, { timeout: 20_000 }).toBe(0);
    expect(await page.getByText(/Migrants are listed only to signed-in users/).count()).toBe(1);
  });

  it('filters by kind and country, pages with cursors, and keeps it all in the URL', async () => {
    await page.getByRole('navigation', { name: 'Actor kinds' }).getByRole('button', { name: 'Association' }).click();
    await page.getByRole('group', { name: 'Country' }).getByLabel('Italy').check();
    await expect.poll(() => page.url()).toMatch(/#\/directory\?kind=Association&country=IT$/);
    const associationsInItaly = await cypherCount("MATCH (a:Association {country: 'IT'}) RETURN count(a) AS n");
    await expect.poll(shownTotal, { timeout: 20_000 }).toBe(associationsInItaly);
    const rows = page.getByTestId('directory-table').locator('tbody tr');
    await settled();
    // Every row is an Italian association.
    for (const text of await rows.allTextContents()) expect(text).toMatch(/Association.*Italy/);

    // Page 2 starts where page 1 ended (sorted by name), and the URL carries its cursor.
    expect(associationsInItaly).toBeGreaterThan(25);
    const firstPage = await rows.locator('td:first-child').allTextContents();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByTestId('directory-page').textContent()).toBe('Page 2');
    await expect
      .poll(async () => (await rows.locator('td:first-child').allTextContents()).join('|'), { timeout: 20_000 })
      .not.toBe(firstPage.join('|'));
    const secondPage = await rows.locator('td:first-child').allTextContents();
    expect(secondPage.length).toBe(Math.min(25, associationsInItaly - 25));
    expect(secondPage.some((name) => firstPage.includes(name))).toBe(false);
    expect(page.url()).toMatch(/&after=[^&]+&page=2$/);
    await page.screenshot({ path: path.join(artefacts, 'directory.png'), fullPage: true });

    // A reload of the shared URL shows the same page; "previous" goes back to the first.
    await page.reload();
    await expect
      .poll(async () => (await rows.locator('td:first-child').allTextContents()).join('|'), { timeout: 20_000 })
      .toBe(secondPage.join('|'));
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect
      .poll(async () => (await rows.locator('td:first-child').allTextContents()).join('|'), { timeout: 20_000 })
      .toBe(firstPage.join('|'));
  });

  it('searches names with the full-text index (accents folded) within the filters', async () => {
    await page.getByLabel('Name or words').fill('cerfe');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.url()).toContain('q=cerfe');
    const rows = page.getByTestId('directory-table').locator('tbody tr');
    await expect.poll(() => rows.filter({ hasText: 'CERFE' }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/directory\?kind=Association$/);
  });
});

describe('an actor page', () => {
  it('shows the fields, the ties by type with dates and sources, and a mini-graph', async () => {
    await page.goto(`${base}/#/directory?kind=Association&q=cerfe`);
    await page.getByTestId('directory-table').getByRole('link', { name: /CERFE/ }).first().click();
    await expect.poll(() => page.url()).toMatch(/#\/actor\?id=assoc-cerfe$/);
    const ties = page.getByTestId('actor-ties');
    await ties.locator('h4').first().waitFor({ timeout: 20_000 });
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toMatch(/CERFE/);
    expect(await page.getByTestId('actor-fields').textContent()).toMatch(/Type/);

    // Every tie of CERFE, of every type, is listed once.
    const tieCount = await cypherCount("MATCH (:Actor {id: 'assoc-cerfe'})-[r]-() RETURN count(r) AS n");
    await expect.poll(() => ties.locator('li').count(), { timeout: 20_000 }).toBe(tieCount);
    const types = await cypherCount("MATCH (:Actor {id: 'assoc-cerfe'})-[r]-() RETURN count(DISTINCT type(r)) AS n");
    expect(await ties.locator('h4').count()).toBe(types);
    // Relationship types are named in words, not as stored (PARTNERS_WITH → "partners with").
    for (const heading of await ties.locator('h4').allTextContents()) expect(heading).toMatch(/^[a-z ]+ \(\d+\)$/);
    expect(await ties.locator('h4[data-type=PARTNERS_WITH]').textContent()).toMatch(/^partners with \(\d+\)$/);
    expect(await ties.textContent()).toMatch(/since \d{4}-\d{2}-\d{2}/);

    // The mini-graph holds CERFE and its neighbours.
    const neighbours = await cypherCount("MATCH (:Actor {id: 'assoc-cerfe'})-[r]-(n) RETURN count(DISTINCT n) AS n");
    const mini = page.getByTestId('mini-graph');
    await expect
      .poll(async () => Number(await mini.getAttribute('data-nodes')), { timeout: 20_000 })
      .toBeGreaterThan(1);
    expect(Number(await mini.getAttribute('data-nodes'))).toBeGreaterThanOrEqual(Math.min(neighbours + 1, 301));
    expect(await mini.locator('canvas').count()).toBeGreaterThan(1);

    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(artefacts, 'actor-page.png'), fullPage: true });
  });

  it('lists no migrant member to a visitor, not even masked (migrants are only counts for them)', async () => {
    const association = await associationWithHiddenMembers(ponte);
    await page.goto(`${base}/#/actor?id=${association.id}`);
    const members = page.getByTestId('actor-ties').locator('h4[data-type=MEMBER_OF] + ul li');
    await expect.poll(() => members.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // Graph answers for a visitor are computed without migrants (docs/privacy.md).
    expect(await members.locator('xpath=self::li[contains(@class, "masked")]').count()).toBe(0);
    expect(await members.filter({ hasText: 'no consent to be named' }).count()).toBe(0);
    expect(await members.filter({ hasText: 'Migrant' }).count()).toBe(0);
    expect(await members.filter({ hasText: 'Association' }).locator('a[href^="#/actor"]').count()).toBeGreaterThan(0);
    const html = await page.content();
    for (const person of association.hidden) {
      expect(html).not.toContain(person.name);
      expect(html).not.toContain(person.id);
    }
    // The mini-graph's pictograms are decoded once per session and appear a moment later.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(artefacts, 'actor-page-masked.png'), fullPage: true });
  });

  it('opens the actor in Explore, whose details panel links back to the page', async () => {
    await page.goto(`${base}/#/actor?id=assoc-cerfe`);
    await page.getByRole('button', { name: 'Open in Explore' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/explore\?ids=assoc-cerfe&sel=assoc-cerfe$/);
    await expect
      .poll(() => page.getByTestId('details').getAttribute('data-id'), { timeout: 20_000 })
      .toBe('assoc-cerfe');
    await page.getByTestId('details').getByRole('link', { name: 'Open its page' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/actor\?id=assoc-cerfe$/);
  });

  it('says so when an actor is not visible, without asking for its ties', async () => {
    const { records } = await ponte.driver.executeQuery(
      "MATCH (m:Migrant {consent: 'NONE'}) RETURN m.id AS id LIMIT 1",
      {},
      { database: inject('neo4jDatabase') },
    );
    const hiddenId = records[0]!.get('id') as string;
    await page.goto(`${base}/#/actor?id=${hiddenId}`);
    await page.getByText(/is visible to you/).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('actor-ties').count()).toBe(0);
  });
});

describe('the corridors map', () => {
  it('draws the 32 regions and one curve per corridor, with counts on hover', async () => {
    await page.goto(`${base}/#/corridors`);
    const map = page.getByTestId('corridors-map');
    await map.waitFor({ timeout: 20_000 });
    expect(await map.locator('.regions path').count()).toBe(32);
    expect(await map.locator('.regions path[data-code^="IT-"]').count()).toBe(20);
    expect(await map.locator('.regions path[data-code^="MA-"]').count()).toBe(12);
    // Folded rows (small corridors below staff: "<Italian region> → other regions of origin", then
    // "Other regions → other regions of origin") have no place on the map.
    const rows = page.getByTestId('corridors-table').locator('tbody tr:not(.folded)');
    expect(await rows.count()).toBeGreaterThan(0);
    const folded = page.getByTestId('corridors-table').locator('tbody tr.folded');
    expect(await folded.count()).toBeGreaterThan(0);
    for (const row of await folded.all())
      expect(await row.locator('td').nth(1).textContent()).toBe('other regions of origin');
    expect(await folded.first().locator('td').first().textContent()).not.toBe('Other regions'); // an Italian region keeps its name
    expect(await map.locator('.arcs path').count()).toBe(await rows.count());
    // The largest corridor is drawn first and thickest; hovering it names it and its count.
    const first = map.locator('.arcs path').first();
    const migrants = Number(await first.getAttribute('data-migrants'));
    expect(migrants).toBe(Number(await rows.first().locator('td').nth(2).textContent()));
    await first.dispatchEvent('mouseenter');
    const hover = page.getByTestId('corridors-map-hover');
    await hover.waitFor();
    expect(await hover.textContent()).toContain(`${migrants} migrants`);
    expect(await rows.first().getAttribute('class')).toContain('hovered');
    await page.screenshot({ path: path.join(artefacts, 'corridors-map.png'), fullPage: true });
  });
});

describe('in Arabic', () => {
  it('lays the interface out right to left, keeps the canvas left to right, and names relationship types', async () => {
    const arabic = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ar-MA' });
    try {
      // Chosen from the browser's language on a first visit.
      await arabic.goto(`${base}/#/explore?ids=funder-hassan-ii-foundation`);
      await expect.poll(() => arabic.locator('html').getAttribute('dir'), { timeout: 20_000 }).toBe('rtl');
      expect(await arabic.locator('html').getAttribute('lang')).toBe('ar');
      expect(await arabic.getByRole('navigation').first().getByRole('link').first().textContent()).toBe('استكشاف');
      expect(await arabic.locator('.canvas-wrap').getAttribute('dir')).toBe('ltr');
      // The side panels swap sides: the search panel is on the right of the canvas.
      const canvasBox = (await arabic.getByTestId('graph-canvas').boundingBox())!;
      const searchBox = (await arabic.getByRole('combobox', { name: 'البحث في الشبكة' }).boundingBox())!;
      expect(searchBox.x).toBeGreaterThan(canvasBox.x + canvasBox.width - 1);
      await expect
        .poll(async () => Number(await arabic.getByTestId('graph-canvas').getAttribute('data-nodes')), {
          timeout: 20_000,
        })
        .toBeGreaterThan(1);
      // Relationship types are named in Arabic in the filter panel (and the legend).
      await arabic.getByRole('checkbox', { name: 'شريك لـ' }).waitFor();
      await arabic.waitForTimeout(500);
      await arabic.locator('[data-testid=graph-canvas][data-layout=idle]').waitFor({ timeout: 15_000 });
      expect(await arabic.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)).toBe(0);
      await arabic.screenshot({ path: path.join(artefacts, 'explore-ar.png') });
      await arabic.goto(`${base}/#/actor?id=assoc-cerfe`);
      await arabic.getByTestId('actor-ties').locator('h4[data-type=PARTNERS_WITH]').waitFor({ timeout: 20_000 });
      expect(await arabic.getByTestId('actor-ties').locator('h4[data-type=PARTNERS_WITH]').textContent()).toMatch(
        /^شريك لـ \(\d+\)$/,
      );
      await arabic.screenshot({ path: path.join(artefacts, 'actor-page-ar.png'), fullPage: true });
      // Switchable like the others.
      await arabic.getByRole('combobox', { name: 'اللغة' }).selectOption('en');
      await expect.poll(() => arabic.locator('html').getAttribute('dir')).toBe('ltr');
    } finally {
      await arabic.close();
    }
  });
});

describe('at tablet width (800×1280)', () => {
  it('renders every view without horizontal overflow', async () => {
    const tablet = await browser.newPage({ viewport: { width: 800, height: 1280 } });
    try {
      // Each view with what shows that its answer has arrived: overflow is measured on the full view.
      const views: [string, string][] = [
        [
          'explore?ids=funder-hassan-ii-foundation',
          '[data-testid=graph-canvas][data-layout=idle]:not([data-nodes="0"])',
        ],
        [
          'paths?ids=funder-hassan-ii-foundation&from=funder-hassan-ii-foundation&to=assoc-cerfe&p=0',
          '[data-testid=path-result]',
        ],
        ['introductions?from=assoc-al-ouissal&want=Funder', '[data-testid=introductions-table]'],
        ['corridors', '[data-testid=corridors-map]'],
        ['stats', '[data-testid=brokers-table]'],
        [
          'matches?migrant=migrant-youssef-b&project=project-honey-and-aromatic-plants-oujda',
          '[data-testid=support-matches]',
        ],
        ['directory', '[data-testid=directory-table]'],
        ['actor?id=assoc-cerfe', '[data-testid=mini-graph]'],
      ];
      for (const [view, ready] of views) {
        await tablet.goto(`${base}/#/${view}`);
        await tablet.locator(ready).first().waitFor({ timeout: 30_000 });
        await tablet.waitForTimeout(800);
        // Neither the page nor the scrolling main area is wider than the screen.
        const overflow = await tablet.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
        const mainOverflow = await tablet.locator('main').evaluate((main) => main.scrollWidth - main.clientWidth);
        expect({ view, overflow, mainOverflow }).toEqual({ view, overflow: 0, mainOverflow: 0 });
        // The views stay reachable: below 900 px they fold into a menu, which opens on screen.
        const menu = tablet.getByRole('button', { name: 'Menu' });
        await menu.click();
        const nav = (await tablet.getByRole('navigation', { name: 'Views' }).boundingBox())!;
        expect(nav.x + nav.width).toBeLessThanOrEqual(800);
        await menu.click();
        await tablet.screenshot({ path: path.join(artefacts, `tablet-${view.split('?')[0]}.png`), fullPage: true });
      }
    } finally {
      await tablet.close();
    }
    // Eight views, each waiting for its answer, on a machine that may be busy.
  }, 240_000);
});
