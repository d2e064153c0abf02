// The questions that take `asOf` answer as of that day, on a small graph built here with lifetimes
// (docs/graph-questions.md#time): opportunities and providers of the day, brokers of the day (a
// cache keyed by the day), shared events on their date only, starts outside their lifetime,
// corridors of the day, and the defaults when no day is asked.
import { describe, expect, it } from 'vitest';
import { useGraph } from '../helpers/ponte.js';

const GRAPH = `
CREATE (pie:Region {id: 'region-piemonte', name: 'Piemonte', country: 'IT'})
CREATE (lom:Region {id: 'region-lombardia', name: 'Lombardia', country: 'IT'})
CREATE (sm:Region {id: 'region-souss-massa', name: 'Souss-Massa', country: 'MA'})
CREATE (ori:Region {id: 'region-oriental', name: 'Oriental', country: 'MA'})

// Three migrants with different skills and places; Karim moved from Piemonte to Lombardia in 2010.
CREATE (mo:Migrant:Actor {id: 'migrant-olive', name: 'Olive', country: 'MA', consent: 'PUBLIC', skills: ['olive pressing'], education: 3})
CREATE (mw:Migrant:Actor {id: 'migrant-weld', name: 'Weld', country: 'IT', consent: 'PUBLIC', skills: ['welding'], education: 3})
CREATE (mc:Migrant:Actor {id: 'migrant-code', name: 'Karim', country: 'IT', consent: 'PUBLIC', skills: ['javascript'], education: 5})
CREATE (mo)-[:BASED_IN {source: 'S', confidence: 1.0}]->(sm)
CREATE (mw)-[:BASED_IN {source: 'S', confidence: 1.0}]->(pie)
CREATE (mc)-[:BASED_IN {until: date('2009-12-31'), source: 'S', confidence: 1.0}]->(pie)
CREATE (mc)-[:BASED_IN {since: date('2010-01-01'), source: 'S', confidence: 1.0}]->(lom)
CREATE (mc)-[:ORIGINATES_FROM {source: 'S', confidence: 1.0}]->(ori)
CREATE (mw)-[:ORIGINATES_FROM {source: 'S', confidence: 1.0}]->(sm)

// Who offers: an old firm (2000–2012) and a new one (from 2015).
CREATE (old:Firm:Actor {id: 'firm-old', name: 'Old firm', country: 'IT', founded: date('2000-01-01'), closed: date('2012-06-30'), services: ['MENTORSHIP']})
CREATE (new:Firm:Actor {id: 'firm-new', name: 'New firm', country: 'IT', founded: date('2015-03-01'), services: ['MENTORSHIP']})
CREATE (mo)-[:PARTNERS_WITH {source: 'S', confidence: 1.0}]->(old), (mw)-[:PARTNERS_WITH {source: 'S', confidence: 1.0}]->(old), (mc)-[:PARTNERS_WITH {source: 'S', confidence: 1.0}]->(old)
CREATE (mo)-[:PARTNERS_WITH {source: 'S', confidence: 1.0}]->(new), (mw)-[:PARTNERS_WITH {source: 'S', confidence: 1.0}]->(new), (mc)-[:PARTNERS_WITH {source: 'S', confidence: 1.0}]->(new)

// The programme year's calls, and today's; one closed long ago.
CREATE (o8o:Opportunity {id: 'opp-2008-olive', name: 'Olive press 2008', type: 'FUNDING_CALL', country: 'MA', requiredSkills: ['olive pressing'], opens: date('2008-01-01'), closes: date('2008-12-31')})
CREATE (o8w:Opportunity {id: 'opp-2008-weld', name: 'Welder 2008', type: 'JOB', country: 'IT', requiredSkills: ['welding'], opens: date('2008-01-01'), closes: date('2008-12-31')})
CREATE (o8c:Opportunity {id: 'opp-2008-code', name: 'Developer 2008', type: 'JOB', country: 'IT', requiredSkills: ['javascript'], opens: date('2008-01-01'), closes: date('2008-12-31')})
CREATE (ono:Opportunity {id: 'opp-now-olive', name: 'Olive press now', type: 'FUNDING_CALL', country: 'MA', requiredSkills: ['olive pressing'], opens: date('2020-01-01'), closes: date('2099-12-31')})
CREATE (onw:Opportunity {id: 'opp-now-weld', name: 'Welder now', type: 'JOB', country: 'IT', requiredSkills: ['welding'], opens: date('2020-01-01'), closes: date('2099-12-31')})
CREATE (onc:Opportunity {id: 'opp-now-code', name: 'Developer now', type: 'JOB', country: 'IT', requiredSkills: ['javascript'], opens: date('2020-01-01')})
CREATE (o99:Opportunity {id: 'opp-1999', name: 'Long closed', type: 'JOB', country: 'IT', requiredSkills: ['welding'], opens: date('1999-01-01'), closes: date('1999-12-31')})
CREATE (o8o)-[:TARGETS {source: 'S', confidence: 1.0}]->(sm), (ono)-[:TARGETS {source: 'S', confidence: 1.0}]->(sm)
CREATE (old)-[:OFFERS {source: 'S', confidence: 1.0}]->(o8o), (old)-[:OFFERS {source: 'S', confidence: 1.0}]->(o8w), (old)-[:OFFERS {source: 'S', confidence: 1.0}]->(o8c), (old)-[:OFFERS {source: 'S', confidence: 1.0}]->(o99)
CREATE (new)-[:OFFERS {source: 'S', confidence: 1.0}]->(ono), (new)-[:OFFERS {source: 'S', confidence: 1.0}]->(onw), (new)-[:OFFERS {source: 'S', confidence: 1.0}]->(onc)

// Projects: one of the programme years, one of today.
CREATE (p8:ReturnProject {id: 'project-2008', name: 'Project 2008', needs: ['MENTORSHIP'], started: date('2008-03-01'), ended: date('2010-12-31')})
CREATE (pn:ReturnProject {id: 'project-now', name: 'Project now', needs: ['MENTORSHIP'], started: date('2016-01-01')})
CREATE (mo)-[:LEADS {source: 'S', confidence: 1.0}]->(p8), (mw)-[:LEADS {source: 'S', confidence: 1.0}]->(pn)
CREATE (mc)-[:LEADS {source: 'S', confidence: 1.0}]->(p8)

// Brokers: an association of the programme years, one of today, each between Italy and Morocco.
CREATE (ba:Association:Actor {id: 'assoc-then', name: 'Then', country: 'IT', founded: date('2001-01-01'), closed: date('2009-12-31')})
CREATE (bb:Association:Actor {id: 'assoc-now', name: 'Now', country: 'IT', founded: date('2011-01-01')})
CREATE (fm:Funder:Actor {id: 'funder-ma', name: 'Funder MA', country: 'MA'})
CREATE (ba)-[:PARTNERS_WITH {source: 'S', confidence: 1.0}]->(fm), (ba)-[:PARTNERS_WITH {source: 'S', confidence: 1.0}]->(old)
CREATE (bb)-[:PARTNERS_WITH {source: 'S', confidence: 1.0}]->(fm), (bb)-[:PARTNERS_WITH {source: 'S', confidence: 1.0}]->(new)
CREATE (mc)-[:MEMBER_OF {source: 'S', confidence: 1.0}]->(ba)

// An event both the old firm and the old association attended.
CREATE (ev:Event {id: 'event-2009', name: 'Meeting 2009', type: 'CONFERENCE', date: date('2009-10-20')})
CREATE (old)-[:ATTENDED {source: 'S', confidence: 1.0}]->(ev), (ba)-[:ATTENDED {source: 'S', confidence: 1.0}]->(ev)
`;

