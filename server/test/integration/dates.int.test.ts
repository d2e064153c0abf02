// Dates are calendar days wherever the server runs: the API, started on a machine in New York,
// stores and returns the day it was given (the library's Date scalar alone would shift it a day).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bootPonte, type BootedPonte } from '../../src/boot.js';
import { parseConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/logger.js';
import { gql, login } from '../helpers/http.js';
import { closeTestDriver, testDatabase, testDriver, wipeTestDatabase } from '../helpers/neo4j.js';

const FIXTURE = `
  CREATE (:Association:Actor {id: 'assoc-tz', name: 'TZ Association', type: 'CULTURAL', country: 'IT', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (:Firm:Actor {id: 'firm-tz', name: 'TZ Firm', country: 'MA', altNames: [], tags: [], services: [], sources: [], synthetic: true})`;
const PASSWORD = 'dates test password';
let ponte: BootedPonte;
let base: string;
let token: string;

beforeAll(async () => {
  // A zone west of Greenwich, as on a developer's machine in the Americas.
  process.env.TZ = 'America/New_York';
  expect(new Date('2008-01-01').getDate()).toBe(31);
  await wipeTestDatabase();
  await testDriver().executeQuery(FIXTURE, {}, { database: testDatabase() });
  await closeTestDriver();
  const config = parseConfig({ PORT: '0', LOG_LEVEL: 'silent', NEO4J_DATABASE: inject('neo4jDatabase'), PONTE_SEED: 'never' });
  ponte = await bootPonte({ config, log: createLogger('silent'), uri: inject('neo4jUri') });
  base = `http://127.0.0.1:${ponte.port}`;
  await ponte.users.upsert({ email: 'staff@dates.example', password: PASSWORD, role: 'staff' });
  token = await login(base, 'staff@dates.example', PASSWORD);
});

afterAll(async () => {
  await ponte?.shutdown();
});

describe('dates through the API', () => {
  it('stores and returns the calendar day that was written', async () => {
    const res = await gql(
      base,
      `mutation { updateAssociations(where: { id: { eq: "assoc-tz" } }, update: { partners: [{ connect: [{ where: { node: { id: { eq: "firm-tz" } } },
          edge: { source: "minutes", confidence: 0.8, since: "2008-01-01", until: "2012-03-01" } }] }] }) { associations { id } } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const { records } = await ponte.driver.executeQuery(
      "MATCH (:Association {id: 'assoc-tz'})-[r:PARTNERS_WITH]->(:Firm {id: 'firm-tz'}) RETURN toString(r.since) AS since, toString(r.until) AS until",
      {},
      { database: inject('neo4jDatabase') },
    );
    expect(records.map((r) => [r.get('since'), r.get('until')])).toEqual([['2008-01-01', '2012-03-01']]);
    const read = await gql(base, `{ associations(where: { id: { eq: "assoc-tz" } }) { partnersConnection { edges { properties { ... on PartnersWithTie { since until } } } } } }`, {}, token);
    expect(read.errors).toBeUndefined();
    expect(JSON.stringify(read.data)).toContain('"since":"2008-01-01","until":"2012-03-01"');
  });
});
