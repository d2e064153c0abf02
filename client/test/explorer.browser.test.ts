// The whole chain in a real browser: Chromium loads the built explorer from the API server, which
// reads the seeded test Neo4j. Screenshots go to test-results/ as artefacts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BootedPonte } from '../../server/src/boot.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { signIn } from './helpers/browser.js';
import { associationWithHiddenMembers } from './helpers/hidden-members.js';
import { ARTEFACTS, closeExplorer, openExplorer } from './helpers/explorer.js';

const artefacts = ARTEFACTS;
let ponte: BootedPonte;
let browser: Browser;
let page: Page;
let base: string;

const HASSAN = 'funder-hassan-ii-foundation';
const IOM = 'pa-iom-italy';
const CERFE = 'assoc-cerfe';

async function canvasCount(attribute: 'data-nodes' | 'data-edges'): Promise<number> {
  return Number(await page.getByTestId('graph-canvas').getAttribute(attribute));
}

// A selector, not a page function: the explorer's CSP (script-src 'self') forbids evaluating strings.
const LAYOUT_IDLE = '[data-testid=graph-canvas][data-layout=idle]';

/** ForceAtlas2 runs for a few seconds after each change; screenshots wait for it to settle. */
async function waitForLayout(): Promise<void> {
  await page.locator(LAYOUT_IDLE).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(400);
}

beforeAll(async () => {
  ({ ponte, browser, page, base } = await openExplorer());
});

afterAll(() => closeExplorer({ browser, ponte }));

