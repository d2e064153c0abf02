// GraphiQL for staff in a real browser: sign in on the explorer, open /graphiql, pick an example
// tab and run it. The example is staff-only (exportGraph), so its answer proves that GraphiQL sent
// the session's token; the audit log proves the export was recorded.
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { signIn } from './helpers/browser.js';
import { ARTEFACTS, useExplorer } from './helpers/explorer.js';

const artefacts = ARTEFACTS;
const explorer = useExplorer({
  viewport: { width: 1400, height: 900 },
  users: [{ email: 'staff@graphiql.example', password: 'graphiql test password', role: 'staff' }],
});

describe('GraphiQL for staff', () => {
  it('a signed-in staff user runs the "export a region" example and sees the files', async () => {
    await explorer.page.goto(explorer.base);
    await signIn(explorer.page, 'staff@graphiql.example', 'graphiql test password');

    await explorer.page.goto(`${explorer.base}/graphiql`);
    // One tab per example, named by its operation.
    const tab = explorer.page.locator('.graphiql-tab').filter({ hasText: 'ExportRegion' });
    await tab.waitFor({ timeout: 30_000 });
    expect(await explorer.page.locator('.graphiql-tab').count()).toBe(6);
    await tab.locator('.graphiql-tab-button').click();
    await explorer.page
      .locator('.graphiql-query-editor')
      .getByText('query ExportRegion')
      .first()
      .waitFor({ timeout: 30_000 });
    await explorer.page
      .getByRole('button', { name: /execute query/i })
      .first()
      .click();
    const result = explorer.page.locator('.result-window');
    await expect.poll(async () => (await result.textContent()) ?? '', { timeout: 30_000 }).toContain('ponte.gexf');
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('"format": "GEXF"');
    expect(text).not.toContain('FORBIDDEN');
    await explorer.page.screenshot({ path: path.join(artefacts, 'graphiql-export-region.png') });

    const { records } = await explorer.ponte.driver.executeQuery(
      "MATCH (e:AuditEvent {operation: 'exportGraph'}) RETURN e.role AS role, e.ids AS ids",
      {},
      { database: inject('neo4jDatabase') },
    );
    expect(records.map((r) => [r.get('role'), r.get('ids')])).toEqual([['staff', ['IT-21']]]);
  });
});
