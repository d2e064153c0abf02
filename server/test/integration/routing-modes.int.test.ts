// What a Neo4j cluster behind `neo4j://` relies on (docs/operations.md#what-a-cluster-relies-on):
// every read the API sends runs in a READ transaction (the routing driver sends those to followers
// and read replicas), writes run in WRITE ones (the leader), and a write's bookmark reaches the
// bookmark manager the process's reads use, so that a read after a write sees it on any member.
// The driver is the real one on the real test database; only its entry points are watched.
import type { SessionConfig } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BootedPonte } from '../../src/boot.js';
import { bootOnGraph } from '../helpers/ponte.js';

// A small graph of its own: a seeded load would only make the file slower on a busy machine.
const GRAPH = `
  CREATE (a:Association:Actor {id: 'assoc-rm', name: 'Associazione Ponte Routing', type: 'CULTURAL', country: 'IT', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (f:Firm:Actor {id: 'firm-rm', name: 'Routing Firm', country: 'MA', altNames: [], tags: [], services: [], sources: [], synthetic: true}),
         (m:Migrant:Actor {id: 'migrant-rm', name: 'Hidden R.', consent: 'NONE', status: 'RESIDENT', country: 'IT', altNames: [], tags: [], services: [], sources: [], skills: [], languages: [], synthetic: true}),
         (a)-[:PARTNERS_WITH {source: 'x', confidence: 1.0, since: date('2008-01-01')}]->(f),
         (m)-[:MEMBER_OF {source: 'x', confidence: 1.0, since: date('2009-01-01')}]->(a)`;

let api: Awaited<ReturnType<typeof bootOnGraph>>;
let ponte: BootedPonte;
const modes: string[] = [];

beforeAll(async () => {
  api = await bootOnGraph(GRAPH);
  ponte = api.ponte;
  const driver = ponte.driver;
  const session = driver.session.bind(driver);
  const executeQuery = driver.executeQuery.bind(driver);
  driver.session = (config?: SessionConfig) => {
    modes.push(`session ${config?.defaultAccessMode ?? 'WRITE (default)'}`);
    return session(config);
  };
  driver.executeQuery = ((query: string, params?: unknown, config?: { routing?: string }) => {
    modes.push(`executeQuery ${config?.routing ?? 'WRITE (default)'}`);
    return executeQuery(query, params as never, config as never);
  }) as typeof driver.executeQuery;
}, 600_000);

afterAll(async () => {
  await ponte?.shutdown();
});

const READS: ReadonlyArray<{ readonly query: string; readonly role?: 'analyst' | 'staff' }> = [
  { query: '{ associations(limit: 5, sort: [{ name: ASC }]) { id name members { id } partners { id } } }' },
  { query: '{ neighbourhood(ids: ["assoc-rm"], depth: 1, limit: 50) { nodes { id } edges { type } } }' },
  { query: '{ search(text: "associazione", limit: 5) { id name kind } }' },
  { query: '{ networkStats { actorsByKind { name count } } }', role: 'analyst' },
  { query: '{ brokers(limit: 5) { id score } }', role: 'analyst' },
  { query: '{ corridors { italianRegion moroccanRegion migrants } }', role: 'staff' },
  { query: '{ actors(limit: 3) { id name } }', role: 'staff' },
];

describe('access modes and bookmarks, as a cluster needs them', () => {
  it('sends every read of every role in a READ transaction', async () => {
    const reads = [...READS, { query: READS[1]!.query, role: 'analyst' as const }];
    for (const r of reads) {
      modes.length = 0;
      const ask = r.role === 'staff' ? api.asStaff : r.role === 'analyst' ? api.asAnalyst : api.asAnonymous;
      const res = await ask(r.query);
      expect(res.errors, r.query).toBeUndefined();
      // The answer cache may answer without the database, but the graph's version is read each time.
      expect(modes.length, r.query).toBeGreaterThan(0);
      expect(
        modes.filter((m) => !m.endsWith('READ')),
        r.query,
      ).toEqual([]);
    }
  }, 300_000); // eight questions; on the busy shared machine each can take seconds

  it('sends a write in a WRITE transaction whose bookmark the process’s reads then wait for', async () => {
    const manager = ponte.driver.executeQueryBookmarkManager;
    const before = new Set(await manager.getBookmarks());
    modes.length = 0;
    const res = await api.asStaff(
      'mutation { createAssociations(input: [{ id: "assoc-routing-modes", name: "Routing modes", country: IT, type: CULTURAL }]) { associations { id } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(modes).toContain('session WRITE');
    const after = [...(await manager.getBookmarks())];
    expect(after.filter((b) => !before.has(b)).length).toBeGreaterThan(0);
  });
});
