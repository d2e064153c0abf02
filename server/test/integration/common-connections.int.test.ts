// `commonConnections` over HTTP on a small graph built here: interlocks of three actors, order,
// ties in the order of ids, a migrant without consent hidden from partners (docs/privacy.md), bad input.
import { describe, expect, it } from 'vitest';
import { useGraph } from '../helpers/ponte.js';

const GRAPH = `
CREATE (a:Association:Actor {id: 'assoc-a', name: 'Association A', country: 'IT'})
CREATE (b:Firm:Actor {id: 'firm-b', name: 'Firm B', country: 'IT'})
CREATE (c:Funder:Actor {id: 'funder-c', name: 'Funder C', country: 'MA'})
CREATE (ev:Event {id: 'event-forum', name: 'Forum', country: 'MA'})
CREATE (x:PublicAdministration:Actor {id: 'pa-x', name: 'Comune X', country: 'IT'})
CREATE (m:Migrant:Actor {id: 'migrant-noc', name: 'Youssef N.', country: 'IT', city: 'Biella', consent: 'NONE'})
CREATE (p:ReturnProject {id: 'project-p', name: 'Olive press'})
CREATE (only:Firm:Actor {id: 'firm-only', name: 'Only A', country: 'IT'})
CREATE (a)-[:ATTENDED {source: 'S', confidence: 1.0}]->(ev)
CREATE (b)-[:ATTENDED {source: 'S', confidence: 1.0}]->(ev)
CREATE (c)-[:ATTENDED {source: 'S', confidence: 1.0}]->(ev)
CREATE (a)-[:PARTNERS_WITH {source: 'S', confidence: 0.9}]->(x)
CREATE (b)-[:PARTNERS_WITH {source: 'S', confidence: 0.8}]->(x)
CREATE (b)-[:EMPLOYS {source: 'S', confidence: 0.7}]->(m)
CREATE (c)-[:MENTORS {source: 'S', confidence: 0.7}]->(m)
CREATE (c)-[:FUNDS {source: 'S', confidence: 1.0}]->(p)
CREATE (a)-[:SUPPORTS {source: 'S', confidence: 1.0}]->(p)
CREATE (a)-[:PARTNERS_WITH {source: 'S', confidence: 1.0}]->(only)
CREATE (a)-[:PARTNERS_WITH {source: 'S', confidence: 1.0}]->(b)
`;

const Q = `query($ids: [ID!]!, $limit: Int) {
  commonConnections(ids: $ids, limit: $limit) { via sharedBy node { id name kind masked } ties { id type from to } }
}`;
type Answer = {
  commonConnections: Array<{
    via: string;
    sharedBy: number;
    node: { id: string; name: string; masked: boolean };
    ties: Array<{ id: string }>;
  }>;
};

const { query, asStaff } = useGraph(GRAPH);

describe('commonConnections', () => {
  it('interlocks of three actors: shared by all three first, then by strength of the ties', async () => {
    const res = await query<Answer>(Q, { ids: ['assoc-a', 'firm-b', 'funder-c'] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.commonConnections.map((s) => [s.node.id, s.via, s.sharedBy, s.ties.map((t) => t.id)])).toEqual([
      [
        'event-forum',
        'shared event',
        3,
        ['ATTENDED:assoc-a:event-forum', 'ATTENDED:firm-b:event-forum', 'ATTENDED:funder-c:event-forum'],
      ],
      ['project-p', 'shared neighbour', 2, ['SUPPORTS:assoc-a:project-p', 'FUNDS:funder-c:project-p']],
      ['pa-x', 'shared neighbour', 2, ['PARTNERS_WITH:assoc-a:pa-x', 'PARTNERS_WITH:firm-b:pa-x']],
    ]);
    const json = JSON.stringify(res);
    expect(json).not.toContain('migrant-noc');
    expect(json).not.toContain('Youssef');
    expect(json).not.toMatch(/masked-\d/);
    // Staff see the person the two share.
    const staff = await asStaff<Answer>(Q, { ids: ['assoc-a', 'firm-b', 'funder-c'] });
    expect(staff.data!.commonConnections.map((s) => s.node.id)).toEqual([
      'event-forum',
      'project-p',
      'pa-x',
      'migrant-noc',
    ]);
  });

  it('ties follow the order of ids; limit caps', async () => {
    // Equal by count and strength: by id.
    const res = await query<Answer>(Q, { ids: ['funder-c', 'assoc-a'], limit: 2 });
    expect(res.data!.commonConnections.map((s) => [s.node.id, s.ties.map((t) => t.id)])).toEqual([
      ['event-forum', ['ATTENDED:funder-c:event-forum', 'ATTENDED:assoc-a:event-forum']],
      ['project-p', ['FUNDS:funder-c:project-p', 'SUPPORTS:assoc-a:project-p']],
    ]);
  });

  it('bad input: empty or single ids, unknown id', async () => {
    const empty = await query<Answer>(Q, { ids: [] });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    const one = await query<Answer>(Q, { ids: ['assoc-a'] });
    expect(one.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await query<Answer>(Q, { ids: ['assoc-a', 'firm-ghost'] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('"firm-ghost"');
  });
});
