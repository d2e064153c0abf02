// `networkMetrics`, `communities` and `Broker.brokerage` over HTTP on a small graph built here
// (docs/analytics.md): values a reader can check by hand, the day a graph is taken on, a migrant
// hidden (consent NONE) or masked (an analyst and a NETWORK migrant), bad arguments.
import { describe, expect, it } from 'vitest';
import { useGraph } from '../helpers/ponte.js';

const GRAPH = `
CREATE (it1:Association:Actor {id: 'assoc-it1', name: 'IT one', country: 'IT'})
CREATE (it2:Firm:Actor {id: 'firm-it2', name: 'IT two', country: 'IT'})
CREATE (it3:PublicAdministration:Actor {id: 'pa-it3', name: 'IT three', country: 'IT'})
CREATE (ma1:Funder:Actor {id: 'funder-ma1', name: 'MA one', country: 'MA'})
CREATE (ma2:Association:Actor {id: 'assoc-ma2', name: 'MA two', country: 'MA'})
CREATE (iom:PublicAdministration:Actor {id: 'pa-iom', name: 'IOM', country: 'INTL'})
CREATE (z:Migrant:Actor {id: 'migrant-z', name: 'Zineb A.', country: 'IT', consent: 'NONE'})
CREATE (n:Migrant:Actor {id: 'migrant-n', name: 'Nadia B.', country: 'MA', consent: 'NETWORK'})
CREATE (reg:Region {id: 'region-x', name: 'X', country: 'IT'})
CREATE (iom)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(it1)
CREATE (iom)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(it2)
CREATE (iom)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(ma1)
CREATE (it3)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 0.5}]->(ma1)
CREATE (it3)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(ma2)
CREATE (it3)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S'}]->(it1)
CREATE (it2)-[:EMPLOYS {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(z)
CREATE (z)-[:MEMBER_OF {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(ma2)
CREATE (n)-[:MEMBER_OF {source: 'S', confidence: 0.8}]->(ma2)
CREATE (it1)-[:PARTNERS_WITH {since: date('2001-01-01'), until: date('2005-12-31'), source: 'S', confidence: 1.0}]->(ma1)
CREATE (it1)-[:BASED_IN {source: 'S', confidence: 1.0}]->(reg)
`;

const METRICS = `query($asOf: Date, $ids: [ID!], $community: ID, $orderBy: NetworkMetric, $limit: Int, $kinds: [NodeKind!], $relationshipTypes: [TieType!]) {
  networkMetrics(asOf: $asOf, ids: $ids, community: $community, orderBy: $orderBy, limit: $limit, kinds: $kinds, relationshipTypes: $relationshipTypes) {
    asOf nodeCount tieCount communityCount modularity betweennessExact betweennessPivots betweennessErrorBound total
    nodes { id name kind country masked rank degree weightedDegree pageRank betweenness community } } }`;
const COMMUNITIES = `query($minSize: Int) { communities(minSize: $minSize, limit: 500, membersLimit: 500) { id size internalTies kinds { name count } countries { name count } members { id name kind masked } } }`;
const BROKERAGE = `query($orientation: BrokerageOrientation) { brokers(limit: 100) { id masked brokerage(orientation: $orientation) {
  group orientation twoSteps crossGroupShare counts { coordinator itinerant representative gatekeeper liaison }
  normalised { coordinator itinerant representative gatekeeper liaison } } } }`;

type Node = {
  id: string;
  masked: boolean;
  degree: number;
  weightedDegree: number;
  pageRank: number;
  betweenness: number;
  community: string;
  rank: number;
};
type Metrics = {
  networkMetrics: {
    nodeCount: number;
    tieCount: number;
    total: number;
    betweennessExact: boolean;
    nodes: Node[];
  } & Record<string, unknown>;
};
type Communities = {
  communities: Array<{ id: string; size: number; members: Array<{ id: string; kind: string; masked: boolean }> }>;
};
type Brokers = { brokers: Array<{ id: string; brokerage: Record<string, unknown> | null }> };

