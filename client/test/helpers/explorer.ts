// The explorer as browser tests use it: a real API server on the test Neo4j (seeded, or on a graph
// of the test's own), serving the built explorer, and Chromium with one page open on it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { bootPonte, type BootedPonte } from '../../../server/src/boot.js';
import { buildClient, clientNeedsBuild } from '../../../server/src/client-build.js';
import { parseConfig } from '../../../server/src/config/config.js';
import { createLogger } from '../../../server/src/logger.js';
import { repoRoot } from '../../../server/src/paths.js';
import { closeTestDriver, testDatabase, testDriver, wipeTestDatabase } from '../../../server/test/helpers/neo4j.js';
import { launchChromium } from './browser.js';

/** Where browser tests save their screenshots and downloads (kept as CI artefacts). */
export const ARTEFACTS = path.join(repoRoot, 'test-results', 'browser');

export interface OpenExplorer {
  ponte: BootedPonte;
  browser: Browser;
  page: Page;
  /** The server's address, e.g. http://127.0.0.1:40123. */
  base: string;
}

/**
 * Wipes the test database and loads the seed data (or `graph`, Cypher, instead), builds the
 * explorer when its sources changed, boots the API and opens a page at `viewport`.
 */
export async function openExplorer(
  options: { graph?: string; viewport?: { width: number; height: number } } = {},
): Promise<OpenExplorer> {
  mkdirSync(ARTEFACTS, { recursive: true });
  testDriver();
  await wipeTestDatabase();
  if (options.graph) await testDriver().executeQuery(options.graph, {}, { database: testDatabase() });
  await closeTestDriver();
  if (clientNeedsBuild()) await buildClient();
  const config = parseConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    NEO4J_DATABASE: inject('neo4jDatabase'),
    ...(options.graph ? { PONTE_SEED: 'never' } : {}),
  });
  const ponte = await bootPonte({ config, log: createLogger('silent'), uri: inject('neo4jUri') });
  if (!options.graph && !ponte.seeded) throw new Error('openExplorer: the empty test database was not seeded');
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  return { ponte, browser, page, base: `http://127.0.0.1:${ponte.port}` };
}

export async function closeExplorer(open: Partial<OpenExplorer>): Promise<void> {
  await open.browser?.close();
  await open.ponte?.shutdown();
}

/**
 * Opens the explorer before a test file's tests (`openExplorer`, then the `users` accounts) and
 * closes it after them. The returned object is filled in once it is open, so tests read
 * `explorer.page`, `explorer.base` and `explorer.ponte` inside their bodies.
 */
export function useExplorer(
  options: Parameters<typeof openExplorer>[0] & { users?: Parameters<BootedPonte['users']['upsert']>[0][] } = {},
): OpenExplorer {
  const explorer = {} as OpenExplorer;
  beforeAll(async () => {
    Object.assign(explorer, await openExplorer(options));
    for (const user of options.users ?? []) await explorer.ponte.users.upsert(user);
  });
  afterAll(() => closeExplorer(explorer));
  return explorer;
}
