// `introductions` over HTTP on a small graph built here: who matches, in which order, with which
// path and reasons; a migrant without consent hidden on the way (docs/privacy.md); bounds.
import { describe, expect, it } from 'vitest';
import { useGraph } from '../helpers/ponte.js';

const GRAPH = `
CREATE (sm:Region {id: 'region-souss-massa', name: 'Souss-Massa', country: 'MA'})
CREATE (rab:Region {id: 'region-rabat', name: 'Rabat-Salé-Kénitra', country: 'MA'})
CREATE (asker:Association:Actor {id: 'assoc-asker', name: 'Asker', country: 'IT'})
CREATE (x:Migrant:Actor {id: 'migrant-x', name: 'Hamid X.', country: 'IT', consent: 'NONE'})
CREATE (agri:Funder:Actor {id: 'funder-agri', name: 'Agri Fund', country: 'MA', tags: ['agri-food'], services: ['FINANCIAL_ASSISTANCE']})
CREATE (far:Funder:Actor {id: 'funder-far', name: 'Crédit du Sud', country: 'MA', description: 'Crédit agricole et élevage', services: ['FINANCIAL_ASSISTANCE']})
CREATE (tour:Funder:Actor {id: 'funder-tour', name: 'Tourism Fund', country: 'MA', tags: ['tourism']})
CREATE (rabat:Funder:Actor {id: 'funder-rabat', name: 'Rabat Agri', country: 'MA', tags: ['agri-food']})
CREATE (firm:Firm:Actor {id: 'firm-agri', name: 'Agri Firm', country: 'MA', tags: ['agri-food']})
CREATE (away:Funder:Actor {id: 'funder-away', name: 'Far Away Agri', country: 'MA', tags: ['agriculture']})
CREATE (p1:PublicAdministration:Actor {id: 'pa-1', name: 'PA 1', country: 'IT'})
CREATE (p2:PublicAdministration:Actor {id: 'pa-2', name: 'PA 2', country: 'IT'})
CREATE (p3:PublicAdministration:Actor {id: 'pa-3', name: 'PA 3', country: 'MA'})
CREATE (proj:ReturnProject {id: 'project-s', name: 'Argan cooperative'})
CREATE (agri)-[:BASED_IN {source: 'S', confidence: 1.0}]->(sm)
CREATE (tour)-[:BASED_IN {source: 'S', confidence: 1.0}]->(sm)
CREATE (rabat)-[:BASED_IN {source: 'S', confidence: 1.0}]->(rab)
CREATE (firm)-[:BASED_IN {source: 'S', confidence: 1.0}]->(sm)
CREATE (away)-[:BASED_IN {source: 'S', confidence: 1.0}]->(sm)
CREATE (far)-[:FUNDS {since: date('2007-01-01'), source: 'S', confidence: 1.0}]->(proj)
CREATE (proj)-[:TARGETS {source: 'S', confidence: 1.0}]->(sm)
CREATE (asker)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(far)
CREATE (x)-[:MEMBER_OF {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(asker)
CREATE (agri)-[:MENTORS {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(x)
CREATE (asker)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(tour)
CREATE (asker)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(rabat)
CREATE (asker)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(firm)
CREATE (asker)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(p1)
CREATE (p1)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(p2)
CREATE (p2)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(p3)
CREATE (p3)-[:PARTNERS_WITH {since: date('2006-01-01'), source: 'S', confidence: 1.0}]->(away)
`;

const Q = `query($from: ID!, $target: ActorQuery!, $maxHops: Int, $limit: Int) {
  introductions(from: $from, target: $target, maxHops: $maxHops, limit: $limit) {
    score reasons target { id name kind masked } path { hops nodes { id } why }
  }
}`;
type Answer = {
  introductions: Array<{
    score: number;
    reasons: string[];
    target: { id: string };
    path: { hops: number; nodes: Array<{ id: string }>; why: string[] };
  }>;
};
const WANTED = { kinds: ['Funder'], regions: ['region-souss-massa'], sector: 'agri' };

