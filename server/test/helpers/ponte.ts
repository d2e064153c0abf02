import { inject } from 'vitest';
import { bootPonte, type BootedPonte } from '../../src/boot.js';
import { parseConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/logger.js';
import { gql } from './http.js';
import { closeTestDriver, testDatabase, testDriver, wipeTestDatabase } from './neo4j.js';

/**
 * Wipes the test database, runs `cypher` (the file's own small graph), and boots the API on it
 * without seeding. Returns the API and a GraphQL helper bound to it.
 */
export async function bootOnGraph(cypher: string): Promise<{ ponte: BootedPonte; query: <T>(q: string, v?: Record<string, unknown>) => ReturnType<typeof gql<T>> }> {
  await wipeTestDatabase();
  await testDriver().executeQuery(cypher, {}, { database: testDatabase() });
  await closeTestDriver();
  const config = parseConfig({ PORT: '0', LOG_LEVEL: 'silent', NEO4J_DATABASE: inject('neo4jDatabase'), PONTE_SEED: 'never' });
  // PONTE_TEST_DEBUG=1 shows errors the API logs (and the errors of each answer).
  const log = createLogger(process.env.PONTE_TEST_DEBUG ? 'error' : 'silent');
  const ponte = await bootPonte({ config, log, uri: inject('neo4jUri') });
  const base = `http://127.0.0.1:${ponte.port}`;
  return { ponte, query: async <T>(q: string, v: Record<string, unknown> = {}) => {
      const res = await gql<T>(base, q, v);
      if (process.env.PONTE_TEST_DEBUG && res.errors) console.error(JSON.stringify(res.errors));
      return res;
    } };
}
