// `opportunityMatches` and `supportMatches` over HTTP on a small graph built here: ranking,
// reasons, paths to the provider, masking.
import { describe, expect, it } from 'vitest';
import { useGraph } from '../helpers/ponte.js';

const GRAPH = `
CREATE (pie:Region {id: 'region-piemonte', name: 'Piemonte', country: 'IT'})
CREATE (sm:Region {id: 'region-souss-massa', name: 'Souss-Massa', country: 'MA'})
CREATE (m:Migrant:Actor {id: 'migrant-m', name: 'Meryem S.', country: 'IT', consent: 'NETWORK', skills: ['welding', 'French'], education: 4})
CREATE (m)-[:BASED_IN {source: 'S', confidence: 1.0}]->(pie)
CREATE (fw:Firm:Actor {id: 'firm-w', name: 'Saldature Torino', country: 'IT'})
CREATE (at:Association:Actor {id: 'assoc-t', name: 'Formazione Insieme', country: 'IT'})
CREATE (fq:Funder:Actor {id: 'funder-q', name: 'Q Fund', country: 'MA'})
CREATE (weld:Opportunity {id: 'opp-weld', name: 'Welder', type: 'JOB', sector: 'metal', country: 'IT', city: 'Torino', requiredSkills: ['Welding'], minEducation: 3, closes: date('2099-12-31')})
CREATE (acct:Opportunity {id: 'opp-acct', name: 'Accountant', type: 'JOB', country: 'MA', requiredSkills: ['accounting'], minEducation: 6, closes: date('2099-12-31')})
CREATE (closed:Opportunity {id: 'opp-closed', name: 'Closed', type: 'JOB', country: 'IT', requiredSkills: ['welding'], closes: date('2001-01-01')})
CREATE (train:Opportunity {id: 'opp-train', name: 'Italian course', type: 'TRAINING', country: 'IT', requiredSkills: []})
CREATE (weld)-[:TARGETS {source: 'S', confidence: 1.0}]->(pie)
CREATE (fw)-[:OFFERS {source: 'S', confidence: 1.0}]->(weld)
CREATE (fq)-[:OFFERS {source: 'S', confidence: 1.0}]->(acct)
CREATE (fw)-[:OFFERS {source: 'S', confidence: 1.0}]->(closed)
CREATE (at)-[:OFFERS {source: 'S', confidence: 1.0}]->(train)
CREATE (fw)-[:EMPLOYS {since: date('2009-01-01'), source: 'S', confidence: 1.0}]->(m)
CREATE (at)-[:PARTNERS_WITH {since: date('2009-01-01'), source: 'S', confidence: 1.0}]->(fw)

CREATE (olive:ReturnProject {id: 'project-olive', name: 'Olive press', needs: ['MENTORSHIP', 'FINANCIAL_ASSISTANCE']})
CREATE (other:ReturnProject {id: 'project-other', name: 'Other'})
CREATE (olive)-[:TARGETS {source: 'S', confidence: 1.0}]->(sm)
CREATE (other)-[:TARGETS {source: 'S', confidence: 1.0}]->(sm)
CREATE (l:Migrant:Actor {id: 'migrant-l', name: 'Latifa L.', country: 'MA', consent: 'NONE'})
CREATE (l)-[:LEADS {since: date('2008-01-01'), source: 'S', confidence: 1.0}]->(olive)
CREATE (inc:Firm:Actor {id: 'firm-inc', name: 'Incubatore', country: 'IT', services: ['MENTORSHIP', 'INCUBATION']})
CREATE (inc)-[:MENTORS {since: date('2008-01-01'), source: 'S', confidence: 1.0}]->(l)
CREATE (fs:Funder:Actor {id: 'funder-s', name: 'Souss Fund', country: 'MA', services: ['FINANCIAL_ASSISTANCE', 'MENTORSHIP']})
CREATE (fs)-[:BASED_IN {source: 'S', confidence: 1.0}]->(sm)
CREATE (fs)-[:FUNDS {since: date('2009-01-01'), source: 'S', confidence: 1.0}]->(olive)
CREATE (fo:Funder:Actor {id: 'funder-o', name: 'Other Fund', country: 'MA', services: ['FINANCIAL_ASSISTANCE']})
CREATE (fo)-[:FUNDS {since: date('2009-01-01'), source: 'S', confidence: 1.0}]->(other)
CREATE (an:Association:Actor {id: 'assoc-none', name: 'Legal aid', country: 'IT', services: ['LEGAL_AID']})
CREATE (km:Migrant:Actor {id: 'migrant-k', name: 'Karim K.', country: 'MA', consent: 'NONE', services: ['MENTORSHIP']})
CREATE (km)-[:BASED_IN {source: 'S', confidence: 1.0}]->(sm)
`;

