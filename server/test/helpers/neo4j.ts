import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jDatabase: string;
  }
}

let driver: Driver | undefined;

/** The throwaway test database's driver (one per test file; closed by closeTestDriver). */
export function testDriver(): Driver {
  driver ??= neo4j.driver(
    inject('neo4jUri'),
    neo4j.auth.basic(process.env.NEO4J_TEST_USERNAME ?? 'neo4j', process.env.NEO4J_TEST_PASSWORD ?? 'neo4j'),
  );
  return driver;
}

export function testDatabase(): string {
  return inject('neo4jDatabase');
}

/** Integration files own the whole test database while they run (they run one at a time). */
export async function wipeTestDatabase(): Promise<void> {
  await testDriver().executeQuery('MATCH (n) DETACH DELETE n', {}, { database: testDatabase() });
}

export async function closeTestDriver(): Promise<void> {
  await driver?.close();
  driver = undefined;
}
