// The API outlives its database: with Neo4j stopped, /ready says why with a 503 and GraphQL
// answers with a coded error; when Neo4j is back, service resumes without a restart.
// This file runs its own Neo4j (not the shared test one) because it stops it.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserStore } from '../../src/auth/users.js';
import { bootPonte, type BootedPonte } from '../../src/boot.js';
import { parseConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/logger.js';
import { LocalNeo4j } from '../../src/neo4j-runtime/local-neo4j.js';
import { freePort } from '../../src/neo4j-runtime/ports.js';
import { repoRoot } from '../../src/paths.js';
import { gql, login, waitFor } from '../helpers/http.js';

let db: LocalNeo4j;
let ponte: BootedPonte;
let base: string;
let staffToken: string;

beforeAll(async () => {
  db = new LocalNeo4j({
    home: path.join(repoRoot, '.neo4j', `test-outage-${process.pid}`),
    boltPort: await freePort(),
    heap: '512m',
    pageCache: '64m',
  });
  await db.start();
  // The account stays checked for the test's length, so that a signed-in write reaches the
  // audit plugin's transaction while Neo4j is down (a fresh re-read would refuse it earlier).
  const config = parseConfig({
    PORT: '0',
    PONTE_SEED: 'never',
    LOG_LEVEL: 'silent',
    PONTE_ACCOUNT_RECHECK_SECONDS: '60',
  });
  ponte = await bootPonte({ config, log: createLogger('silent'), uri: db.uri });
  base = `http://127.0.0.1:${ponte.port}`;
  // Made through a store of its own: the API's would keep an account it just changed unremembered
  // for the recheck's length (auth/account-cache.ts), which is not what this test needs.
  await new UserStore(ponte.driver, config.neo4j.database).upsert({
    email: 'outage-staff@test.example',
    password: 'outage staff password',
    role: 'staff',
  });
  staffToken = await login(base, 'outage-staff@test.example', 'outage staff password');
});

afterAll(async () => {
  await ponte?.shutdown();
  await db?.destroy();
});

const SEARCH = 'query { search(text: "anything") { id } }';
const WRITE = `mutation { createAssociations(input: [{ id: "outage-a", name: "Outage", country: IT, type: CULTURAL, synthetic: true }]) { associations { id } } }`;

describe('a database outage', () => {
  it('is ready while Neo4j runs', async () => {
    const res = await fetch(`${base}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ready: true,
      database: 'reachable',
      migrations: 'applied',
      walkGraph: expect.stringMatching(/^(current|stale|reading|none)$/) as unknown,
    });
    expect((await gql(base, SEARCH)).errors).toBeUndefined();
    // Signed in: the account is now remembered for the outage below.
    expect((await gql(base, SEARCH, {}, staffToken)).errors).toBeUndefined();
  });

  it('answers 503 on /ready and a DATABASE_UNAVAILABLE error on GraphQL while Neo4j is down', async () => {
    await db.stop();
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    const report = (await ready.json()) as { ready: boolean; database: string; reason: string };
    expect(report.ready).toBe(false);
    expect(report.database).toBe('unreachable');
    expect(report.reason).toMatch(/^Neo4j is unreachable/);

    const started = Date.now();
    const res = await gql(base, SEARCH);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(res.errors?.[0]?.message).toBe('The database is unavailable right now; try again in a few seconds.');
    // The driver's retries are capped, so a request fails in seconds instead of hanging.
    expect(Date.now() - started).toBeLessThan(15_000);

    // Signed in, the request passes authentication on the remembered account (200: the error is
    // the resolver's), so the write below reaches the audit plugin's transaction, which cannot
    // begin: coded too, not an uncoded 500.
    const read = await gql(base, SEARCH, {}, staffToken);
    expect(read.status).toBe(200);
    expect(read.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    const write = await gql(base, WRITE, {}, staffToken);
    expect(write.status).toBe(503);
    expect(write.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
  });

  it('resumes by itself when Neo4j is back', async () => {
    await db.start();
    const waited = await waitFor(async () => (await fetch(`${base}/ready`)).status === 200, 30_000);
    expect(waited).toBeLessThan(30_000);
    const res = await gql(base, SEARCH);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ search: [] });
  });
});
