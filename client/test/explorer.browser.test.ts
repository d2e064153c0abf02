// The whole chain in a real browser: Chromium loads the built explorer from the API server, which
// reads the seeded test Neo4j. Screenshots go to test-results/ as artefacts.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPonte, type BootedPonte } from '../../server/src/boot.js';
import { buildClient, clientNeedsBuild } from '../../server/src/client-build.js';
import { parseConfig } from '../../server/src/config/config.js';
import { createLogger } from '../../server/src/logger.js';
import { repoRoot } from '../../server/src/paths.js';
import { closeTestDriver, testDriver, wipeTestDatabase } from '../../server/test/helpers/neo4j.js';
import { inject } from 'vitest';
import { launchChromium } from './helpers/browser.js';

const artefacts = path.join(repoRoot, 'test-results', 'browser');
let ponte: BootedPonte;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  mkdirSync(artefacts, { recursive: true });
  testDriver();
  await wipeTestDatabase();
  await closeTestDriver();
  if (clientNeedsBuild()) await buildClient();
  const config = parseConfig({ PORT: '0', LOG_LEVEL: 'silent', NEO4J_DATABASE: inject('neo4jDatabase') });
  ponte = await bootPonte({ config, log: createLogger('silent'), uri: inject('neo4jUri') });
  expect(ponte.seeded).toBe(true);
  base = `http://127.0.0.1:${ponte.port}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await ponte?.shutdown();
});

describe('the explorer', () => {
  it('shows actor counts read from the database', async () => {
    await page.goto(base);
    const total = page.getByTestId('count-total');
    await total.waitFor();
    await expect.poll(async () => Number(await total.getAttribute('data-count'))).toBeGreaterThan(0);
    // Each kind's count comes from the database, so it equals what Cypher counts.
    const { records } = await ponte.driver.executeQuery('MATCH (a:Actor) RETURN count(a) AS n', {}, { database: inject('neo4jDatabase') });
    expect(Number(await total.getAttribute('data-count'))).toBe(Number(records[0]!.get('n')));
    await page.screenshot({ path: path.join(artefacts, 'home.png'), fullPage: true });
  });

  it('lists search matches as the user types, accents folded', async () => {
    const box = page.getByRole('searchbox', { name: /search actors/i });
    await box.fill('fondation residant etranger');
    const first = page.getByRole('listitem').filter({ hasText: /Hassan II/ }).first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/Hassan II/);
    await page.screenshot({ path: path.join(artefacts, 'search.png'), fullPage: true });
  });

  it('GraphiQL at /graphiql runs the example operation against the API', async () => {
    await page.goto(`${base}/graphiql`);
    // Wait until GraphiQL has loaded the schema and the example into its editor before running it.
    await page.locator('.graphiql-query-editor').getByText('Welcome').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /execute query/i }).first().click();
    await expect.poll(async () => (await page.locator('.result-window').textContent()) ?? '', { timeout: 30_000 }).toContain('funder-hassan-ii-foundation');
    await page.screenshot({ path: path.join(artefacts, 'graphiql.png') });
  });
});