const { query, asStaff, asAnalyst, asAnonymous } = useGraph(GRAPH);
const byId = (nodes: Node[]) => Object.fromEntries(nodes.map((n) => [n.id, n]));

describe('networkMetrics', () => {
  it('measures every node the asker sees: degree, weighted degree, PageRank summing to 1, exact betweenness', async () => {
    const staff = (await asStaff<Metrics>(METRICS, { limit: 1000 })).data!.networkMetrics;
    expect(staff).toMatchObject({
      nodeCount: 8,
      tieCount: 9,
      total: 8,
      betweennessExact: true,
      betweennessErrorBound: 0,
    });
    const nodes = byId(staff.nodes);
    // IT three: IT one (unknown confidence: 0.5), MA one (0.5), MA two (1.0).
    expect(nodes['pa-it3']).toMatchObject({ degree: 3, weightedDegree: 2 });
    expect(staff.nodes.reduce((s, n) => s + n.pageRank, 0)).toBeCloseTo(1, 9);
    // Ranked by PageRank, ranks 1..n.
    expect(staff.nodes.map((n) => n.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (let i = 1; i < staff.nodes.length; i++)
      expect(staff.nodes[i - 1]!.pageRank).toBeGreaterThanOrEqual(staff.nodes[i]!.pageRank);
    // Nadia's only tie is to MA two: she lies on no shortest path.
    expect(nodes['migrant-n']!.betweenness).toBe(0);
  });

  it('below staff, a hidden migrant is not in the graph measured; a NETWORK migrant is masked for analysts, and not found by id', async () => {
    const staff = byId((await asStaff<Metrics>(METRICS, { limit: 1000 })).data!.networkMetrics.nodes);
    const partner = (await query<Metrics>(METRICS, { limit: 1000 })).data!.networkMetrics;
    expect(partner.nodeCount).toBe(7);
    expect(partner.nodes.map((n) => n.id)).not.toContain('migrant-z');
    // Without Zineb, IT two's only tie is to IOM and MA two lost a member.
    expect(byId(partner.nodes)['firm-it2']!.degree).toBe(1);
    expect(byId(partner.nodes)['assoc-ma2']!.degree).toBe(staff['assoc-ma2']!.degree - 1);
    const analyst = await asAnalyst<Metrics>(METRICS, { limit: 1000 });
    expect(JSON.stringify(analyst)).not.toMatch(/migrant-|Zineb|Nadia/);
    expect(analyst.data!.networkMetrics.nodes.filter((n) => n.masked).map((n) => n.id)).toEqual(['masked-1']);
    const asked = await asAnalyst<Metrics>(METRICS, { ids: ['migrant-n', 'pa-it3'] });
    expect(asked.data!.networkMetrics.nodes.map((n) => n.id)).toEqual(['pa-it3']);
    const anonymous = (await asAnonymous<Metrics>(METRICS, { limit: 1000 })).data!.networkMetrics;
    expect(anonymous.nodeCount).toBe(6);
  });

  it('takes the graph on asOf by the rule of time, and on a part by kinds and tie types', async () => {
    // 2005: only IT one–MA one (ended 2005-12-31) and Nadia's undated membership are active.
    const past = (await asStaff<Metrics>(METRICS, { asOf: '2005-06-01' })).data!.networkMetrics;
    expect(past).toMatchObject({ asOf: '2005-06-01', tieCount: 2 });
    const members = (await asStaff<Metrics>(METRICS, { relationshipTypes: ['MEMBER_OF'] })).data!.networkMetrics;
    expect(members.tieCount).toBe(2);
    const orgs = (
      await asStaff<Metrics>(METRICS, { kinds: ['Association', 'Funder', 'Firm', 'PublicAdministration'], limit: 1000 })
    ).data!.networkMetrics;
    expect(orgs.nodeCount).toBe(6);
    expect(orgs.nodes.every((n) => !n.id.startsWith('migrant-'))).toBe(true);
  });

  it('filters by community and ranks by any metric', async () => {
    const all = (await asStaff<Metrics>(METRICS, { limit: 1000, orderBy: 'DEGREE' })).data!.networkMetrics;
    expect(all.nodes[0]!.id).toBe('assoc-ma2');
    const community = all.nodes[0]!.community;
    const members = (await asStaff<Metrics>(METRICS, { community, limit: 1000 })).data!.networkMetrics;
    expect(members.total).toBe(all.nodes.filter((n) => n.community === community).length);
    expect(members.nodes.every((n) => n.community === community)).toBe(true);
  });

  it('says what is wrong with an argument', async () => {
    const geo = await query<Metrics>(METRICS, { relationshipTypes: ['BASED_IN'] });
    expect(geo.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'relationshipTypes' });
    const region = await query<Metrics>(METRICS, { kinds: ['Region'] });
    expect(region.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'kinds' });
    const limit = await query<Metrics>(METRICS, { limit: 1001 });
    expect(limit.errors?.[0]?.message).toContain('between 0 and 1000');
    const day = await query<Metrics>(METRICS, { asOf: '2020-13-45' });
    expect(day.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('communities', () => {
  it('partitions the graph seen, named by a central member that is not a migrant, members masked as elsewhere', async () => {
    const staff = (await asStaff<Communities>(COMMUNITIES, { minSize: 1 })).data!.communities;
    expect(staff.reduce((s, c) => s + c.size, 0)).toBe(8);
    for (const c of staff) expect(c.members.find((m) => m.id === c.id)!.kind).not.toBe('Migrant');
    // The same graph gives the same communities, ids included.
    expect((await asStaff<Communities>(COMMUNITIES, { minSize: 1 })).data!.communities).toEqual(staff);
    const analyst = await asAnalyst<Communities>(COMMUNITIES, { minSize: 1 });
    expect(analyst.data!.communities.reduce((s, c) => s + c.size, 0)).toBe(7);
    expect(JSON.stringify(analyst)).not.toMatch(/migrant-|Zineb|Nadia/);
    expect(analyst.data!.communities.flatMap((c) => c.members).filter((m) => m.masked)).toHaveLength(1);
  });
});

describe('brokerage roles on brokers', () => {
  it('counts the five roles by hand: IT three sits between IT one and MA one, MA two (partners both ways)', async () => {
    const res = await asStaff<Brokers>(BROKERAGE, {});
    expect(res.errors).toBeUndefined();
    const it3 = res.data!.brokers.find((b) => b.id === 'pa-it3')!.brokerage!;
    // Ordered pairs of its three partners, none tied to another today: MA one → MA two and back
    // (itinerant), MA → IT one (gatekeeper), IT one → MA (representative).
    expect(it3).toMatchObject({
      group: 'IT',
      orientation: 'TIE_DIRECTION',
      twoSteps: 6,
      crossGroupShare: 1,
      counts: { coordinator: 0, itinerant: 2, representative: 2, gatekeeper: 2, liaison: 0 },
    });
    // MA two: Zineb and Nadia are members (arcs into MA two), MA two partners IT three both ways.
    const staffMa2 = res.data!.brokers.find((b) => b.id === 'assoc-ma2')!.brokerage!;
    expect(staffMa2).toMatchObject({
      group: 'MA',
      twoSteps: 2,
      counts: { representative: 1, coordinator: 0, itinerant: 1 },
    });
    // A partner never meets Zineb: only Nadia's two-step through MA two remains.
    const partner = (await query<Brokers>(BROKERAGE, {})).data!.brokers.find((b) => b.id === 'assoc-ma2')!.brokerage!;
    expect(partner).toMatchObject({ twoSteps: 1, counts: { representative: 1, itinerant: 0 } });
    // Both ways: every tie read both ways, so representative equals gatekeeper for everyone.
    const both = (await asStaff<Brokers>(BROKERAGE, { orientation: 'BOTH_WAYS' })).data!.brokers;
    for (const b of both) {
      const counts = b.brokerage!.counts as Record<string, number>;
      expect(counts.representative).toBe(counts.gatekeeper);
    }
  });
});