describe('the explorer', () => {
  it('shows actor counts read from the database', async () => {
    await page.goto(base);
    const total = page.getByTestId('count-total');
    await total.waitFor();
    await expect.poll(async () => Number(await total.getAttribute('data-count'))).toBeGreaterThan(0);
    // Each kind's count comes from the database, so it equals what Cypher counts.
    const { records } = await ponte.driver.executeQuery(
      'MATCH (a:Actor) RETURN count(a) AS n',
      {},
      { database: inject('neo4jDatabase') },
    );
    expect(Number(await total.getAttribute('data-count'))).toBe(Number(records[0]!.get('n')));
    await page.screenshot({ path: path.join(artefacts, 'home.png'), fullPage: true });
  });

  it('finds every kind of node, in Arabic script too, grouped by kind', async () => {
    const box = page.getByRole('combobox', { name: /search the network/i });
    await box.fill('فاس');
    const list = page.getByRole('listbox');
    await list.getByRole('option').filter({ hasText: 'Fès-Meknès' }).first().waitFor();
    // The region first (its Arabic name answered, shown next to it), under its kind's heading.
    const first = list.locator('li').first();
    expect(await first.getAttribute('role')).toBe('presentation');
    expect(await first.textContent()).toMatch(/Regions/);
    const option = list.getByRole('option').first();
    expect(await option.textContent()).toMatch(/Fès-Meknès/);
    expect(await option.textContent()).toContain('فاس مكناس');
    // Each kind's heading comes once: the hits of one kind are together.
    const headings = await list.locator('li[role="presentation"]').allTextContents();
    expect(new Set(headings).size).toBe(headings.length);
  });

  it('lists search matches as the user types, accents folded', async () => {
    const box = page.getByRole('combobox', { name: /search the network/i });
    await box.fill('fondation residant etranger');
    const first = page
      .getByRole('listbox')
      .getByRole('option')
      .filter({ hasText: /Hassan II/ })
      .first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/Hassan II/);
    await page.screenshot({ path: path.join(artefacts, 'search.png'), fullPage: true });
  });

  it('puts a picked actor and its neighbours on the canvas, and expands a neighbour', async () => {
    await page
      .getByRole('listbox')
      .getByRole('option')
      .filter({ hasText: /Hassan II/ })
      .first()
      .click();
    const canvas = page.getByTestId('graph-canvas');
    await expect.poll(() => canvasCount('data-nodes'), { timeout: 20_000 }).toBeGreaterThan(1);
    await expect.poll(() => page.getByTestId('details').getAttribute('data-id')).toBe(HASSAN);
    expect(page.url()).toContain(`ids=${HASSAN}`);
    // Every actor tied to the foundation (geographic ties aside) is on the canvas; events are held
    // but hidden by default (their attendance drawn as met-at ties).
    const { records } = await ponte.driver.executeQuery(
      'MATCH (:Actor {id: $id})-[r]-(n) WHERE NOT type(r) IN ["BASED_IN", "ORIGINATES_FROM", "TARGETS"] AND NOT n:Event RETURN count(DISTINCT n) AS n',
      { id: HASSAN },
      { database: inject('neo4jDatabase') },
    );
    expect(await canvasCount('data-nodes')).toBe(1 + Number(records[0]!.get('n')));
    await waitForLayout();
    expect(await canvas.locator('canvas').count()).toBeGreaterThan(2);
    await page.screenshot({ path: path.join(artefacts, 'explore.png') });

    // Expand IOM Italy from the details panel: its own neighbours join the canvas.
    const before = await canvasCount('data-nodes');
    await page.getByTestId('details').getByRole('button', { name: 'IOM Italy' }).first().click();
    await expect.poll(() => page.getByTestId('details').getAttribute('data-id')).toBe(IOM);
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await expect.poll(() => canvasCount('data-nodes'), { timeout: 20_000 }).toBeGreaterThan(before);
    expect(page.url()).toContain(`ids=${HASSAN},${IOM}`);
    await waitForLayout();
    await page.screenshot({ path: path.join(artefacts, 'explore-expanded.png') });

    // Undo takes the expansion back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => canvasCount('data-nodes')).toBe(before);
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await expect.poll(() => canvasCount('data-nodes'), { timeout: 20_000 }).toBeGreaterThan(before);
  });

  it('drags the canvas without losing the selection; without a GPU the drawn picture moves', async () => {
    await waitForLayout();
    const canvas = page.getByTestId('graph-canvas');
    const nodes = canvas.locator('canvas.sigma-nodes');
    const selected = await page.getByTestId('details').getAttribute('data-id');
    // Where WebGL is drawn on the CPU, every canvas moves its picture during a drag
    // (bitmap-camera.ts); with a GPU, small canvases like this one are redrawn live. The tests'
    // Chromium always draws WebGL with SwiftShader (launchChromium), which the explorer must notice.
    expect(await canvas.getAttribute('data-webgl')).toBe('software');
    const box = (await canvas.boundingBox())!;
    // A corner of the canvas: sigma keeps 30 px between the graph and the edges, so no node is there.
    await page.mouse.move(box.x + 6, box.y + 6);
    await page.mouse.down();
    await page.mouse.move(box.x + 86, box.y + 46, { steps: 4 });
    const during = (await nodes.getAttribute('style')) ?? '';
    expect(during).toContain('translate(80px, 40px)');
    await page.mouse.up();
    await expect.poll(async () => (await nodes.getAttribute('style')) ?? '').not.toContain('translate');
    // Releasing the drag is not a click on the empty stage, which would clear the selection.
    await page.waitForTimeout(300);
    expect(await page.getByTestId('details').getAttribute('data-id')).toBe(selected);
    expect(selected).toBeTruthy();
  });

  it('finds ranked paths to another actor and highlights the first on the canvas', async () => {
    await page.getByRole('combobox', { name: 'Details' }).selectOption(HASSAN);
    await page.getByRole('button', { name: 'Path from here' }).click();
    await page.getByRole('combobox', { name: 'To' }).fill('cerfe');
    await page.getByRole('listbox').getByRole('option').filter({ hasText: 'CERFE' }).first().click();
    const first = page.getByTestId('path-result').first();
    await first.waitFor({ timeout: 20_000 });
    expect(await first.textContent()).toMatch(/CERFE/);
    expect(await first.locator('.why li').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('graph-canvas').getAttribute('data-highlighted')).toContain(CERFE);
    const highlighted = (await page.getByTestId('graph-canvas').getAttribute('data-highlighted'))!.split(',');
    expect(highlighted).toContain(HASSAN);
    expect(page.url()).toMatch(/#\/paths\?.*from=funder-hassan-ii-foundation.*to=assoc-cerfe.*p=0/);
    await waitForLayout();
    await page.screenshot({ path: path.join(artefacts, 'paths.png') });
  });

  it('exports the canvas as PNG and SVG and the ties as CSV', async () => {
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG image' }).click(),
    ]);
    const pngFile = path.join(artefacts, 'export.png');
    await png.saveAs(pngFile);
    const bytes = readFileSync(pngFile);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG image' }).click(),
    ]);
    const svgFile = path.join(artefacts, 'export.svg');
    await svg.saveAs(svgFile);
    const svgText = readFileSync(svgFile, 'utf8');
    expect(svgText).toMatch(/^<svg /);
    // One shape per node, each drawn in its kind's shape as on the canvas.
    expect(svgText.match(/ data-kind="/g)).toHaveLength(await canvasCount('data-nodes'));
    expect(svgText).toContain('data-kind="Funder"');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ties CSV' }).click(),
    ]);
    const csvFile = path.join(artefacts, 'export-ties.csv');
    await csv.saveAs(csvFile);
    const lines = readFileSync(csvFile, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('id,type,from,from_name,to,to_name,since,until,source,confidence,crosses_border');
    expect(lines.length - 1).toBe(await canvasCount('data-edges'));
  });

  it('reloads a shared URL into the same view', async () => {
    const url = page.url();
    const nodes = await canvasCount('data-nodes');
    const highlighted = await page.getByTestId('graph-canvas').getAttribute('data-highlighted');
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await other.goto(url);
      await expect
        .poll(async () => Number(await other.getByTestId('graph-canvas').getAttribute('data-nodes')), {
          timeout: 20_000,
        })
        .toBe(nodes);
      await expect
        .poll(() => other.getByTestId('graph-canvas').getAttribute('data-highlighted'), { timeout: 20_000 })
        .toBe(highlighted);
      expect(await other.getByRole('link', { name: 'Paths' }).getAttribute('aria-current')).toBe('page');
      await expect.poll(() => other.getByTestId('picked').first().textContent()).toMatch(/Hassan II/);
      expect(other.url()).toBe(url);
      await other.locator(LAYOUT_IDLE).waitFor({ timeout: 15_000 });
      await other.screenshot({ path: path.join(artefacts, 'reloaded.png') });
    } finally {
      await other.close();
    }
  });

  it('draws no migrant for a visitor, not even a masked node', async () => {
    // An association with members who gave no consent; for a visitor, graph answers are computed
    // without migrants (docs/privacy.md): no node, no name, no id.
    const association = await associationWithHiddenMembers(ponte);
    const hidden = association.hidden;
    await page.goto(`${base}/#/explore?ids=${association.id}`);
    const picker = page.getByRole('combobox', { name: 'Details' });
    const masked = picker.locator('option', { hasText: 'no consent to be named' });
    // Only a hash change: the canvas is re-fetched for the new actor in place.
    await expect
      .poll(() => picker.locator('option', { hasText: association.name }).count(), { timeout: 20_000 })
      .toBe(1);
    await expect.poll(() => picker.locator('option').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    expect(await masked.count()).toBe(0);
    const html = await page.content();
    for (const person of hidden) {
      expect(html).not.toContain(person.name);
      expect(html).not.toContain(person.id);
    }
    await waitForLayout();
    await page.screenshot({ path: path.join(artefacts, 'explore-masked.png') });
  });

  it('shows the corridors as a Sankey and a table', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Corridors' }).click();
    const table = page.getByTestId('corridors-table');
    await table.waitFor({ timeout: 20_000 });
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('sankey').locator('path').count()).toBe(await table.locator('tbody tr').count());
    expect(page.url()).toMatch(/#\/corridors$/);
    await page.screenshot({ path: path.join(artefacts, 'corridors.png'), fullPage: true });
  });

  it('ranks brokers and shows network statistics', async () => {
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /Brokers/ })
      .click();
    const table = page.getByTestId('brokers-table');
    await table.waitFor({ timeout: 20_000 });
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    await page.getByText(/ties between actors cross the border/).waitFor();
    // A visitor's statistics are rounded, and the page says so (docs/privacy.md).
    await page.getByTestId('stats-rounded').waitFor();
    // Relationship types by their names, not their codes.
    expect(await page.locator('td', { hasText: /^member of$/i }).count()).toBe(1);
    expect(await page.locator('td', { hasText: 'MEMBER_OF' }).count()).toBe(0);
    await page.screenshot({ path: path.join(artefacts, 'stats.png'), fullPage: true });
  });

  it('suggests introductions and matches from a shared URL, as the API ranks them', async () => {
    // What the API answers the same (anonymous) visitor is what the tables must show first.
    const api = async <T>(query: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return ((await res.json()) as { data: T }).data;
    };
    const intro = await api<{ introductions: Array<{ target: { name: string } }> }>(
      '{ introductions(from: "assoc-al-ouissal", target: { kinds: [Funder] }) { target { name } } }',
    );
    const support = await api<{ supportMatches: Array<{ provider: { name: string } }> }>(
      '{ supportMatches(projectId: "project-honey-and-aromatic-plants-oujda") { provider { name } } }',
    );
    expect(intro.introductions.length).toBeGreaterThan(0);
    expect(support.supportMatches.length).toBeGreaterThan(0);

    await page.goto(`${base}/#/introductions?from=assoc-al-ouissal&want=Funder`);
    await page.getByTestId('introductions-table').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('introductions-table').locator('tbody tr').first().textContent()).toContain(
      intro.introductions[0]!.target.name,
    );
    await page.screenshot({ path: path.join(artefacts, 'introductions.png'), fullPage: true });
    await page.goto(`${base}/#/matches?migrant=migrant-youssef-b&project=project-honey-and-aromatic-plants-oujda`);
    const supportTable = page.getByTestId('support-matches');
    await supportTable.waitFor({ timeout: 20_000 });
    expect(await supportTable.locator('tbody tr').first().textContent()).toContain(
      support.supportMatches[0]!.provider.name,
    );
    // A visitor sees migrants only as counts: a migrant's matches are not theirs to ask for.
    await page
      .getByRole('alert')
      .filter({ hasText: 'no migrant with id "migrant-youssef-b"' })
      .waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('opportunity-matches').count()).toBe(0);

    // A partner may see a migrant who consented (PUBLIC), and gets the API's ranking.
    await ponte.users.upsert({
      email: 'partner-matches@browser.example',
      password: 'browser test password',
      role: 'partner',
      org: CERFE,
    });
    const login = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { login(email: "partner-matches@browser.example", password: "browser test password") { token } }',
      }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: '{ opportunityMatches(migrantId: "migrant-youssef-b") { opportunity { name } } }',
      }),
    });
    const opps = ((await res.json()) as { data: { opportunityMatches: Array<{ opportunity: { name: string } }> } })
      .data;
    expect(opps.opportunityMatches.length).toBeGreaterThan(0);
    await signIn(page, 'partner-matches@browser.example', 'browser test password');
    const oppTable = page.getByTestId('opportunity-matches');
    await oppTable.waitFor({ timeout: 20_000 });
    expect(await oppTable.textContent()).toContain(opps.opportunityMatches[0]!.opportunity.name);
    await page.screenshot({ path: path.join(artefacts, 'matches.png'), fullPage: true });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 20_000 });
  });

  it('speaks Italian and French when asked, path explanations included', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('it');
    await expect.poll(() => page.getByRole('navigation').getByRole('link').first().textContent()).toBe('Esplora');
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    await page.getByRole('combobox', { name: 'Lingua' }).selectOption('fr');
    await expect.poll(() => page.getByRole('navigation').getByRole('link').first().textContent()).toBe('Explorer');
    await page.screenshot({ path: path.join(artefacts, 'matches-fr.png'), fullPage: true });

    // A path's hops are explained in French, from the API's parts: not its English sentence.
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ paths(from: "${HASSAN}", to: "${CERFE}", maxHops: 4, limit: 5) { why nodes { name } } }`,
      }),
    });
    const english = (
      (await res.json()) as { data: { paths: Array<{ why: string[]; nodes: Array<{ name: string }> }> } }
    ).data.paths[0]!;
    await page.goto(`${base}/#/paths?from=${HASSAN}&to=${CERFE}`);
    const hop = page.getByTestId('path-result').first().locator('.why li').first();
    await hop.waitFor({ timeout: 20_000 });
    const french = (await hop.textContent())!;
    expect(french).not.toBe(english.why[0]);
    expect(french).toContain(english.nodes[0]!.name);
    expect(french).toMatch(/source : |aucune source/);
    expect(french).toMatch(/depuis \d{4}|en \d{4}|\d{4}–\d{4}|jusqu’en \d{4}|non daté/);
    expect(french).not.toMatch(/\b(since|undated|no source|source: )/);
    await page.screenshot({ path: path.join(artefacts, 'paths-fr.png') });
    // The counts on the home view, and the services asked for in Introductions, are French too.
    // (A fresh page: the counts show on an empty canvas; the language stays as chosen.)
    await page.goto(`${base}/#/explore`);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('count-total').locator('xpath=preceding-sibling::dt').textContent(), {
        timeout: 20_000,
      })
      .toBe('Acteurs');
    expect(await page.getByTestId('count-Firm').locator('xpath=preceding-sibling::dt').textContent()).toContain(
      'Entreprises',
    );
    await page.goto(`${base}/#/introductions`);
    await page.getByRole('checkbox', { name: 'assistance financière' }).waitFor({ timeout: 20_000 });
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  });

  it('signs in, shows what the role allows, and signs out', async () => {
    await ponte.users.upsert({ email: 'staff@browser.example', password: 'browser test password', role: 'staff' });
    const association = await associationWithHiddenMembers(ponte);
    const hiddenName = association.hidden[0]!.name;
    await page.goto(`${base}/#/explore?ids=${association.id}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('E-mail').fill('staff@browser.example');
    await page.getByLabel('Password').fill('browser test password');
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    const who = page.getByTestId('signed-in');
    await who.waitFor({ timeout: 20_000 });
    expect(await who.getAttribute('data-role')).toBe('staff');
    // Staff may see every person: the member who did not exist for visitors now has a name.
    const picker = page.getByRole('combobox', { name: 'Details' });
    await expect
      .poll(() => picker.locator('option', { hasText: hiddenName }).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.screenshot({ path: path.join(artefacts, 'signed-in-staff.png') });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => picker.locator('option', { hasText: hiddenName }).count(), { timeout: 20_000 }).toBe(0);
    expect(await picker.locator('option', { hasText: 'no consent to be named' }).count()).toBe(0);
    expect(await page.content()).not.toContain(hiddenName);
  });

  it('a wrong password is refused with a message and no session', async () => {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('E-mail').fill('staff@browser.example');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 20_000 })
      .toMatch(/Signing in failed: Wrong e-mail or password/);
    expect(await page.getByTestId('signed-in').count()).toBe(0);
  });

  it('a partner requests an introduction from a result and finds it in its requests; visitors get no button', async () => {
    await ponte.users.upsert({
      email: 'partner@browser.example',
      password: 'browser test password',
      role: 'partner',
      org: CERFE,
    });
    await page.goto(`${base}/#/introductions?from=assoc-al-ouissal&want=Funder`);
    await page.reload(); // closes the sign-in form the previous test left open
    const table = page.getByTestId('introductions-table');
    await table.waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Request an introduction' }).count()).toBe(0);

    await signIn(page, 'partner@browser.example', 'browser test password');
    await table.waitFor({ timeout: 20_000 });
    const firstRow = table.locator('tbody tr').first();
    const target = (await firstRow.locator('strong').textContent())!;
    await firstRow.getByRole('button', { name: 'Request an introduction' }).click();
    await firstRow.getByLabel('Message to the staff').fill('We would like to meet them about agri-food.');
    await firstRow.getByRole('button', { name: 'Send the request' }).click();
    await firstRow.getByRole('status').filter({ hasText: 'Request sent' }).waitFor({ timeout: 20_000 });

    const mine = page.getByTestId('my-requests');
    await expect.poll(() => mine.locator('tbody tr').filter({ hasText: target }).count(), { timeout: 20_000 }).toBe(1);
    expect(await mine.locator('tbody tr').filter({ hasText: target }).textContent()).toMatch(/agri-food.*Open/);
    const { records } = await ponte.driver.executeQuery(
      'MATCH (r:IntroductionRequest {fromOrg: $org}) RETURN r.message AS message, r.status AS status',
      { org: CERFE },
      { database: inject('neo4jDatabase') },
    );
    expect(records.map((r) => [r.get('message'), r.get('status')])).toEqual([
      ['We would like to meet them about agri-food.', 'OPEN'],
    ]);
    await page.screenshot({ path: path.join(artefacts, 'introduction-request.png'), fullPage: true });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 20_000 });
  });

  it('staff import a small CSV: a dry run with its report, then apply, and the actor is found', async () => {
    await ponte.users.upsert({ email: 'staff@browser.example', password: 'browser test password', role: 'staff' });
    // Hidden from visitors: no Import link before signing in.
    await page.goto(`${base}/#/explore`);
    await page.reload(); // a fresh page: no sign-in form left open by the test before
    await page.getByRole('navigation').getByRole('link').first().waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Import' }).count()).toBe(0);
    await signIn(page, 'staff@browser.example', 'browser test password');
    await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();

    const csv =
      'id,Nome,Paese,type,Città,sources\nassoc-browser-import,Associazione Ponte Browser,IT,CULTURAL,Torino,https://example.org/browser\n';
    await page
      .getByLabel('File (CSV or JSON)')
      .setInputFiles({ name: 'associazioni.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByLabel('Kind of record').selectOption('Association');
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.getAttribute('data-dry-run'), { timeout: 20_000 }).toBe('true');
    expect(await page.getByTestId('import-changes').textContent()).toContain('assoc-browser-import');
    expect(await report.textContent()).toContain(
      '1 records: 1 to create, 0 to update, 0 unchanged. Nothing has been written yet.',
    );
    const db = () =>
      ponte.driver.executeQuery(
        "MATCH (a:Association {id: 'assoc-browser-import'}) RETURN a.city AS city",
        {},
        { database: inject('neo4jDatabase') },
      );
    expect((await db()).records).toHaveLength(0);
    await page.screenshot({ path: path.join(artefacts, 'import-dry-run.png'), fullPage: true });

    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => report.getAttribute('data-applied'), { timeout: 20_000 }).toBe('true');
    expect(await report.textContent()).toContain('Imported 1 records: 1 created');
    expect((await db()).records[0]!.get('city')).toBe('Torino');
    await page.screenshot({ path: path.join(artefacts, 'import-applied.png'), fullPage: true });

    // The new actor is in the graph: search finds it.
    await page.getByRole('navigation').getByRole('link', { name: 'Explore' }).click();
    const box = page.getByRole('combobox', { name: /search the network/i });
    await box.fill('Ponte Browser');
    await page
      .getByRole('listbox')
      .getByRole('option')
      .filter({ hasText: 'Associazione Ponte Browser' })
      .first()
      .waitFor({ timeout: 20_000 });

    // Its page shows staff who wrote it and when; the activity view lists the write, filtered on it.
    await page.goto(`${base}/#/actor?id=assoc-browser-import`);
    const history = page.getByTestId('actor-history');
    await history.locator('li[data-operation="importRecords"]').waitFor({ timeout: 20_000 });
    await history.getByRole('link', { name: 'All activity for this actor' }).click();
    expect(page.url()).toContain('#/activity?actor=assoc-browser-import');
    const entry = page.getByTestId('activity-entry').first();
    await entry.waitFor({ timeout: 20_000 });
    expect(await entry.getAttribute('data-operation')).toBe('importRecords');
    expect(await entry.getAttribute('data-outcome')).toBe('ok');
    expect(await entry.getByRole('link', { name: 'assoc-browser-import' }).count()).toBe(1);
    // Every entry shown names the actor; the whole log has more.
    const shown = await page.getByTestId('activity-entry').count();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByTestId('activity-entry').count(), { timeout: 20_000 }).toBeGreaterThan(shown);
    await page.screenshot({ path: path.join(artefacts, 'activity.png'), fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 20_000 });
    // Gone with the session: the link, and the view says why instead of asking.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Activity' }).count()).toBe(0);
  });

  it('GraphiQL at /graphiql runs the example operation against the API', async () => {
    await page.goto(`${base}/graphiql`);
    // Wait until GraphiQL has loaded the schema and the example into its editor before running it.
    await page.locator('.graphiql-query-editor').getByText('Welcome').first().waitFor({ timeout: 30_000 });
    await page
      .getByRole('button', { name: /execute query/i })
      .first()
      .click();
    await expect
      .poll(async () => (await page.locator('.result-window').textContent()) ?? '', { timeout: 30_000 })
      .toContain('funder-hassan-ii-foundation');
    await page.screenshot({ path: path.join(artefacts, 'graphiql.png') });
  });
});
