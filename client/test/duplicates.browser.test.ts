// The Duplicates page in a real browser (issue #7): hidden from visitors; staff sign in, see the
// planted pairs side by side with reasons, dismiss one ("Not the same") and merge another after
// confirming. Chromium drives the built explorer against the API on a small throwaway graph.
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { signIn } from './helpers/browser.js';
import { ARTEFACTS, useExplorer } from './helpers/explorer.js';

const ACTOR = 'altNames: [], tags: [], services: [], sources: [], synthetic: false';
const GRAPH = `
  CREATE (fr:Funder:Actor {id: 'funder-hassan-fr', name: 'Fondation Hassan II', funderType: 'FOUNDATION', instruments: [], country: 'MA', city: 'Rabat', ${ACTOR}}),
         (en:Funder:Actor {id: 'funder-hassan-en', name: 'Hassan II Foundation', funderType: 'FOUNDATION', instruments: [], country: 'MA', city: 'Rabat', ${ACTOR}}),
         (:Funder:Actor {id: 'funder-cariplo', name: 'Fondazione Cariplo', funderType: 'FOUNDATION', instruments: [], country: 'IT', city: 'Milano', ${ACTOR}}),
         (:Funder:Actor {id: 'funder-crt', name: 'Fondazione CRT', funderType: 'FOUNDATION', instruments: [], country: 'IT', city: 'Torino', ${ACTOR}}),
         (:Association:Actor {id: 'assoc-wafa-1', name: 'Associazione Al Wafa', type: 'CULTURAL', country: 'IT', city: 'Latina', ${ACTOR}}),
         (:Association:Actor {id: 'assoc-wafa-2', name: 'Associazione culturale Al-Ouafa', type: 'CULTURAL', country: 'IT', city: 'Latina', ${ACTOR}}),
         (iom:PublicAdministration:Actor {id: 'pa-iom', name: 'IOM Italy', level: 'INTERNATIONAL', country: 'IT', city: 'Roma', ${ACTOR}}),
         (fr)-[:PARTNERS_WITH {source: 'src-a', confidence: 0.6}]->(iom)`;

const artefacts = ARTEFACTS;
const explorer = useExplorer({
  graph: GRAPH,
  viewport: { width: 1280, height: 900 },
  users: [{ email: 'curator@browser.example', password: 'curator browser password', role: 'staff' }],
});
const count = async (cypher: string) =>
  Number(
    (await explorer.ponte.driver.executeQuery(cypher, {}, { database: inject('neo4jDatabase') })).records[0]!.get(0),
  );
const pair = (a: string, b: string) =>
  explorer.page.locator(`[data-testid=duplicate-pair][data-a="${a}"][data-b="${b}"]`);

describe('the Duplicates page', () => {
  it('is hidden from visitors', async () => {
    await explorer.page.goto(`${explorer.base}/#/duplicates`);
    await explorer.page.getByTestId('duplicates-staff-only').waitFor({ timeout: 20_000 });
    expect(await explorer.page.getByRole('navigation').getByRole('link', { name: 'Duplicates' }).count()).toBe(0);
    expect(await explorer.page.getByTestId('duplicate-pair').count()).toBe(0);
  });

  it('lets staff dismiss one pair and merge another after confirming', async () => {
    await signIn(explorer.page, 'curator@browser.example', 'curator browser password');
    await explorer.page.getByRole('navigation').getByRole('link', { name: 'Duplicates' }).click();

    const hassan = pair('funder-hassan-en', 'funder-hassan-fr');
    const wafa = pair('assoc-wafa-1', 'assoc-wafa-2');
    await hassan.waitFor({ timeout: 30_000 });
    await wafa.waitFor();
    expect(await hassan.textContent()).toContain("translation of 'foundation'");
    expect(await pair('funder-cariplo', 'funder-crt').count()).toBe(0);
    await explorer.page.screenshot({ path: path.join(artefacts, 'duplicates.png'), fullPage: true });

    await wafa.getByRole('button', { name: 'Not the same' }).click();
    await wafa.waitFor({ state: 'detached', timeout: 20_000 });
    expect(await count("MATCH (x:DismissedDuplicate {a: 'assoc-wafa-1', b: 'assoc-wafa-2'}) RETURN count(x)")).toBe(1);

    // Keep the right-hand actor (the French name): a confirmation first, nothing merged yet.
    await hassan.getByRole('button', { name: 'Merge (keep right)' }).click();
    await expect
      .poll(() => hassan.getByRole('alert').textContent())
      .toMatch(/Merge “Hassan II Foundation” into “Fondation Hassan II”\?/);
    expect(await count("MATCH (a:Actor {id: 'funder-hassan-en'}) RETURN count(a)")).toBe(1);
    await hassan.getByRole('button', { name: 'Confirm merge' }).click();
    await expect
      .poll(() => explorer.page.getByTestId('duplicates-notice').textContent(), { timeout: 20_000 })
      .toMatch(/Merged “Hassan II Foundation” into “Fondation Hassan II”/);
    await hassan.waitFor({ state: 'detached', timeout: 20_000 });
    expect(await count("MATCH (a:Actor {id: 'funder-hassan-en'}) RETURN count(a)")).toBe(0);
    expect(
      await count("MATCH (a:Actor {id: 'funder-hassan-fr'}) WHERE 'funder-hassan-en' IN a.mergedIds RETURN count(a)"),
    ).toBe(1);
    expect(
      await count("MATCH (:Actor {id: 'funder-hassan-fr'})-[:PARTNERS_WITH]-(:Actor {id: 'pa-iom'}) RETURN count(*)"),
    ).toBe(1);
    await explorer.page.screenshot({ path: path.join(artefacts, 'duplicates-merged.png'), fullPage: true });
  });
});
