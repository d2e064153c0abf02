// `networkStats` over HTTP on a small graph built here: counts, cross-border share, growth, asOf;
// exact for staff; below staff, years instead of days and counts rounded to multiples of 5
// (server/src/privacy/disclosure.ts).
import { describe, expect, it } from 'vitest';
import { closeTestDriver, testDatabase, testDriver } from '../helpers/neo4j.js';
import { useGraph } from '../helpers/ponte.js';

const GRAPH = `
CREATE (a:Association:Actor {id: 'assoc-a', name: 'A', country: 'IT'})
CREATE (f:Firm:Actor {id: 'firm-f', name: 'F', country: 'IT'})
CREATE (fu:Funder:Actor {id: 'funder-fu', name: 'FU', country: 'MA'})
CREATE (m:Migrant:Actor {id: 'migrant-m', name: 'M', country: 'IT', consent: 'NONE'})
CREATE (r:Region {id: 'region-liguria', name: 'Liguria', country: 'IT'})
CREATE (a)-[:PARTNERS_WITH {since: date('2006-03-01'), source: 'S', confidence: 1.0}]->(fu)
CREATE (f)-[:EMPLOYS {since: date('2007-01-01'), until: date('2008-12-31'), source: 'S', confidence: 1.0}]->(m)
CREATE (m)-[:MEMBER_OF {since: date('2008-02-01'), source: 'S', confidence: 1.0}]->(a)
CREATE (a)-[:BASED_IN {source: 'S', confidence: 1.0}]->(r)
`;

const Q = `query($asOf: Date) { networkStats(asOf: $asOf) {
  asOf rounded actorsByKind { name count } tiesByType { name count } actorTies crossBorderTies crossBorderShare growth { year newTies activeTies }
} }`;
type Stats = {
  networkStats: {
    asOf: string | null;
    rounded: boolean;
    actorTies: number;
    crossBorderTies: number;
    crossBorderShare: number;
    growth: Array<{ year: number; newTies: number; activeTies: number }>;
    tiesByType: unknown;
    actorsByKind: unknown;
  };
};

const { query, asStaff } = useGraph(GRAPH);

describe('networkStats', () => {
  it('as of a day in 2008', async () => {
    const res = await asStaff<Stats>(Q, { asOf: '2008-06-30' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.networkStats).toEqual({
      asOf: '2008-06-30',
      rounded: false,
      actorsByKind: [
        { name: 'Association', count: 1 },
        { name: 'Firm', count: 1 },
        { name: 'Funder', count: 1 },
        { name: 'Migrant', count: 1 },
      ],
      tiesByType: [
        { name: 'BASED_IN', count: 1 },
        { name: 'EMPLOYS', count: 1 },
        { name: 'MEMBER_OF', count: 1 },
        { name: 'PARTNERS_WITH', count: 1 },
      ],
      actorTies: 3,
      crossBorderTies: 1,
      crossBorderShare: 0.3333,
      growth: [
        { year: 2006, newTies: 1, activeTies: 1 },
        { year: 2007, newTies: 1, activeTies: 2 },
        { year: 2008, newTies: 1, activeTies: 3 },
      ],
    });
  });

  it('after the job ended', async () => {
    const res = await asStaff<Stats>(Q, { asOf: '2010-01-01' });
    const s = res.data!.networkStats;
    expect([s.actorTies, s.crossBorderTies, s.crossBorderShare]).toEqual([2, 1, 0.5]);
    expect(s.growth).toEqual([
      { year: 2006, newTies: 1, activeTies: 1 },
      { year: 2007, newTies: 1, activeTies: 2 },
      { year: 2008, newTies: 1, activeTies: 3 },
      { year: 2009, newTies: 0, activeTies: 2 },
      { year: 2010, newTies: 0, activeTies: 2 },
    ]);
  });

  it('below staff: any day of a year answers for its 31 December; counts that can include a migrant are multiples of 5, organisations and TARGETS exact', async () => {
    const june = (await query<Stats>(Q, { asOf: '2008-06-30' })).data!.networkStats;
    for (const day of ['2008-01-01', '2008-03-15', '2008-12-31'])
      expect((await query<Stats>(Q, { asOf: day })).data!.networkStats).toEqual(june);
    expect(june.asOf).toBe('2008-12-31');
    type Named = Array<{ name: string; count: number }>;
    const kinds = june.actorsByKind as Named;
    expect(kinds.filter((k) => k.name !== 'Migrant')).toEqual([
      { name: 'Association', count: 1 },
      { name: 'Firm', count: 1 },
      { name: 'Funder', count: 1 },
    ]);
    const counts = [
      kinds.find((k) => k.name === 'Migrant')!.count,
      ...(june.tiesByType as Named).map((t) => t.count),
      june.actorTies,
      june.crossBorderTies,
      ...june.growth.flatMap((g) => [g.newTies, g.activeTies]),
    ];
    for (const n of counts) expect([0, 5]).toContain(n); // every true count here is 1 to 3
    expect(june.crossBorderShare).toBe(
      june.actorTies === 0 ? 0 : Math.round((june.crossBorderTies / june.actorTies) * 10000) / 10000,
    );
    // Staff keep the day they ask for.
    expect((await asStaff<Stats>(Q, { asOf: '2008-06-30' })).data!.networkStats.asOf).toBe('2008-06-30');
  });

  it('without asOf: every tie, growth up to this year; a bad day is bad input', async () => {
    const res = await query<Stats>(Q);
    const s = res.data!.networkStats;
    expect(s.asOf).toBeNull();
    expect([0, 5]).toContain(s.actorTies); // 3 ties, rounded below staff
    expect(s.rounded).toBe(true);
    const staff = (await asStaff<Stats>(Q)).data!.networkStats;
    expect(staff.actorTies).toBe(3);
    expect(staff.rounded).toBe(false);
    expect(s.growth).toHaveLength(new Date().getUTCFullYear() - 2006 + 1);
    const bad = await query<Stats>(Q, { asOf: '2008-13-45' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is computed once per version of the graph: a write is seen without restarting the API (staff: exact counts)', async () => {
    const before = (await asStaff<Stats>(Q)).data!.networkStats;
    const again = (await asStaff<Stats>(Q)).data!.networkStats;
    expect(again).toEqual(before);
    await testDriver().executeQuery(
      `MATCH (f:Firm {id: 'firm-f'}), (fu:Funder {id: 'funder-fu'}) CREATE (f)-[:PARTNERS_WITH {since: date('2009-05-01'), source: 'S', confidence: 1.0}]->(fu)`,
      {},
      { database: testDatabase() },
    );
    await closeTestDriver();
    // Right after a write the previous answer may still be served (for at most a minute) while
    // the new one is computed; the new one follows.
    let after = before;
    for (let i = 0; i < 50 && after.actorTies === before.actorTies; i++) {
      after = (await asStaff<Stats>(Q)).data!.networkStats;
      if (after.actorTies === before.actorTies) await new Promise((r) => setTimeout(r, 100));
    }
    expect([after.actorTies, after.crossBorderTies]).toEqual([before.actorTies + 1, before.crossBorderTies + 1]);
    expect(after.growth.find((g) => g.year === 2009)).toEqual({ year: 2009, newTies: 1, activeTies: 3 });
  });
});