const { asStaff, query } = useGraph(GRAPH);

type Opportunities = {
  opportunityMatches: Array<{ opportunity: { id: string }; path: { nodes: Array<{ id: string }> } | null }>;
};
const OPPORTUNITIES = `query($id: ID!, $d: Date) { opportunityMatches(migrantId: $id, asOf: $d) { opportunity { id } path { nodes { id } } } }`;
const MIGRANTS = ['migrant-olive', 'migrant-weld', 'migrant-code'];

async function opportunitiesOf(id: string, day?: string) {
  const res = await asStaff<Opportunities>(OPPORTUNITIES, { id, ...(day ? { d: day } : {}) });
  expect(res.errors).toBeUndefined();
  return res.data!.opportunityMatches;
}

describe('opportunityMatches on a day', () => {
  it('in 2008: that year’s calls only, the best one differing by migrant, offered by who offered then', async () => {
    const best = [];
    for (const id of MIGRANTS) {
      const matches = await opportunitiesOf(id, '2008-06-01');
      expect(matches.map((m) => m.opportunity.id).sort()).toEqual(['opp-2008-code', 'opp-2008-olive', 'opp-2008-weld']);
      best.push(matches[0]!.opportunity.id);
      for (const m of matches) expect(m.path?.nodes.map((n) => n.id)).toEqual([id, 'firm-old']);
    }
    expect(best).toEqual(['opp-2008-olive', 'opp-2008-weld', 'opp-2008-code']);
  });

  it('today (asked or by default): today’s calls only, the best one differing by migrant', async () => {
    for (const day of [new Date().toISOString().slice(0, 10), undefined]) {
      const best = [];
      for (const id of MIGRANTS) {
        const matches = await opportunitiesOf(id, day);
        expect(matches.map((m) => m.opportunity.id).sort()).toEqual(['opp-now-code', 'opp-now-olive', 'opp-now-weld']);
        best.push(matches[0]!.opportunity.id);
        for (const m of matches) expect(m.path?.nodes.map((n) => n.id)).toEqual([id, 'firm-new']);
      }
      expect(best).toEqual(['opp-now-olive', 'opp-now-weld', 'opp-now-code']);
    }
  });

  it('on a day nothing was open, nothing', async () => {
    expect(await opportunitiesOf('migrant-weld', '2005-06-01')).toEqual([]);
  });

  it('places the migrant where they lived on the day', async () => {
    const Q = `query($d: Date) { opportunityMatches(migrantId: "migrant-code", asOf: $d) { opportunity { id } reasons } }`;
    const place = async (d: string) =>
      (await asStaff<{ opportunityMatches: Array<{ reasons: string[] }> }>(Q, { d }))
        .data!.opportunityMatches.flatMap((m) => m.reasons)
        .join(' ');
    expect(await place('2008-06-01')).not.toContain('Lombardia');
  });
});

