import { afterAll, beforeAll, inject } from 'vitest';
import { bootPonte, type BootedPonte } from '../../src/boot.js';
import { parseConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/logger.js';
import { gql, login } from './http.js';
import { closeTestDriver, testDatabase, testDriver, wipeTestDatabase } from './neo4j.js';

type Query = <T>(q: string, v?: Record<string, unknown>) => ReturnType<typeof gql<T>>;

export interface TestPonte {
  readonly ponte: BootedPonte;
  /** `http://127.0.0.1:PORT` of the booted API. */
  readonly base: string;
}

/**
 * The one boot of an integration test file's API (docs/architecture.md#tests): wipes the test
 * database, runs `fixture` (the file's own small graph) if any, and boots the API on it,
 * seeding as `seed` says (never, by default).
 */
export async function bootTestPonte(
  options: { readonly fixture?: string; readonly seed?: string } = {},
): Promise<TestPonte> {
  await wipeTestDatabase();
  if (options.fixture) await testDriver().executeQuery(options.fixture, {}, { database: testDatabase() });
  await closeTestDriver();
  const config = parseConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    NEO4J_DATABASE: inject('neo4jDatabase'),
    PONTE_SEED: options.seed ?? 'never',
  });
  // PONTE_TEST_DEBUG=1 shows errors the API logs (and the errors of each answer).
  const log = createLogger(process.env.PONTE_TEST_DEBUG ? 'error' : 'silent');
  const ponte = await bootPonte({ config, log, uri: inject('neo4jUri') });
  return { ponte, base: `http://127.0.0.1:${ponte.port}` };
}

/**
 * Boots the API on the test database as it is (no wipe), seeding an empty one when `seed` is
 * `auto`, with `env` added to the configuration, and signs in one account per role in `roles`
 * (`<role>@<domain>`; partners belong to assoc-cerfe). For files that ask the same questions as
 * several roles on the curated seed (non-interference, differencing).
 */
export async function bootSignedIn<R extends 'analyst' | 'partner' | 'staff' | 'admin'>(
  roles: readonly R[],
  options: {
    readonly domain: string;
    readonly password: string;
    readonly seed?: 'auto' | 'never';
    readonly env?: Readonly<Record<string, string>>;
  },
): Promise<TestPonte & { tokens: Record<R, string> }> {
  const config = parseConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    NEO4J_DATABASE: inject('neo4jDatabase'),
    PONTE_SEED: options.seed ?? 'never',
    ...options.env,
  });
  const ponte = await bootPonte({
    config,
    log: createLogger(process.env.PONTE_TEST_DEBUG ? 'error' : 'silent'),
    uri: inject('neo4jUri'),
  });
  const booted = { ponte, base: `http://127.0.0.1:${ponte.port}` };
  const tokens = {} as Record<R, string>;
  for (const role of roles)
    tokens[role] = await signedIn(
      booted,
      `${role}@${options.domain}`,
      options.password,
      role,
      role === 'partner' ? 'assoc-cerfe' : null,
    );
  return { ...booted, tokens };
}

/** Creates (or resets) an account of `role` on the booted API and signs it in: its token. */
export async function signedIn(
  { ponte, base }: TestPonte,
  email: string,
  password: string,
  role: Parameters<BootedPonte['users']['upsert']>[0]['role'],
  org?: string | null,
): Promise<string> {
  await ponte.users.upsert({ email, password, role, ...(org === undefined ? {} : { org }) });
  return login(base, email, password);
}

/**
 * Wipes the test database, runs `cypher` (the file's own small graph), and boots the API on it
 * without seeding. Returns the API and a GraphQL helper bound to it, signed in as a network
 * partner (docs/privacy.md: names migrants with consent NETWORK or PUBLIC, never personal fields), and
 * one signed in as staff (exact counts, no minimum group size), one as an analyst and one anonymous
 * (docs/privacy.md: who sees which migrants).
 */
export async function bootOnGraph(
  cypher: string,
): Promise<{ ponte: BootedPonte; query: Query; asStaff: Query; asAnalyst: Query; asAnonymous: Query }> {
  const booted = await bootTestPonte({ fixture: cypher });
  const { ponte, base } = booted;
  const token = await signedIn(booted, 'partner@test.example', 'partner password for tests', 'partner');
  const staffToken = await signedIn(booted, 'staff@test.example', 'staff password for tests', 'staff');
  const analystToken = await signedIn(booted, 'analyst@test.example', 'analyst password for tests', 'analyst');
  const as =
    (bearer: string | undefined): Query =>
    async <T>(q: string, v: Record<string, unknown> = {}) => {
      const res = await gql<T>(base, q, v, bearer);
      if (process.env.PONTE_TEST_DEBUG && res.errors) console.error(JSON.stringify(res.errors));
      return res;
    };
  return { ponte, query: as(token), asStaff: as(staffToken), asAnalyst: as(analystToken), asAnonymous: as(undefined) };
}

type GraphQuery = Awaited<ReturnType<typeof bootOnGraph>>['query'];

/**
 * A test file's API on its own graph: boots it once before the file's tests (bootOnGraph) and shuts
 * it down after them. The returned `query` may only be called from inside tests.
 */
export function useGraph(cypher: string): {
  query: GraphQuery;
  asStaff: GraphQuery;
  asAnalyst: GraphQuery;
  asAnonymous: GraphQuery;
  /** The booted API (its driver, for what a test reads straight from the database). */
  ponte: () => BootedPonte;
} {
  let booted: Awaited<ReturnType<typeof bootOnGraph>> | undefined;
  beforeAll(async () => {
    booted = await bootOnGraph(cypher);
  });
  afterAll(async () => {
    await booted?.ponte.shutdown();
  });
  const query: GraphQuery = (q, v) => {
    if (!booted) throw new Error('useGraph: query() called before the graph was booted (call it inside a test)');
    return booted.query(q, v);
  };
  const asStaff: GraphQuery = (q, v) => {
    if (!booted) throw new Error('useGraph: asStaff() called before the graph was booted (call it inside a test)');
    return booted.asStaff(q, v);
  };
  const asAnalyst: GraphQuery = (q, v) => {
    if (!booted) throw new Error('useGraph: asAnalyst() called before the graph was booted (call it inside a test)');
    return booted.asAnalyst(q, v);
  };
  const asAnonymous: GraphQuery = (q, v) => {
    if (!booted) throw new Error('useGraph: asAnonymous() called before the graph was booted (call it inside a test)');
    return booted.asAnonymous(q, v);
  };
  const ponte = (): BootedPonte => {
    if (!booted) throw new Error('useGraph: ponte() called before the graph was booted (call it inside a test)');
    return booted.ponte;
  };
  return { query, asStaff, asAnalyst, asAnonymous, ponte };
}