const { query, asStaff } = useGraph(GRAPH);

describe('introductions', () => {
  it('"a funder for agri-food in Souss-Massa": the matches within reach, best first, with paths and reasons', async () => {
    const res = await query<Answer>(Q, { from: 'assoc-asker', target: WANTED });
    expect(res.errors).toBeUndefined();
    const intros = res.data!.introductions;
    // Crédit du Sud: 1 hop, only active in the region (score 0.8 × 1 + 0.2 × 0.5). Agri Fund is
    // reached only through Hamid, who gave no consent: for a partner that path does not exist.
    expect(intros.map((i) => [i.target.id, i.score, i.path.nodes.map((n) => n.id)])).toEqual([
      ['funder-far', 0.9, ['assoc-asker', 'funder-far']],
    ]);
    expect(intros[0]!.reasons).toEqual(['is a Funder', 'active in Souss-Massa', 'works in "agri"']);
    expect(JSON.stringify(res)).not.toMatch(/migrant-x|Hamid|masked-\d/);
    // Staff: Agri Fund, 2 hops through Hamid, based in the region (0.8 × 6/7 + 0.2 × 1).
    const staff = (await asStaff<Answer>(Q, { from: 'assoc-asker', target: WANTED })).data!.introductions;
    expect(staff.map((i) => [i.target.id, i.score, i.path.nodes.map((n) => n.id)])).toEqual([
      ['funder-far', 0.9, ['assoc-asker', 'funder-far']],
      ['funder-agri', 0.8857, ['assoc-asker', 'migrant-x', 'funder-agri']],
    ]);
    expect(staff[1]!.reasons).toEqual(['is a Funder', 'based in Souss-Massa', 'works in "agri"']);
    expect(staff[1]!.path.why[0]).toBe('Hamid X. is a member of Asker (since 2006, source: S)');
  });

  it('maxHops widens the reach up to its limit of 4; services narrow it', async () => {
    const far = await query<Answer>(Q, { from: 'assoc-asker', target: WANTED, maxHops: 4 });
    expect(far.data!.introductions.map((i) => [i.target.id, i.path.hops])).toEqual([
      ['funder-far', 1],
      ['funder-away', 4],
    ]);
    const near = await query<Answer>(Q, { from: 'assoc-asker', target: WANTED, maxHops: 1 });
    expect(near.data!.introductions.map((i) => i.target.id)).toEqual(['funder-far']);
    const services = await query<Answer>(Q, {
      from: 'assoc-asker',
      target: { services: ['FINANCIAL_ASSISTANCE'], countries: ['MA'] },
    });
    expect(services.data!.introductions.map((i) => i.target.id)).toEqual(['funder-far']);
    const tooFar = await query<Answer>(Q, { from: 'assoc-asker', target: WANTED, maxHops: 5 });
    expect(tooFar.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
    expect(tooFar.errors?.[0]?.message).toContain('the limit is 4');
  });

  it('never offers an introduction to a person the asker may not name', async () => {
    // Listed as a masked target, the filter (here: Italy) would tell where the person is.
    const migrants = { kinds: ['Migrant'], countries: ['IT'] };
    const anonymous = await query<Answer>(Q, { from: 'assoc-asker', target: migrants });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.introductions).toEqual([]);
    const staff = await asStaff<Answer>(Q, { from: 'assoc-asker', target: migrants });
    expect(staff.data!.introductions.map((i) => [i.target.id, i.path.hops])).toEqual([['migrant-x', 1]]);
  });

  it('bad input: unknown asker, empty target', async () => {
    const unknown = await query<Answer>(Q, { from: 'assoc-nobody', target: WANTED });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('"assoc-nobody"');
    const empty = await query<Answer>(Q, { from: 'assoc-asker', target: {} });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'target' });
  });
});
