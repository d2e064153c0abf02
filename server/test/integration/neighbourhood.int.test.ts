// `neighbourhood` over HTTP on a small graph built here: depth, order, edges, filters, the cap,
// masking, bad input.
import { describe, expect, it } from 'vitest';
import { useGraph } from '../helpers/ponte.js';

const GRAPH = `
CREATE (wafa:Association:Actor {id: 'assoc-wafa', name: 'Al Wafa', country: 'IT', city: 'Genova', founded: date('1999-04-01')})
CREATE (sara:Migrant:Actor {id: 'migrant-sara', name: 'Sara E.', country: 'IT', city: 'Genova', consent: 'NETWORK'})
CREATE (omar:Migrant:Actor {id: 'migrant-omar', name: 'Omar K.', country: 'IT', city: 'Savona', consent: 'NONE'})
CREATE (firm:Firm:Actor {id: 'firm-x', name: 'Porto Logistica', country: 'IT', city: 'Genova'})
CREATE (funder:Funder:Actor {id: 'funder-m', name: 'Al Amana', country: 'MA', city: 'Casablanca'})
CREATE (far:PublicAdministration:Actor {id: 'pa-far', name: 'Région Oriental', country: 'MA', city: 'Oujda', closed: date('2030-12-31')})
CREATE (ev:Event {id: 'event-e', name: 'Forum Casablanca', country: 'MA', city: 'Casablanca'})
CREATE (lig:Region {id: 'region-liguria', name: 'Liguria', country: 'IT'})
CREATE (sara)-[:MEMBER_OF {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(wafa)
CREATE (omar)-[:MEMBER_OF {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(wafa)
CREATE (wafa)-[:PARTNERS_WITH {since: date('2007-01-01'), until: date('2008-12-31'), source: 'S', confidence: 0.8}]->(funder)
CREATE (wafa)-[:ATTENDED {source: 'S', confidence: 1.0}]->(ev)
CREATE (firm)-[:EMPLOYS {since: date('2007-01-01'), source: 'S', confidence: 0.9}]->(omar)
CREATE (funder)-[:PARTNERS_WITH {since: date('2007-01-01'), source: 'S', confidence: 0.9}]->(far)
CREATE (wafa)-[:BASED_IN {source: 'S', confidence: 1.0}]->(lig)
`;

const Q = `query($ids: [ID!]!, $depth: Int, $limit: Int, $filter: GraphFilter) {
  neighbourhood(ids: $ids, depth: $depth, limit: $limit, filter: $filter) {
    truncated
    nodes { id name kind country city masked degree }
    edges { id type from to since until source confidence crossesBorder }
  }
}`;
type Sub = {
  neighbourhood: {
    truncated: boolean;
    nodes: Array<{ id: string; masked: boolean; degree: number; city: string | null }>;
    edges: Array<{ id: string; crossesBorder: boolean }>;
  };
};

// Omar (consent NONE) is hidden from partners (docs/privacy.md): not a node, not a tie, not in a
// degree; so is the firm that only his tie joined to the rest. Staff see him.
const { query, asStaff, asAnalyst } = useGraph(GRAPH);

const nodeIds = (r: { data?: Sub }) => r.data!.neighbourhood.nodes.map((n) => n.id);
const edgeIds = (r: { data?: Sub }) => r.data!.neighbourhood.edges.map((e) => e.id);

