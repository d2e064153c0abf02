// `brokers` over HTTP on a small graph built here: the score the field's description states,
// order, a migrant broker hidden (consent NONE), masked (analyst) or named, only active ties.
import { describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/http.js';
import { closeTestDriver, testDatabase, testDriver } from '../helpers/neo4j.js';
import { useGraph } from '../helpers/ponte.js';

const GRAPH = `
CREATE (it1:Association:Actor {id: 'assoc-it1', name: 'IT one', country: 'IT'})
CREATE (it2:Firm:Actor {id: 'firm-it2', name: 'IT two', country: 'IT'})
CREATE (it3:PublicAdministration:Actor {id: 'pa-it3', name: 'IT three', country: 'IT'})
CREATE (ma1:Funder:Actor {id: 'funder-ma1', name: 'MA one', country: 'MA'})
CREATE (ma2:Association:Actor {id: 'assoc-ma2', name: 'MA two', country: 'MA'})
CREATE (iom:PublicAdministration:Actor {id: 'pa-iom', name: 'IOM', country: 'INTL'})
CREATE (z:Migrant:Actor {id: 'migrant-z', name: 'Zineb A.', country: 'IT', consent: 'NONE'})
CREATE (reg:Region {id: 'region-x', name: 'X', country: 'IT'})
CREATE (iom)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(it1)
CREATE (iom)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(it2)
CREATE (iom)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(ma1)
CREATE (it3)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 0.5}]->(ma1)
CREATE (it3)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(ma2)
CREATE (it3)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(it1)
CREATE (it2)-[:EMPLOYS {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(z)
CREATE (z)-[:MEMBER_OF {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(ma2)
CREATE (it1)-[:PARTNERS_WITH {since: date('2001-01-01'), until: date('2005-12-31'), source: 'S', confidence: 1.0}]->(ma1)
CREATE (it1)-[:BASED_IN {source: 'S', confidence: 1.0}]->(reg)
`;

// The top broker whoever asks: no hidden person is among its ties.
const IT_THREE = {
  id: 'pa-it3',
  name: 'IT three',
  kind: 'PublicAdministration',
  country: 'IT',
  masked: false,
  score: 3,
  crossBorderTies: 2,
  italianTies: 1,
  moroccanTies: 2,
};

const Q = `query($between: [Country!], $limit: Int) { brokers(between: $between, limit: $limit) { id name kind country masked score crossBorderTies italianTies moroccanTies } }`;
type Answer = { brokers: Array<Record<string, unknown>> };

const { query, asStaff, asAnalyst } = useGraph(GRAPH);

describe('brokers', () => {
  it('ranks by (IT-side weight × MA-side weight) + own cross-border weight; ended ties do not count', async () => {
    // Staff see everyone, Zineb (consent NONE) included.
    const res = await asStaff<Answer>(Q, {});
    expect(res.errors).toBeUndefined();
    expect(res.data!.brokers).toEqual([
      // 1 (IT one) × 1.5 (MA one 0.5 + MA two 1.0) + its own cross-border 1.5
      IT_THREE,
      // 2 × 0 + its own cross-border 2: equal scores go by cross-border ties
      {
        id: 'assoc-ma2',
        name: 'MA two',
        kind: 'Association',
        country: 'MA',
        masked: false,
        score: 2,
        crossBorderTies: 2,
        italianTies: 2,
        moroccanTies: 0,
      },
      {
        id: 'migrant-z',
        name: 'Zineb A.',
        kind: 'Migrant',
        country: 'IT',
        masked: false,
        score: 2,
        crossBorderTies: 1,
        italianTies: 1,
        moroccanTies: 1,
      },
      // an international body: 2 × 1 pairs, no side of its own
      {
        id: 'pa-iom',
        name: 'IOM',
        kind: 'PublicAdministration',
        country: 'INTL',
        masked: false,
        score: 2,
        crossBorderTies: 0,
        italianTies: 2,
        moroccanTies: 1,
      },
      {
        id: 'funder-ma1',
        name: 'MA one',
        kind: 'Funder',
        country: 'MA',
        masked: false,
        score: 0.5,
        crossBorderTies: 1,
        italianTies: 1,
        moroccanTies: 0,
      },
    ]);
    // For a partner Zineb does not exist: she is no broker, and her ties count for nobody (MA two
    // loses the tie to her and IT two's employee).
    const partner = await query<Answer>(Q, {});
    expect(partner.data!.brokers).toEqual([
      IT_THREE,
      {
        id: 'pa-iom',
        name: 'IOM',
        kind: 'PublicAdministration',
        country: 'INTL',
        masked: false,
        score: 2,
        crossBorderTies: 0,
        italianTies: 2,
        moroccanTies: 1,
      },
      {
        id: 'assoc-ma2',
        name: 'MA two',
        kind: 'Association',
        country: 'MA',
        masked: false,
        score: 1,
        crossBorderTies: 1,
        italianTies: 1,
        moroccanTies: 0,
      },
      {
        id: 'funder-ma1',
        name: 'MA one',
        kind: 'Funder',
        country: 'MA',
        masked: false,
        score: 0.5,
        crossBorderTies: 1,
        italianTies: 1,
        moroccanTies: 0,
      },
    ]);
    expect(JSON.stringify(partner)).not.toMatch(/migrant-z|Zineb|masked-\d/);
    // The staff ranking, computed first, is not served to the analyst: the cache is per visibility.
    expect((await asAnalyst<Answer>(Q, {})).data!.brokers).toEqual(partner.data!.brokers);
  });

  it('limit caps; between must name two countries', async () => {
    const res = await query<Answer>(Q, { limit: 1 });
    expect(res.data!.brokers.map((b) => b.id)).toEqual(['pa-it3']);
    const bad = await query<Answer>(Q, { between: ['IT'] });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'between' });
    const tooMany = await query<Answer>(Q, { limit: 101 });
    expect(tooMany.errors?.[0]?.message).toContain('the limit is 100');
  });

  it('the ranking is kept per version of the graph, but who may be shown is read at every request (consent, erasure)', async () => {
    const write = async (cypher: string) => {
      await testDriver().executeQuery(cypher, {}, { database: testDatabase() });
      await closeTestDriver();
    };
    const migrant = async (ask = query) => (await ask<Answer>(Q, {})).data!.brokers.find((b) => b.kind === 'Migrant');
    expect(await migrant()).toBeUndefined();
    // Consent given: she enters the ranking once it is recomputed (within the minute a ranking
    // may lag a write), named for a partner, masked for an analyst.
    await write(`MATCH (z:Migrant {id: 'migrant-z'}) SET z.consent = 'NETWORK'`);
    await waitFor(async () => (await migrant()) !== undefined, 10_000);
    expect(await migrant()).toMatchObject({ id: 'migrant-z', name: 'Zineb A.', masked: false, score: 2 });
    expect(await migrant(asAnalyst)).toMatchObject({
      id: 'masked-1',
      name: 'a migrant (no consent to be named)',
      masked: true,
      score: 2,
    });
    // Withdrawn: gone at the very next request, though the ranking computed before the write may
    // still be the one served.
    await write(`MATCH (z:Migrant {id: 'migrant-z'}) SET z.consent = 'NONE'`);
    const res = await query<Answer>(Q, {});
    expect(JSON.stringify(res)).not.toMatch(/Zineb|migrant-z|masked-\d/);
    expect(await migrant(asStaff)).toMatchObject({ id: 'migrant-z' });
    // Erased: gone at once, whatever ranking is served.
    await write(`MATCH (z:Migrant {id: 'migrant-z'}) DETACH DELETE z`);
    expect(await migrant(asStaff)).toBeUndefined();
  });
});