const { query, asStaff } = useGraph(GRAPH);

describe('opportunityMatches', () => {
  const Q = `query($id: ID!, $limit: Int) { opportunityMatches(migrantId: $id, limit: $limit) {
    score reasons opportunity { id name type country closes } path { hops nodes { id } }
  } }`;
  type Answer = {
    opportunityMatches: Array<{
      score: number;
      reasons: string[];
      opportunity: { id: string; closes: string | null };
      path: { hops: number; nodes: Array<{ id: string }> } | null;
    }>;
  };

  it('ranks open opportunities by skills, education and place, with a path to who offers them', async () => {
    const res = await query<Answer>(Q, { id: 'migrant-m' });
    expect(res.errors).toBeUndefined();
    expect(
      res.data!.opportunityMatches.map((o) => [o.opportunity.id, o.score, o.path?.nodes.map((n) => n.id) ?? null]),
    ).toEqual([
      ['opp-weld', 1, ['migrant-m', 'firm-w']],
      ['opp-train', 0.69, ['migrant-m', 'firm-w', 'assoc-t']],
      ['opp-acct', 0.06, null],
    ]);
    expect(res.data!.opportunityMatches[0]!.reasons).toEqual([
      'skills: Welding (1 of 1 required)',
      'education ISCED 4 meets the minimum 3',
      "in the migrant's region (Piemonte)",
    ]);
    expect(res.data!.opportunityMatches[0]!.opportunity.closes).toBe('2099-12-31');
  });

  it('bad input: unknown migrant, limit above 50', async () => {
    const unknown = await query<Answer>(Q, { id: 'migrant-nobody' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('"migrant-nobody"');
    const big = await query<Answer>(Q, { id: 'migrant-m', limit: 51 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' });
  });
});

describe('supportMatches', () => {
  const Q = `query($id: ID!) { supportMatches(projectId: $id) {
    score services reasons provider { id name masked } path { hops nodes { id } why }
  } }`;
  type Answer = {
    supportMatches: Array<{
      score: number;
      services: string[];
      reasons: string[];
      provider: { id: string };
      path: { hops: number; nodes: Array<{ id: string }>; why: string[] } | null;
    }>;
  };

  it('ranks providers by the needs they meet and the region, with a path from the project', async () => {
    const res = await query<Answer>(Q, { id: 'project-olive' });
    expect(res.errors).toBeUndefined();
    expect(
      res.data!.supportMatches.map((s) => [s.provider.id, s.score, s.services, s.path?.nodes.map((n) => n.id) ?? null]),
    ).toEqual([
      ['funder-s', 1, ['MENTORSHIP', 'FINANCIAL_ASSISTANCE'], ['project-olive', 'funder-s']],
      ['funder-o', 0.5, ['FINANCIAL_ASSISTANCE'], null],
      // Incubatore is reached only through Latifa, who gave no consent: no path for a partner.
      ['firm-inc', 0.35, ['MENTORSHIP'], null],
    ]);
    expect(res.data!.supportMatches[0]!.reasons).toEqual([
      'offers MENTORSHIP, FINANCIAL_ASSISTANCE (2 of 2 needs)',
      'based in Souss-Massa',
    ]);
    expect(res.data!.supportMatches[1]!.reasons).toEqual([
      'offers FINANCIAL_ASSISTANCE (1 of 2 needs)',
      'active in Souss-Massa',
    ]);
    expect(JSON.stringify(res)).not.toMatch(/migrant-l|Latifa|masked-\d/);
    const staff = await asStaff<Answer>(Q, { id: 'project-olive' });
    expect(staff.data!.supportMatches.find((s) => s.provider.id === 'firm-inc')!.path!.why).toEqual([
      'Latifa L. works on Olive press (leads it, since 2008, source: S)',
      'Incubatore mentors Latifa L. (since 2008, source: S)',
    ]);
  });

  it('never lists as a provider a person the asker may not name', async () => {
    // Karim K. mentors and lives in Souss-Massa, but has not consented: staff see him, nobody else.
    const staff = await asStaff<Answer>(Q, { id: 'project-olive' });
    expect(staff.data!.supportMatches.map((s) => s.provider.id)).toContain('migrant-k');
    const anonymous = await query<Answer>(Q, { id: 'project-olive' });
    expect(anonymous.data!.supportMatches.map((s) => s.provider.id)).toEqual(['funder-s', 'funder-o', 'firm-inc']);
    expect(JSON.stringify(anonymous)).not.toMatch(/migrant-k|Karim/);
  });

  it('bad input: unknown project', async () => {
    const unknown = await query<Answer>(Q, { id: 'project-nobody' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('"project-nobody"');
  });
});
