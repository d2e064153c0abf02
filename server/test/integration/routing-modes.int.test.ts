// What a Neo4j cluster behind `neo4j://` relies on (docs/operations.md#what-a-cluster-relies-on):
// every read the API sends runs in a READ transaction (the routing driver sends those to followers
// and read replicas), writes run in WRITE ones (the leader), and a write's bookmark reaches the
// bookmark manager the process's reads use, so that a read after a write sees it on any member.
// The driver is the real one on the real test database; only its entry points are watched.
import type { SessionConfig } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/http.js';
import { closeTestDriver, wipeTestDatabase } from '../helpers/neo4j.js';
import { bootSignedIn, type TestPonte } from '../helpers/ponte.js';

let api: TestPonte & { tokens: Record<'analyst' | 'staff', string> };
const modes: string[] = [];

beforeAll(async () => {
  await wipeTestDatabase();
  await closeTestDriver();
  api = await bootSignedIn(['analyst', 'staff'], {
    domain: 'routing.example',
    password: 'routing modes pw',
    seed: 'auto',
  });
  const driver = api.ponte.driver;
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
});

afterAll(async () => {
  await api?.ponte.shutdown();
});

const READS: ReadonlyArray<{ readonly query: string; readonly role?: 'analyst' | 'staff' }> = [
  { query: '{ associations(limit: 5, sort: [{ name: ASC }]) { id name members { id } partners { id } } }' },
  { query: '{ search(text: "associazione", limit: 5) { id name kind } }' },
  { query: '{ networkStats { actorsByKind { name count } } }', role: 'analyst' },
  { query: '{ brokers(limit: 5) { id score } }', role: 'analyst' },
  { query: '{ corridors { italianRegion moroccanRegion migrants } }', role: 'staff' },
  { query: '{ actors(limit: 3) { id name } }', role: 'staff' },
];

describe('access modes and bookmarks, as a cluster needs them', () => {
  it('sends every read of every role in a READ transaction', async () => {
    const firstActor = await gql<{ actors: Array<{ id: string }> }>(api.base, '{ actors(limit: 1) { id } }');
    const id = firstActor.data!.actors[0]!.id;
    const reads = [
      ...READS,
      {
        query: `{ neighbourhood(ids: ["${id}"], depth: 1, limit: 50) { nodes { id } edges { type } } }`,
        role: 'analyst' as const,
      },
    ];
    for (const r of reads) {
      modes.length = 0;
      const res = await gql(api.base, r.query, {}, r.role ? api.tokens[r.role] : undefined);
      expect(res.errors, r.query).toBeUndefined();
      // The answer cache may answer without the database, but the graph's version is read each time.
      expect(modes.length, r.query).toBeGreaterThan(0);
      expect(
        modes.filter((m) => !m.endsWith('READ')),
        r.query,
      ).toEqual([]);
    }
  });

  it('sends a write in a WRITE transaction whose bookmark the process’s reads then wait for', async () => {
    const manager = api.ponte.driver.executeQueryBookmarkManager;
    const before = new Set(await manager.getBookmarks());
    modes.length = 0;
    const res = await gql(
      api.base,
      'mutation { createAssociations(input: [{ id: "assoc-routing-modes", name: "Routing modes", country: IT, type: CULTURAL }]) { associations { id } } }',
      {},
      api.tokens.staff,
    );
    expect(res.errors).toBeUndefined();
    expect(modes).toContain('session WRITE');
    const after = [...(await manager.getBookmarks())];
    expect(after.filter((b) => !before.has(b)).length).toBeGreaterThan(0);
  });
});
