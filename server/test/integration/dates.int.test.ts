// Dates are calendar days wherever the server runs: the API, started on a machine in New York,
// stores and returns the day it was given (the library's Date scalar alone would shift it a day).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BootedPonte } from '../../src/boot.js';
import { gql } from '../helpers/http.js';
import { bootTestPonte, signedIn } from '../helpers/ponte.js';

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
  const booted = await bootTestPonte({ fixture: FIXTURE });
  ({ ponte, base } = booted);
  token = await signedIn(booted, 'staff@dates.example', PASSWORD, 'staff');
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
    const read = await gql(
      base,
      `{ associations(where: { id: { eq: "assoc-tz" } }) { partnersConnection { edges { properties { ... on PartnersWithTie { since until } } } } } }`,
      {},
      token,
    );
    expect(read.errors).toBeUndefined();
    expect(JSON.stringify(read.data)).toContain('"since":"2008-01-01","until":"2012-03-01"');
  });
});