describe('supportMatches on a day within the project’s lifetime', () => {
  const Q = `query($id: ID!, $d: Date) { supportMatches(projectId: $id, asOf: $d) { provider { id } path { nodes { id } } } }`;
  type Answer = { supportMatches: Array<{ provider: { id: string } }> };
  const providers = async (id: string, d?: string) => {
    const res = await asStaff<Answer>(Q, { id, ...(d ? { d } : {}) });
    expect(res.errors).toBeUndefined();
    return res.data!.supportMatches.map((m) => m.provider.id);
  };

  it('providers active on the day; by default today brought within the lifetime', async () => {
    expect(await providers('project-2008', '2009-01-01')).toEqual(['firm-old']);
    // Ended in 2010: matched on its last day, when the new firm did not exist yet.
    expect(await providers('project-2008')).toEqual(['firm-old']);
    // Running today: the old firm closed in 2012.
    expect(await providers('project-now')).toEqual(['firm-new']);
  });

  it('refuses a day outside the project’s lifetime, naming asOf and the lifetime', async () => {
    const res = await asStaff<Answer>(Q, { id: 'project-2008', d: '2005-06-01' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    expect(res.errors?.[0]?.message).toContain('2008-03-01 to 2010-12-31');
  });
});

describe('brokers on a day', () => {
  const Q = `query($d: Date) { brokers(asOf: $d) { id } }`;
  const brokers = async (d?: string) => {
    const res = await asStaff<{ brokers: Array<{ id: string }> }>(Q, d ? { d } : {});
    expect(res.errors).toBeUndefined();
    return res.data!.brokers.map((b) => b.id);
  };

  it('each day its own brokers, whatever was asked before on the same graph (the cache is keyed by the day)', async () => {
    const then = await brokers('2008-06-01');
    expect(then).toContain('assoc-then');
    expect(then).not.toContain('assoc-now');
    const later = await brokers('2012-01-01');
    expect(later).toContain('assoc-now');
    expect(later).not.toContain('assoc-then');
    expect(await brokers('2008-06-01')).toEqual(then);
    expect(await brokers()).toEqual(await brokers(new Date().toISOString().slice(0, 10)));
  });
});

describe('commonConnections and neighbourhood on a day', () => {
  const Q = `query($d: Date) { commonConnections(ids: ["firm-old", "assoc-then"], asOf: $d) { node { id } via } }`;
  const shared = async (d?: string) =>
    (await asStaff<{ commonConnections: Array<{ node: { id: string } }> }>(Q, d ? { d } : {}))
      .data!.commonConnections.map((c) => c.node.id)
      .sort();

  it('an event is shared on its date only; without a day, over all of history', async () => {
    expect(await shared('2009-10-20')).toContain('event-2009');
    expect(await shared('2009-10-21')).not.toContain('event-2009');
    expect(await shared()).toContain('event-2009');
  });

  it('a start outside its lifetime is not in that day’s graph', async () => {
    const N = `query($ids: [ID!]!, $d: Date) { neighbourhood(ids: $ids, filter: { asOf: $d }) { nodes { id } edges { type } } }`;
    const res = await asStaff<{ neighbourhood: { nodes: Array<{ id: string }>; edges: unknown[] } }>(N, {
      ids: ['firm-new'],
      d: '2008-06-01',
    });
    expect(res.data!.neighbourhood).toEqual({ nodes: [], edges: [] });
    const old = await asStaff<{ neighbourhood: { nodes: Array<{ id: string }> } }>(N, {
      ids: ['firm-old'],
      d: '2008-06-01',
    });
    expect(old.data!.neighbourhood.nodes.map((n) => n.id)).not.toContain('firm-new');
    expect(old.data!.neighbourhood.nodes.map((n) => n.id)).toContain('opp-2008-weld');
  });
});

describe('corridors on a day', () => {
  const Q = `query($d: Date) { corridors(asOf: $d) { italianRegionId moroccanRegionId migrants associations projects } }`;
  type Answer = {
    corridors: Array<{ italianRegionId: string; moroccanRegionId: string; migrants: number; associations: number }>;
  };

  it('residence and membership of the day', async () => {
    const on = async (d: string) => (await asStaff<Answer>(Q, { d })).data!.corridors;
    expect(await on('2008-06-01')).toContainEqual(
      expect.objectContaining({
        italianRegionId: 'region-piemonte',
        moroccanRegionId: 'region-oriental',
        migrants: 1,
        associations: 1,
      }),
    );
    const later = await on('2012-01-01');
    expect(later).toContainEqual(
      // Karim lives in Lombardia now; the association he belonged to closed in 2009.
      expect.objectContaining({
        italianRegionId: 'region-lombardia',
        moroccanRegionId: 'region-oriental',
        migrants: 1,
        associations: 0,
      }),
    );
    expect(later.map((c) => c.italianRegionId + c.moroccanRegionId)).not.toContain('region-piemonteregion-oriental');
  });

  it('below staff, a day stands for 31 December of its year', async () => {
    const res = await query<Answer>(Q, { d: '2009-06-01' });
    expect(res.errors).toBeUndefined();
    // On 31 December 2009 Karim still lived in Piemonte (he moved on 1 January 2010); folded and
    // rounded below staff, so only the absence of Lombardia is certain.
    expect(res.data!.corridors.map((c) => c.italianRegionId)).not.toContain('region-lombardia');
  });
});
