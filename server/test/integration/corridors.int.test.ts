// `corridors` over HTTP on a small graph built here: exact counts per (Italian, Moroccan) region for
// staff; below staff, corridors of fewer than 5 migrants are folded and counts rounded (server/src/privacy/corridor-folding.ts).
import { describe, expect, it } from 'vitest';
import { useGraph } from '../helpers/ponte.js';

const GRAPH = `
CREATE (pie:Region {id: 'region-piemonte', name: 'Piemonte', country: 'IT'})
CREATE (lom:Region {id: 'region-lombardia', name: 'Lombardia', country: 'IT'})
CREATE (sm:Region {id: 'region-souss-massa', name: 'Souss-Massa', country: 'MA'})
CREATE (ori:Region {id: 'region-oriental', name: 'Oriental', country: 'MA'})
CREATE (m1:Migrant:Actor {id: 'migrant-1', name: 'One', country: 'IT', consent: 'NONE'})
CREATE (m2:Migrant:Actor {id: 'migrant-2', name: 'Two', country: 'IT', consent: 'PUBLIC'})
CREATE (m3:Migrant:Actor {id: 'migrant-3', name: 'Three', country: 'IT', consent: 'NONE'})
CREATE (m4:Migrant:Actor {id: 'migrant-4', name: 'Four', country: 'IT', consent: 'NONE'})
CREATE (m5:Migrant:Actor {id: 'migrant-5', name: 'Five, who moved', country: 'IT', consent: 'NONE'})
CREATE (m6:Migrant:Actor {id: 'migrant-6', name: 'Six, origin unknown', country: 'IT', consent: 'NONE'})
CREATE (a1:Association:Actor {id: 'assoc-1', name: 'A1', country: 'IT'})
CREATE (a2:Association:Actor {id: 'assoc-2', name: 'A2', country: 'IT'})
CREATE (p1:ReturnProject {id: 'project-1', name: 'P1'})
CREATE (p2:ReturnProject {id: 'project-2', name: 'P2'})
CREATE (m1)-[:BASED_IN {source: 'S', confidence: 1.0}]->(pie), (m1)-[:ORIGINATES_FROM {source: 'S', confidence: 1.0}]->(sm)
CREATE (m2)-[:BASED_IN {source: 'S', confidence: 1.0}]->(pie), (m2)-[:ORIGINATES_FROM {source: 'S', confidence: 1.0}]->(sm)
CREATE (m3)-[:BASED_IN {source: 'S', confidence: 1.0}]->(lom), (m3)-[:ORIGINATES_FROM {source: 'S', confidence: 1.0}]->(sm)
CREATE (m4)-[:BASED_IN {source: 'S', confidence: 1.0}]->(pie), (m4)-[:ORIGINATES_FROM {source: 'S', confidence: 1.0}]->(ori)
CREATE (m5)-[:BASED_IN {until: date('2010-01-01'), source: 'S', confidence: 1.0}]->(pie), (m5)-[:ORIGINATES_FROM {source: 'S', confidence: 1.0}]->(sm)
CREATE (m6)-[:BASED_IN {source: 'S', confidence: 1.0}]->(pie)
CREATE (m1)-[:MEMBER_OF {source: 'S', confidence: 1.0}]->(a1)
CREATE (m2)-[:MEMBER_OF {source: 'S', confidence: 1.0}]->(a1)
CREATE (m2)-[:MEMBER_OF {source: 'S', confidence: 1.0}]->(a2)
CREATE (m1)-[:LEADS {source: 'S', confidence: 1.0}]->(p1)
CREATE (p1)-[:TARGETS {source: 'S', confidence: 1.0}]->(sm)
CREATE (p2)-[:TARGETS {source: 'S', confidence: 1.0}]->(sm)
`;

const Q = `{ corridors { italianRegion italianRegionId moroccanRegion moroccanRegionId migrants associations projects } }`;

const { query, asStaff } = useGraph(GRAPH);

describe('corridors', () => {
  it('counts current residents by region pair, with their associations and projects; names no one', async () => {
    const res = await asStaff<{ corridors: unknown[] }>(Q);
    expect(res.errors).toBeUndefined();
    expect(res.data!.corridors).toEqual([
      // Five moved away (BASED_IN ended) and Six has no region of origin: neither counts.
      // Projects: those the corridor's migrants lead (P1, led by One); P2 only targets Souss-Massa,
      // which would otherwise count in every corridor from there.
      {
        italianRegion: 'Piemonte',
        italianRegionId: 'region-piemonte',
        moroccanRegion: 'Souss-Massa',
        moroccanRegionId: 'region-souss-massa',
        migrants: 2,
        associations: 2,
        projects: 1,
      },
      {
        italianRegion: 'Lombardia',
        italianRegionId: 'region-lombardia',
        moroccanRegion: 'Souss-Massa',
        moroccanRegionId: 'region-souss-massa',
        migrants: 1,
        associations: 0,
        projects: 0,
      },
      {
        italianRegion: 'Piemonte',
        italianRegionId: 'region-piemonte',
        moroccanRegion: 'Oriental',
        moroccanRegionId: 'region-oriental',
        migrants: 1,
        associations: 0,
        projects: 0,
      },
    ]);
    expect(JSON.stringify(res)).not.toMatch(/migrant-|One|Two/);
  });

  it('below staff, names no corridor of fewer than 5 migrants: all four people fold into the last row, its counts rounded (to 0 or 5: then it is left out when 0)', async () => {
    const res = await query<{
      corridors: Array<{
        italianRegionId: string;
        moroccanRegionId: string;
        migrants: number;
        associations: number;
        projects: number;
      }>;
    }>(Q);
    expect(res.errors).toBeUndefined();
    const rows = res.data!.corridors;
    expect(rows.length).toBeLessThanOrEqual(1);
    for (const r of rows) {
      expect([r.italianRegionId, r.moroccanRegionId, r.migrants]).toEqual(['other-it', 'other-ma', 5]);
      expect([0, 5]).toContain(r.associations);
      expect([0, 5]).toContain(r.projects);
    }
  });
});