describe('neighbourhood', () => {
  it('depth 1: the start first, then its neighbours by id; no geographic ties; hidden and masked migrants', async () => {
    const res = await query<Sub>(Q, { ids: ['assoc-wafa'] });
    expect(res.errors).toBeUndefined();
    expect(nodeIds(res)).toEqual(['assoc-wafa', 'event-e', 'funder-m', 'migrant-sara']);
    expect(edgeIds(res)).toEqual([
      'ATTENDED:assoc-wafa:event-e',
      'MEMBER_OF:migrant-sara:assoc-wafa',
      'PARTNERS_WITH:assoc-wafa:funder-m',
    ]);
    const n = res.data!.neighbourhood;
    expect(n.truncated).toBe(false);
    expect(n.nodes[0]!.degree).toBe(3);
    // An analyst sees Sara (consent NETWORK) only as a placeholder.
    const analyst = await asAnalyst<Sub>(Q, { ids: ['assoc-wafa'] });
    expect(nodeIds(analyst)).toEqual(['assoc-wafa', 'event-e', 'funder-m', 'masked-1']);
    expect(analyst.data!.neighbourhood.nodes[3]).toEqual({
      id: 'masked-1',
      name: 'a migrant (no consent to be named)',
      kind: 'Migrant',
      country: 'IT',
      city: null,
      masked: true,
      degree: 1,
    });
    const staff = await asStaff<Sub>(Q, { ids: ['assoc-wafa'] });
    expect(nodeIds(staff)).toEqual(['assoc-wafa', 'event-e', 'funder-m', 'migrant-omar', 'migrant-sara']);
    expect(staff.data!.neighbourhood.nodes[0]!.degree).toBe(4);
    expect(n.edges.find((e) => e.id.startsWith('PARTNERS_WITH'))!.crossesBorder).toBe(true);
    const json = JSON.stringify(res);
    expect(json).not.toContain('migrant-omar');
    expect(json).not.toContain('Omar');
    expect(json).not.toContain('Savona');
  });

  it('depth 2 reaches one tie further, and keeps every tie between the nodes', async () => {
    const res = await query<Sub>(Q, { ids: ['assoc-wafa'], depth: 2 });
    expect(nodeIds(res)).toEqual(['assoc-wafa', 'event-e', 'funder-m', 'migrant-sara', 'pa-far']);
    expect(edgeIds(res)).toContain('PARTNERS_WITH:funder-m:pa-far');
    expect(edgeIds(res)).toHaveLength(4);
    const staff = await asStaff<Sub>(Q, { ids: ['assoc-wafa'], depth: 2 });
    expect(nodeIds(staff)).toEqual([
      'assoc-wafa',
      'event-e',
      'funder-m',
      'migrant-omar',
      'migrant-sara',
      'firm-x',
      'pa-far',
    ]);
    expect(edgeIds(staff)).toContain('EMPLOYS:firm-x:migrant-omar');
  });

  it('asOf drops the partnership that had ended (and what lay behind it)', async () => {
    const res = await query<Sub>(Q, { ids: ['assoc-wafa'], depth: 2, filter: { asOf: '2010-01-01' } });
    expect(nodeIds(res)).toEqual(['assoc-wafa', 'event-e', 'migrant-sara']);
  });

  it('shows each node its lifetime by the rule of time, and a masked migrant none', async () => {
    const LQ = `query($ids: [ID!]!, $depth: Int) { neighbourhood(ids: $ids, depth: $depth) { nodes { id activeFrom activeTo } } }`;
    type L = { neighbourhood: { nodes: { id: string; activeFrom: string | null; activeTo: string | null }[] } };
    const lives = async (ask: typeof query) =>
      Object.fromEntries(
        (await ask<L>(LQ, { ids: ['assoc-wafa'], depth: 2 })).data!.neighbourhood.nodes.map((n) => [
          n.id,
          [n.activeFrom, n.activeTo],
        ]),
      );
    expect(await lives(query)).toMatchObject({
      'assoc-wafa': ['1999-04-01', null],
      'pa-far': [null, '2030-12-31'],
      'migrant-sara': [null, null],
    });
    expect((await lives(asAnalyst))['masked-1']).toEqual([null, null]);
  });

  it('a kinds filter excludes the other kinds', async () => {
    const res = await query<Sub>(Q, { ids: ['assoc-wafa'], depth: 2, filter: { kinds: ['Migrant', 'Firm'] } });
    expect(nodeIds(res)).toEqual(['assoc-wafa', 'migrant-sara']);
  });

  it('geographic ties only when named; transnationalOnly keeps cross-country ties', async () => {
    const geo = await query<Sub>(Q, { ids: ['assoc-wafa'], filter: { relationshipTypes: ['BASED_IN'] } });
    expect(nodeIds(geo)).toEqual(['assoc-wafa', 'region-liguria']);
    const cross = await query<Sub>(Q, { ids: ['assoc-wafa'], depth: 2, filter: { transnationalOnly: true } });
    expect(nodeIds(cross)).toEqual(['assoc-wafa', 'event-e', 'funder-m']);
  });

  it('the limit cuts the answer and says so', async () => {
    const res = await query<Sub>(Q, { ids: ['assoc-wafa'], limit: 3 });
    expect(nodeIds(res)).toEqual(['assoc-wafa', 'event-e', 'funder-m']);
    expect(res.data!.neighbourhood.truncated).toBe(true);
  });

  it('several starts come first', async () => {
    const res = await query<Sub>(Q, { ids: ['firm-x', 'pa-far'] });
    expect(nodeIds(res)).toEqual(['firm-x', 'pa-far', 'funder-m']);
    expect(res.data!.neighbourhood.nodes[0]!.degree).toBe(0);
  });

  it('bad input: unknown id named, empty ids, depth 4 names the limit 3', async () => {
    const unknown = await query<Sub>(Q, { ids: ['assoc-wafa', 'assoc-nope'] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('"assoc-nope"');
    const empty = await query<Sub>(Q, { ids: [] });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    const deep = await query<Sub>(Q, { ids: ['assoc-wafa'], depth: 4 });
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
    expect(deep.errors?.[0]?.message).toContain('the limit is 3');
  });
});
